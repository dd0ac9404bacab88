/**
 * Which section of a page the reader is in, for the "On this page" list: the last section
 * whose heading has reached the reading line (a share of the way down the screen), or the
 * first section before any has. Pure, so it is tested without a browser.
 */
export function currentSection(headingTops: readonly number[], readingLine: number): number {
  let current = 0;
  headingTops.forEach((top, index) => {
    if (top <= readingLine) current = index;
  });
  return current;
}
