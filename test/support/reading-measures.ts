/**
 * What a reader notices about the first screen and the page settling, measured in Chromium:
 * used by the reading-comfort browser tests and by `npm run bench:reading`.
 * Each function runs in the page (page.evaluate), so it works with JavaScript off as well.
 */
import type { CDPSession, Page } from 'playwright-core';
import { textSizeStorageKey, type TextSize } from '../../src/lib/text-size.ts';

/** A layout shift as Chromium reports it: when, how much, and whether the reader had just acted. */
interface Shift {
  time: number;
  value: number;
  hadRecentInput: boolean;
  /** The parts that moved: Chromium's node ids, and where each was and went, in CSS px. */
  sources?: { nodeId?: number; previousRect: ShiftRect; currentRect: ShiftRect }[];
}
interface ShiftRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Chromium's score over shifts: the worst session window (gaps under 1 s, at most 5 s long). */
export function layoutShiftScore(shifts: Shift[]): number {
  let worst = 0;
  let windowValue = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const shift of [...shifts].filter((s) => !s.hadRecentInput).sort((a, b) => a.time - b.time)) {
    if (shift.time - last > 1 || shift.time - windowStart > 5) {
      windowValue = 0;
      windowStart = shift.time;
    }
    windowValue += shift.value;
    last = shift.time;
    worst = Math.max(worst, windowValue);
  }
  return worst;
}

/** A running record of a tab's layout shifts: the score so far, and a fresh start. */
export interface LayoutShiftRecord {
  cumulativeLayoutShift: () => number;
  /** What moved, for a failure message: e.g. "DIV.chart-body from 0,412 320×200 to 0,436 320×200". */
  movedParts: () => Promise<string[]>;
  clear: () => void;
}

const rectText = (r: ShiftRect) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;

/**
 * Records layout shifts through the DevTools protocol, so it works with JavaScript off too (a
 * PerformanceObserver would need the page's own scripts to run). The record lasts as long as
 * the session: a reused tab clears it before each page.
 */
export async function layoutShiftRecord(cdp: CDPSession): Promise<LayoutShiftRecord> {
  const shifts: Shift[] = [];
  cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
    const details = event.layoutShiftDetails;
    if (details) shifts.push({ time: event.time, value: details.value, hadRecentInput: details.hadRecentInput, sources: details.sources });
  });
  await cdp.send('PerformanceTimeline.enable', { eventTypes: ['layout-shift'] });
  const movedParts = async () => {
    const moved: string[] = [];
    for (const shift of shifts.filter((s) => !s.hadRecentInput)) {
      for (const source of shift.sources ?? []) {
        let part = 'a part no longer in the page';
        if (source.nodeId !== undefined) {
          try {
            const { node } = await cdp.send('DOM.describeNode', { backendNodeId: source.nodeId });
            const attributes = new Map<string, string>();
            for (let i = 0; i + 1 < (node.attributes ?? []).length; i += 2) attributes.set(node.attributes![i]!, node.attributes![i + 1]!);
            const id = attributes.get('id');
            const classes = attributes.get('class')?.trim().split(/\s+/).slice(0, 2).join('.');
            part = `${node.nodeName}${id ? `#${id}` : ''}${classes ? `.${classes}` : ''}`;
          } catch {
            // The part has gone (the page moved on): say so rather than fail the message.
          }
        }
        moved.push(`${part} from ${rectText(source.previousRect)} to ${rectText(source.currentRect)} (${shift.value.toFixed(3)})`);
      }
    }
    return moved;
  };
  return { cumulativeLayoutShift: () => layoutShiftScore(shifts), movedParts, clear: () => shifts.splice(0) };
}

/** Records a page's layout shifts from now on: call before page.goto. */
export async function recordLayoutShifts(page: Page): Promise<LayoutShiftRecord> {
  return layoutShiftRecord(await page.context().newCDPSession(page));
}

export interface FirstScreen {
  /** Height of the site header, in CSS px. */
  header: number;
  /** Top of the page's <h1>, from the top of the page. */
  heading: number | null;
  /** Top of the first chart mark drawn, from the top of the page. */
  firstMark: number | null;
  viewportHeight: number;
}

export function firstScreen(page: Page): Promise<FirstScreen> {
  return page.evaluate(() => {
    const top = (el: Element | null | undefined) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : null);
    const shown = (el: Element) => el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0;
    const header = document.querySelector('.site-header');
    const mark = [...document.querySelectorAll('main [data-mark]')].find(shown);
    return {
      header: Math.round(header?.getBoundingClientRect().height ?? 0),
      heading: top(document.querySelector('main h1')),
      firstMark: top(mark),
      viewportHeight: innerHeight,
    };
  });
}

/**
 * The rendered size of chart text in CSS px (its font size times the drawing's scale), over
 * every chart label drawn on the page: the smallest and the median. Null without charts.
 */
export function chartLabelSizes(page: Page): Promise<{ min: number; median: number } | null> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll<SVGTextElement>('main .chart-svg text')]
      .filter((text) => text.getClientRects().length > 0 && (text.textContent ?? '').trim() !== '')
      .map((text) => parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1))
      .sort((a, b) => a - b);
    if (sizes.length === 0) return null;
    return { min: sizes[0]!, median: sizes[Math.floor(sizes.length / 2)]! };
  });
}

/**
 * Opens each chart's details (clicking its first mark, as a reader taps it) and returns the
 * largest details panel's height as a share of the screen, or null when the page has none.
 */
export async function largestDetailsShare(page: Page): Promise<number | null> {
  const charts = await page.locator('main chart-frame').count();
  let largest: number | null = null;
  for (let i = 0; i < charts; i++) {
    const chart = page.locator('main chart-frame').nth(i);
    const mark = chart.locator('[data-mark]:visible').first();
    if ((await mark.count()) === 0) continue;
    await mark.click({ force: true }).catch(() => undefined);
    const share = await chart.evaluate((frame) => {
      const details = frame.querySelector<HTMLElement>('[data-details]');
      if (!details || details.getClientRects().length === 0) return null;
      return details.getBoundingClientRect().height / innerHeight;
    });
    if (share !== null) largest = Math.max(largest ?? 0, share);
  }
  return largest;
}

/** Makes the next page load with this text size, as the text-size control would remember it. */
export async function rememberTextSize(page: Page, size: TextSize): Promise<void> {
  await page.evaluate(([key, value]) => (value === 'default' ? localStorage.removeItem(key!) : localStorage.setItem(key!, value!)), [textSizeStorageKey, size]);
}
