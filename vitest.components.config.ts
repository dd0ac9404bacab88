/**
 * The "components" test project: renders the MDX components editors use with Astro's container
 * API, to pin the build errors they throw for a wrong use without building the site. Collections
 * come from the same astro:content stand-in as the unit tests (test/support/astro-content-stub.ts).
 */
import { getViteConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { nodeGroup } from './test/support/project-groups.ts';

export default getViteConfig({
  resolve: { alias: { 'astro:content': fileURLToPath(new URL('./test/support/astro-content-stub.ts', import.meta.url)) } },
  // The first render compiles MDX and the components: seconds on a busy machine.
  test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'node', testTimeout: 60_000, ...nodeGroup },
});
