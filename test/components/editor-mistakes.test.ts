/**
 * MDX component mistakes pinned without building the site (see test/support/editor-mistakes.ts):
 * each fixture page in test/fixtures/invalid/ is compiled and rendered with Astro's container
 * API and the components editors use, on the real content with the fixture laid over it, as
 * ArticleLayout renders a page. It must throw the message the build prints.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { fixtureFile, fixtureFolder, mistakesOfKind } from '../support/editor-mistakes.ts';
import { readCollections, readEntryFile } from '../support/collections.ts';
import { useCollections } from '../support/astro-content-stub.ts';
import { mdxComponents } from '../../src/components/mdx/index';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

/**
 * Renders a page as ArticleLayout does: its file and sources in Astro.locals, a place for the
 * glossary definitions its <Term>s use (WithDefinitions), the MDX components available.
 */
async function renderPage(file: string, contentPath: string): Promise<string> {
  const page = (await import(/* @vite-ignore */ file)) as { default: Parameters<AstroContainer['renderToString']>[0] };
  const data = readEntryFile(file) as { sources?: string[] };
  return container.renderToString(page.default, {
    props: { components: mdxComponents },
    locals: { article: { file: contentPath, sources: data.sources ?? [] }, termDefinitions: new Map() },
  });
}

describe('MDX component mistakes: the page rendered with its components', () => {
  it.each(mistakesOfKind('component'))('$name', async (mistake) => {
    useCollections(readCollections(fixtureFolder(mistake)));
    const rendering = renderPage(fixtureFile(mistake), `src/content/${mistake.file}`);
    await expect(rendering).rejects.toThrow(mistake.message);
    await expect(rendering).rejects.toThrow(`src/content/${mistake.file}`);
  });

  it('renders a page that uses the same components rightly (the harness works)', async () => {
    useCollections(readCollections());
    const html = await renderPage(new URL('./fixtures/components-used-rightly.mdx', import.meta.url).pathname, 'src/content/pages/right.mdx');
    expect(html).toContain('class="callout note"');
    expect(html).toContain('class="term"');
    expect(html).toMatch(/<sup class="cite"[^>]*>.*\[1\]/s);
  });
});
