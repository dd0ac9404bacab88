/**
 * The reader's text-size setting. The boot script runs in <head> before the page paints,
 * so a remembered size never makes the page jump. It is inlined, and its hash is added
 * to the Content-Security-Policy in astro.config.mjs.
 *
 * It also marks the page as running scripts (`<html data-js>`), so the parts that only work
 * with JavaScript (the text-size control, chart buttons: `[data-js-only]`) are drawn from the
 * first paint instead of appearing when their script loads and pushing the page down.
 */
export const textSizes = ['default', 'large', 'larger'] as const;
export type TextSize = (typeof textSizes)[number];
export const textSizeStorageKey = 'cpms:text-size';

export const textSizeBootScript = `document.documentElement.dataset.js='';try{var s=localStorage.getItem('${textSizeStorageKey}');if(s==='large'||s==='larger')document.documentElement.dataset.textSize=s}catch(e){}`;

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (textSizes as readonly string[]).includes(value);
}

/** The next size up or down, staying within the range. */
export function stepTextSize(current: TextSize, direction: 1 | -1): TextSize {
  const index = textSizes.indexOf(current) + direction;
  return textSizes[Math.min(textSizes.length - 1, Math.max(0, index))] ?? 'default';
}
