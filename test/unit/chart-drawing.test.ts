/**
 * The chart drawings that travel as data blocks (src/lib/chart-drawing.ts): checks that read
 * built HTML see them as the browser does once the page's scripts have run.
 */
import { describe, expect, it } from 'vitest';
import { canCarryInDataBlock, drawingBlockAttribute, drawingUnpackScript, unpackDrawingBlocks } from '../../src/lib/chart-drawing.ts';

const svg = (size: string) => `<svg class="chart-svg" data-size="${size}"><text>Phase 1</text> <text>Phase 2</text></svg>`;
const block = (size: string) => `<script type="text/plain" ${drawingBlockAttribute}="${size}">${svg(size)}</script><script>${drawingUnpackScript}</script>`;

describe('unpackDrawingBlocks', () => {
  it('puts each drawing where its block and script were, and leaves the rest of the page alone', () => {
    const page = `<figure>${svg('narrow')}${block('wide')} ${block('compact')}</figure><script>other()</script>`;
    expect(unpackDrawingBlocks(page)).toBe(`<figure>${svg('narrow')}${svg('wide')} ${svg('compact')}</figure><script>other()</script>`);
  });

  it('leaves a data block that is not followed by the unpacking script as it is', () => {
    const lone = `<script type="text/plain" ${drawingBlockAttribute}="wide">${svg('wide')}</script><p>text</p>`;
    expect(unpackDrawingBlocks(lone)).toBe(lone);
  });
});

describe('canCarryInDataBlock', () => {
  it('accepts drawing markup', () => expect(canCarryInDataBlock(svg('wide'))).toBe(true));
  it('refuses markup that would end the block early or confuse the parser', () => {
    expect(canCarryInDataBlock('<svg><text></script></text></svg>')).toBe(false);
    expect(canCarryInDataBlock('<svg><!-- a note --></svg>')).toBe(false);
  });
});
