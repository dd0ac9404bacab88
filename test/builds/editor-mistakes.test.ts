/**
 * One real build per kind of editor mistake (schema, dangling reference, MDX component, MDX
 * syntax, cross-file pipeline rule): the fixture is laid over a copy of the real content and
 * built, and the build must stop with a message that names the file and the fix. Every other
 * case of each kind is pinned without a build (see test/support/editor-mistakes.ts). One build
 * at a time: builds from one project folder share its .astro/ folder.
 */
import { describe, expect, it } from 'vitest';
import { buildWithFixture } from '../support/fixture-build.ts';
import { editorMistakes, fixtureFolder } from '../support/editor-mistakes.ts';

describe('invalid content fails the build with a clear message', () => {
  it.each(editorMistakes.filter((m) => m.endToEnd))('$kind: $name', async (mistake) => {
    const result = await buildWithFixture(fixtureFolder(mistake));
    expect(result.ok, 'the build should fail').toBe(false);
    expect(result.output).toContain(`content/${mistake.file}`);
    expect(result.output).toMatch(mistake.message);
  });
});
