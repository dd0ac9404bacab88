/**
 * What a person does with a chart, in Chromium: reads it with JavaScript off, moves across it
 * with the arrow keys and hears each part, points at a part, switches views with the buttons,
 * shares a link that opens the same view, embeds it elsewhere — and finds no text too small.
 * Checks that one reader would make in one sitting share a page load: a load costs this 2-core
 * machine more than most of the checks made on it.
 */
import { isKnownFailing } from '../support/known-failing.ts';
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-suite.ts';
import { openPage } from '../support/page.ts';
import { axeViolations } from '../support/axe.ts';
import { builtPages } from '../support/built-site.ts';
import { openChartControls } from '../support/chart-controls.ts';
import { rememberTextSize } from '../support/reading-measures.ts';

interface Control {
  key: string;
  values: string[];
  initial: string;
}
interface Chart {
  id: string;
  url: string;
  controls: Control[];
}

const allCharts: Chart[] = builtPages()
  .filter((page) => !page.url.startsWith('/embed/'))
  .flatMap((page) =>
    page
      .$('chart-frame')
      .map((_i, el) => {
        const frame = page.$(el);
        const initial = JSON.parse(frame.attr('data-initial') ?? '{}') as Record<string, string>;
        const allowed = JSON.parse(frame.attr('data-allowed') ?? '{}') as Record<string, string[]>;
        const controls = Object.entries(allowed).map(([key, values]) => ({ key, values, initial: initial[key]! }));
        return { id: frame.attr('data-chart')!, url: page.url, controls };
      })
      .get(),
  );
// Every therapy page draws its trial timeline with the same code: the one with most trials stands for all.
const timelines = allCharts.filter((c) => c.id.startsWith('trials-'));
const timelineSample = builtPages()
  .filter((page) => timelines.some((t) => t.url === page.url))
  .sort((a, b) => b.$('svg[data-size="wide"] [data-mark]').length - a.$('svg[data-size="wide"] [data-mark]').length)[0]?.url;
const charts = allCharts.filter((c) => !c.id.startsWith('trials-') || c.url === timelineSample);
const chartPages = [...new Set(charts.map((c) => c.url))];
const { origin, browser } = useBrowser();

const visible = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);

/** Which data-when parts of a chart are off, in document order: the chart's visible state. */
const offPattern = (page: Page, id: string) =>
  page.locator(`#chart-${id} [data-when]`).evaluateAll((els) => els.map((el) => (el.hasAttribute('data-off') ? '0' : '1')).join(''));

const activeMark = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-mark') ?? null);

/** A chart's embed code, as its page holds it for the Copy button (the text of its template). */
const embedCode = (url: string, id: string): string => {
  const code = builtPages()
    .find((page) => page.url === url)
    ?.$(`#chart-${id} template[data-embed-code]`)
    .text();
  if (!code) throw new Error(`No embed code for ${id} on ${url}`);
  return code;
};

// A few charts at once, each in a tab of its own: one chart's waits overlap another's work.
describe.concurrent.each(charts.map((c) => [c.id, c] as const))('chart %s', (id, chart) => {
  it('is complete with JavaScript off: one drawing at any width, the description, the table; no dead buttons', async ({ expect }) => {
    // Without JavaScript only the phone drawing is in the page (src/lib/chart-drawing.ts): it is
    // the chart at every width, shown at most 1.2 times its size on a wide screen.
    // One visit: on a phone, then the same page widened to a desktop's 1280 px.
    const opened = await openPage(browser(), origin + chart.url, { width: 390, javaScript: false });
    try {
      for (const [width, size] of [
        [390, 'narrow'],
        [1280, 'narrow'],
      ] as const) {
        await opened.page.setViewportSize({ width, height: 900 });
        const frame = `#chart-${id}`;
        expect(await visible(opened.page, `${frame} svg[data-size="${size}"]`), `${size} at ${width}px`).toBe(1);
        expect(await visible(opened.page, `${frame} svg.chart-svg`), `one drawing at ${width}px`).toBe(1);
        const drawingWidth = await opened.page.locator(`${frame} svg.chart-svg`).evaluate((svg) => svg.getBoundingClientRect().width);
        expect(drawingWidth, `drawing width at ${width}px`).toBeLessThanOrEqual(384.5);
        expect(await visible(opened.page, `${frame} [data-mark]`)).toBeGreaterThan(0);
        expect(await visible(opened.page, `${frame} button`), 'buttons that need JavaScript').toBe(0);
        // The table opens on the phone, and stays open as the window widens.
        if (width === 390) await opened.page.locator(`${frame} details summary`).last().click();
        expect(await visible(opened.page, `${frame} table tbody tr`), `table rows at ${width}px`).toBeGreaterThan(0);
        for (const ext of ['svg', 'png', 'csv']) expect(await visible(opened.page, `${frame} a[href$=".${ext}"]`), ext).toBe(1);
      }
    } finally {
      await opened.close();
    }
  });

  it('moves focus across its marks with the arrow keys and announces each one; pointing at a mark shows the same details', async ({ expect }) => {
    // One visit, as one reader would use it: first by keyboard, then with a mouse.
    const opened = await openPage(browser(), origin + chart.url, { width: 1280 });
    try {
      const { page } = opened;
      const marks = `#chart-${id} svg[data-size="wide"] [data-mark]`;
      // Tab reaches the chart once: one mark is in the tab order, the rest by arrow keys.
      expect(await page.locator(`${marks}[tabindex="0"]`).count()).toBe(1);
      // Start from the chart's title, as a reader who has just read it would.
      await page.locator(`#chart-${id} .chart-title`).evaluate((title) => {
        title.setAttribute('tabindex', '-1');
        (title as HTMLElement).focus();
      });
      let reached: string | null = null;
      for (let i = 0; i < 40 && reached === null; i++) {
        await page.keyboard.press('Tab');
        reached = await activeMark(page);
      }
      expect(reached, 'Tab reaches a mark').not.toBeNull();
      const details = page.locator(`#chart-${id} [data-details]`);
      expect(await details.getAttribute('aria-live')).toBe('polite');
      const firstDetails = (await details.textContent())?.trim();
      expect(firstDetails?.length).toBeGreaterThan(3);

      const count = await page.locator(marks).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
      if (count > 1) {
        await page.keyboard.press('ArrowRight');
        const second = await activeMark(page);
        expect(second).not.toBe(reached);
        expect((await details.textContent())?.trim()).not.toBe(firstDetails);
        await page.keyboard.press('End');
        const last = await activeMark(page);
        await page.keyboard.press('Home');
        expect(await activeMark(page)).toBe(reached);
        expect(last).not.toBe(reached);
      }

      // Pointing at the last mark (focus is on the first) shows the last mark's details.
      const last = page.locator(marks).last();
      await last.scrollIntoViewIfNeeded();
      // Point at something drawn inside the mark, not at the gaps between its parts.
      await last.locator('rect:not(.mark-focus), circle, path, text').first().hover({ force: true });
      const key = await last.getAttribute('data-mark');
      const template = page.locator(`#chart-${id} template[data-detail="${key}"]`);
      const expected =
        (await template.count()) > 0
          ? await template.evaluate((t) => (t as HTMLTemplateElement).content.textContent?.replace(/\s+/g, ' ').trim())
          : await last.getAttribute('aria-label');
      const shown = await details.evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim());
      expect(shown, 'details of the mark pointed at').toBe(expected);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  // A chart without buttons (its marks only show details) has no views to switch. One test and
  // one visit for each set of buttons (the pipeline has five), run a few at once: each button is
  // pressed in turn, and then each view's shared link is opened afresh in the same tab. The fresh
  // view must be the one the button showed, so a view that kept something of the one before it
  // fails here.
  const controls = chart.controls
    .map((control) => ({ key: control.key, values: control.values.filter((v) => v !== control.initial) }))
    .filter((control) => control.values.length > 0);
  const changesView = isKnownFailing(`charts:${id}:changes-view`) ? it.skip : it;
  changesView.for(controls)(
    'changes view with each of its $key buttons, keeps the view in the address, and a shared link opens it again',
    async ({ key, values }, { expect }) => {
      const opened = await openPage(browser(), origin + chart.url, { width: 1280 });
      try {
        const { page } = opened;
        const button = (value: string) => page.locator(`#chart-${id} button[data-control="${key}"][data-value="${value}"]`);
        const initial = await offPattern(page, id);
        const views: { value: string; shared: string; shown: string }[] = [];
        for (const value of values) {
          await openChartControls(page, id);
          await button(value).click();
          expect(await button(value).getAttribute('aria-pressed'), `${key}=${value}`).toBe('true');
          const shown = await offPattern(page, id);
          expect(shown, `${key}=${value} changes what is shown`).not.toBe(initial);
          const shared = page.url();
          expect(new URL(shared).searchParams.get(`${id}.${key}`), shared).toBe(value);
          views.push({ value, shared, shown });
        }
        for (const { value, shared, shown } of views) {
          await page.goto(shared, { waitUntil: 'load' });
          expect(await button(value).getAttribute('aria-pressed'), shared).toBe('true');
          expect(await offPattern(page, id), `${shared} shows what the ${key}=${value} button showed`).toBe(shown);
        }
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );

  it.skipIf(isKnownFailing(`charts:${id}:embed`))('renders its embed page, and the embed code sizes the iframe to fit', async ({ expect }) => {
    const opened = await openPage(browser(), `${origin}/embed/${id}/`, { width: 800 });
    try {
      const { page } = opened;
      expect(await visible(page, 'svg[data-size="wide"]')).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(opened.problems).toEqual([]);

      // Then, in the same tab, the embed code a reader copies from the chart's page, pasted into
      // a page of its own on a phone. The code names the deployed site; here the site is served
      // from the test server.
      const code = embedCode(chart.url, id);
      const site = new URL(code.match(/src="([^"]+)"/)![1]!).origin;
      const local = code.replaceAll(site, origin);
      await page.route(`${origin}/embed-test/`, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Embed test</title><body style="margin:0">${local}</body>` }),
      );
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`${origin}/embed-test/`);
      // Wait for what a reader needs, the frame exactly as tall as its page, rather than for a
      // change of height: on a fast machine the frame has often resized before goto returns.
      const fits = () => {
        const frame = document.querySelector('iframe')!;
        const main = frame.contentDocument?.querySelector('main');
        if (!main || frame.contentDocument!.readyState !== 'complete') return false;
        const needed = Math.ceil(main.getBoundingClientRect().bottom + frame.contentWindow!.scrollY);
        return Number(frame.getAttribute('height')) === needed ? needed : false;
      };
      const height = await (await page.waitForFunction(fits, undefined, { timeout: 25_000 })).jsonValue();
      expect(height).toBeGreaterThan(0);
      expect(opened.problems, 'the page with the embed code').toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe.concurrent.each(chartPages)('charts on %s', (url) => {
  it('never show text under 12 px, even at 320 px with larger text, and grow it with the reader’s text size', async ({ expect }) => {
    /** Each chart's drawing on screen: its smallest and its most common text size in px, by chart id. */
    const textSizes = (page: Page) =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('chart-frame')].map((frame) => {
            const svg = [...frame.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getClientRects().length > 0);
            const sizes = [...(svg?.querySelectorAll<SVGTextElement>('text') ?? [])]
              .filter((t) => t.getClientRects().length > 0)
              .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1))
              .sort((a, b) => a - b);
            const common = Math.round((sizes[Math.floor(sizes.length / 2)] ?? 0) * 10) / 10;
            return [
              frame.id,
              { smallest: sizes.length > 0 ? sizes[0]! : null, size: common, drawing: svg?.dataset.size ?? '', units: svg?.viewBox.baseVal.width ?? 0 },
            ];
          }),
        ),
      );
    type Sizes = Awaited<ReturnType<typeof textSizes>>;
    const noneSmall = (sizes: Sizes, where: string) => {
      for (const [id, { smallest }] of Object.entries(sizes)) if (smallest !== null) expect.soft(smallest, `${id} ${where}`).toBeGreaterThanOrEqual(11.95);
    };
    const grows = (standard: Sizes, larger: Sizes, width: number) => {
      for (const [id, before] of Object.entries(standard)) {
        const after = larger[id]!;
        // A chart whose compact drawing is its narrow one (no room for larger text in a phone's width) keeps its size there.
        if (width < 600 && after.units >= before.units) continue;
        expect
          .soft(after.size / before.size, `${id} at ${width}px: ${before.size} px (${before.drawing}) → ${after.size} px (${after.drawing})`)
          .toBeGreaterThanOrEqual(1.15);
      }
    };
    // Two visits: a phone, which then narrows to 320 px, and a desktop; each read with Standard
    // text, then reloaded with Larger text (remembered as the site's text-size control does).
    const phone = await openPage(browser(), origin + url, { width: 390 });
    try {
      const { page } = phone;
      const standard = await textSizes(page);
      await page.setViewportSize({ width: 320, height: 900 });
      noneSmall(await textSizes(page), 'at 320px, standard text');
      await rememberTextSize(page, 'larger');
      await page.reload();
      noneSmall(await textSizes(page), 'at 320px, larger text');
      await page.setViewportSize({ width: 390, height: 900 });
      const larger = await textSizes(page);
      noneSmall(larger, 'at 390px, larger text');
      grows(standard, larger, 390);
    } finally {
      await phone.close();
    }
    const desktop = await openPage(browser(), origin + url, { width: 1280 });
    try {
      const { page } = desktop;
      const standard = await textSizes(page);
      noneSmall(standard, 'at 1280px, standard text');
      await rememberTextSize(page, 'larger');
      await page.reload();
      const larger = await textSizes(page);
      noneSmall(larger, 'at 1280px, larger text');
      grows(standard, larger, 1280);
    } finally {
      await desktop.close();
    }
  });

  it.skipIf(isKnownFailing(`charts:${url}:axe-view`))(
    'has no accessibility violations with a view changed and details showing, light or dark',
    async ({ expect }) => {
      // One visit: checked in light, then the reader's system switches to dark (the site's
      // colours follow prefers-color-scheme in CSS alone) and it is checked again as it stands.
      const opened = await openPage(browser(), origin + url, { width: 390 });
      try {
        const { page } = opened;
        for (const chart of charts.filter((c) => c.url === url)) {
          const control = chart.controls[0];
          const other = control?.values.find((v) => v !== control.initial);
          if (control && other) await openChartControls(page, chart.id);
          if (control && other) await page.locator(`#chart-${chart.id} button[data-control="${control.key}"][data-value="${other}"]`).click();
          await page.locator(`#chart-${chart.id} svg[data-size="narrow"] [data-mark][tabindex="0"]`).focus();
        }
        expect.soft(await axeViolations(page), 'light').toEqual([]);
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark').toBe(true);
        expect.soft(await axeViolations(page), 'dark').toEqual([]);
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );
});
