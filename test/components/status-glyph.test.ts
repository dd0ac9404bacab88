/** The status mark of the pipeline and the trial timelines, rendered with Astro's container API. */
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import StatusGlyph from '../../src/components/charts/StatusGlyph.astro';
import { symbolPath, type SymbolShape } from '../../src/charts/frame/symbols';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The paths a mark draws, as [class, d]. */
async function paths(props: { shape: SymbolShape; cx: number; cy: number; size: number; halo?: boolean }) {
  const $ = load(await container.renderToString(StatusGlyph, { props }), { xml: true });
  return $('path')
    .toArray()
    .map((el) => [$(el).attr('class'), $(el).attr('d')]);
}

describe('StatusGlyph', () => {
  it('fills the square it is given, except the square itself, drawn at four fifths of it', async () => {
    expect(await paths({ shape: 'diamond', cx: 20, cy: 10, size: 16 })).toEqual([['status-glyph', symbolPath('diamond', 20, 10, 16)]]);
    expect(await paths({ shape: 'square', cx: 20, cy: 10, size: 16 })).toEqual([['status-glyph', 'M13.6,3.6h12.8v12.8h-12.8Z']]);
  });

  it('draws the tick and the cross as lines, with a halo under them only where asked', async () => {
    const cross = symbolPath('cross', 8, 8, 14);
    expect(await paths({ shape: 'cross', cx: 8, cy: 8, size: 14, halo: true })).toEqual([
      ['status-glyph-halo', cross],
      ['status-glyph-line', cross],
    ]);
    expect(await paths({ shape: 'check', cx: 8, cy: 8, size: 14 })).toEqual([['status-glyph-line', symbolPath('check', 8, 8, 14)]]);
    // A filled shape needs no halo, even on a bar.
    expect(await paths({ shape: 'triangle', cx: 8, cy: 8, size: 14, halo: true })).toEqual([['status-glyph', symbolPath('triangle', 8, 8, 14)]]);
  });
});
