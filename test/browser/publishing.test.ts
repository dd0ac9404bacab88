/**
 * Publishing, as another site and a reader meet it, under the headers of dist/_headers: a page
 * cannot be framed by another site and an embed can; an embed whose host page strips scripts
 * still shows its whole chart at phone and desktop widths, and its links open outside the frame;
 * the picture embed shows the chart with its alt text and a link back; the share page's preview
 * and the Print button; a printout carries the address, QR code and review date.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';
import { builtPages } from '../support/built-site.ts';

const { origin, browser } = useBrowser();

/** Another site (another port, so another origin) whose pages the test writes. */
let host: { origin: string; server: Server; pages: Map<string, string> };
beforeAll(async () => {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const body = pages.get(request.url ?? '/');
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, pages };
});
afterAll(() => new Promise<void>((resolve) => host.server.close(() => resolve())));

/** What a blog platform keeps of pasted code: everything but <script> elements. */
const stripScripts = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/gi, '');

function hostPage(path: string, body: string): string {
  host.pages.set(path, `<!doctype html><html lang="en"><title>A blog</title><body style="margin:0">${body}</body></html>`);
  return host.origin + path;
}

/** A chart page's share-panel text of one kind, with the deployed address swapped for the test server's. */
function shareText(url: string, id: string, selector: string): string {
  const page = builtPages().find((p) => p.url === url)!;
  const text = selector === 'embed' ? page.$(`#chart-${id} template[data-embed-code]`).text() : page.$(`#chart-${id} [data-share-item="${selector}"]`).text();
  const site = new URL(page.$('link[rel="canonical"]').attr('href')!).origin;
  return text.replaceAll(site, origin).trim();
}

describe('framing', () => {
  it('another site cannot frame a page, and can frame an embed', async ({ expect }) => {
    const url = hostPage('/frames/', `<iframe id="page" src="${origin}/about/"></iframe><iframe id="embed" src="${origin}/embed/funding-2017/"></iframe>`);
    const { page, close } = await openPage(browser(), url);
    try {
      await page.waitForLoadState('load');
      const frameText = async (selector: string) => {
        const frame = await (await page.$(selector))!.contentFrame();
        return frame!.evaluate(() => document.querySelector('main h1')?.textContent ?? null).catch(() => null);
      };
      expect(await frameText('#page')).toBeNull();
      expect(await frameText('#embed')).toMatch(/\w/);
    } finally {
      await close();
    }
  });
});

const embedded = [
  { id: 'funding-2017', url: '/symptoms/' },
  { id: 'research-questions', url: '/symptoms/' },
  { id: 'strategy-at-a-glance', url: '/strategy/' },
  { id: 'trial-size', url: '/strategy/trials/' },
  { id: 'pipeline', url: '/pipeline/' },
  { id: 'what-shapes-progression', url: '/strategy/mechanisms/' },
];

describe.concurrent.each(embedded)('the embed of $id in a page that strips scripts', ({ id, url }) => {
  it('shows the whole chart at phone and desktop widths, and its links open outside the frame', { timeout: 180_000 }, async ({ expect }) => {
    const code = stripScripts(shareText(url, id, 'embed'));
    expect(code).toContain('<iframe');
    const address = hostPage(`/strip-${id}/`, code);
    for (const width of [320, 390, 800, 1280]) {
      const { page, close } = await openPage(browser(), address, { width, height: 800 });
      try {
        const frame = await (await page.waitForSelector('iframe'))!.contentFrame();
        await frame!.waitForSelector('chart-frame');
        const fit = await frame!.evaluate(() => {
          const drawing = [...document.querySelectorAll('svg.chart-svg')].find((svg) => svg.getClientRects().length > 0)!;
          const title = document.querySelector('h1')!;
          return {
            bottom: drawing.getBoundingClientRect().bottom + scrollY,
            top: title.getBoundingClientRect().top + scrollY,
            frame: innerHeight,
            base: document.querySelector('base')?.target,
          };
        });
        expect(fit.top, `${width}px`).toBeGreaterThanOrEqual(0);
        expect(fit.bottom, `${width}px: the drawing ends inside the frame`).toBeLessThanOrEqual(fit.frame);
        expect(fit.base).toBe('_top');
      } finally {
        await close();
      }
    }
  });
});

describe('links in an embed', () => {
  it('open in the whole window, not in the frame', async ({ expect }) => {
    const address = hostPage('/strip-link/', stripScripts(shareText('/symptoms/', 'funding-2017', 'embed')));
    const { page, close } = await openPage(browser(), address, { width: 1280 });
    try {
      const frame = await (await page.waitForSelector('iframe'))!.contentFrame();
      const back = frame!.locator('.chart-source a[target="_top"]');
      // The link names the deployed site, which is not served here: what matters is that the whole window goes there.
      const [request] = await Promise.all([page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame()), back.click()]);
      expect(new URL(request.url()).pathname).toBe('/symptoms/');
    } finally {
      await close();
    }
  });
});

describe('the picture embed', () => {
  it('shows the chart picture with its alt text, linked to the chart, without script or iframe', async ({ expect }) => {
    const code = shareText('/symptoms/', 'funding-2017', 'image-embed');
    expect(code).not.toMatch(/<script|<iframe/);
    const { page, close } = await openPage(browser(), hostPage('/picture/', code), { width: 390 });
    try {
      const image = page.locator('img');
      await image.evaluate((img: HTMLImageElement) => img.decode());
      const shown = await image.evaluate((img: HTMLImageElement) => ({ natural: img.naturalWidth, width: img.getBoundingClientRect().width, alt: img.alt }));
      expect(shown.natural).toBeGreaterThan(700);
      expect(shown.width).toBeLessThanOrEqual(390);
      expect(shown.alt).toMatch(/^Chart: .+ Source: /);
      expect(await page.locator('a').first().getAttribute('href')).toBe(`${origin}/symptoms/#chart-funding-2017`);
    } finally {
      await close();
    }
  });
});

describe('the share panel', () => {
  it('copies the chart\u2019s share address, whose preview is the chart, and its alt text', async ({ expect }) => {
    const { page, context, close } = await openPage(browser(), `${origin}/symptoms/`, { width: 1280 });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const chart = page.locator('#chart-funding-2017');
      await chart.locator('button[data-copy="link"]').click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(link).pathname).toBe('/charts/funding-2017/');
      await chart.locator('.chart-share-kit > summary').click();
      await chart.locator('button[data-copy="alt"]').click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await chart.locator('[data-share-item="alt"]').textContent())!.trim());
      const share = await openPage(browser(), link);
      try {
        const image = await share.page.locator('meta[property="og:image"]').getAttribute('content');
        expect(new URL(image!).pathname).toBe('/og/charts--funding-2017.png');
        expect(share.problems).toEqual([]);
      } finally {
        await share.close();
      }
    } finally {
      await close();
    }
  });
});

describe('the Print button', () => {
  it('shows where printing works and is hidden without JavaScript', async ({ expect }) => {
    const on = await openPage(browser(), `${origin}/symptoms/fatigue/`);
    const off = await openPage(browser(), `${origin}/symptoms/fatigue/`, { javaScript: false });
    try {
      expect(await on.page.getByRole('button', { name: 'Print this page' }).isVisible()).toBe(true);
      expect(await off.page.locator('.print-button').isVisible()).toBe(false);
    } finally {
      await on.close();
      await off.close();
    }
  });
});

describe('a printout', () => {
  it.for(['/symptoms/fatigue/', '/pipeline/ocrelizumab/'])(
    'of %s carries the site name, address, QR code, review date and questions for the MS team',
    async (url, { expect }) => {
      const { page, close } = await openPage(browser(), origin + url);
      try {
        await page.emulateMedia({ media: 'print' });
        const header = page.locator('.print-header');
        expect(await header.isVisible()).toBe(true);
        expect(await header.locator('.print-url').textContent()).toMatch(new RegExp(`${url.replaceAll('/', '\\/')}$`));
        expect(await header.locator('.print-reviewed').textContent()).toMatch(/Last reviewed: \d{1,2} \w+ \d{4}/);
        const qr = await header.locator('svg.print-qr').boundingBox();
        expect(qr!.width).toBeGreaterThan(80);
        const questions = page.locator('.team-questions li');
        expect(await questions.count()).toBeGreaterThanOrEqual(3);
        expect(await page.locator('.team-questions').isVisible()).toBe(true);
        expect(await page.locator('.page-tools').isVisible()).toBe(false);
      } finally {
        await close();
      }
    },
  );

  it('of the pipeline prints its table, not its chart, filters or long lists', async ({ expect }) => {
    const { page, close } = await openPage(browser(), `${origin}/pipeline/`);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.pipeline-table').isVisible()).toBe(true);
      expect(await page.locator('#chart-pipeline').isVisible()).toBe(false);
      expect(await page.locator('.dictionary').isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(6);
    } finally {
      await close();
    }
  });
});
