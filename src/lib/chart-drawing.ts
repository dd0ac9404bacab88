/**
 * Each chart is drawn three times (phones, wide screens, phones with larger text), and CSS shows
 * the one that fits. Only the phone drawing is markup in the page: the other two travel as
 * inert text in a `<script type="text/plain">` data block, and a one-line inline script right
 * after each block turns it into the drawing while the page is still being read, before the first
 * paint, so with JavaScript the page is as if all three were markup. Without JavaScript (text
 * browsers, reader modes, copy-paste, translation tools) a chart's words are in the page once,
 * and the phone drawing is the chart at every width.
 */
import { escapeRegExp } from './regexp.ts';

/** Marks the data block that holds a drawing. */
export const drawingBlockAttribute = 'data-chart-drawing';

/**
 * The script after each block: it parses the block's text as markup (an <svg> parsed in HTML
 * becomes SVG) and puts the drawing in its place, then removes itself. Its hash is in the CSP.
 */
export const drawingUnpackScript = `(function(s){var b=s.previousElementSibling,t=document.createElement('template');t.innerHTML=b.textContent;b.replaceWith(t.content);s.remove()})(document.currentScript)`;

/** The text of a data block must not end the script early. SVG markup never holds this; a check does. */
export function canCarryInDataBlock(markup: string): boolean {
  return !/<\/script|<!--/i.test(markup);
}

const blockPattern = new RegExp(
  `<script type="text/plain" ${drawingBlockAttribute}="[a-z]+">([\\s\\S]*?)</script><script>${escapeRegExp(drawingUnpackScript)}</script>`,
  'g',
);

/**
 * A built page as the browser has it once its scripts have unpacked the drawings: each data block
 * and its script replaced by the drawing. For build steps and checks that read built HTML.
 */
export function unpackDrawingBlocks(html: string): string {
  return html.replace(blockPattern, '$1');
}
