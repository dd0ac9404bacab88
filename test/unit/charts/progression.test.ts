/** "What shapes progression": the diagram fits both widths, never overlaps, and shows every part once. */
import { describe, expect, it } from 'vitest';
import { rounded } from '../../support/geometry.ts';
import { layoutProgression, type ProgressionLabels, type ProgressionLayout, type ProgressionPartInput } from '../../../src/charts/progression/layout';
import { arrow } from '../../../src/charts/progression/arrow';
import { fontSize, textWidth, type TextBlock } from '../../../src/charts/frame/text';
import { chartSizes, chartWidths } from '../../../src/charts/frame/types';
import type { Rect } from '../../../src/charts/frame/geometry';

const labels: ProgressionLabels = {
  headings: { process: 'Causes damage', compensation: 'Holds the damage back, for a time', outcome: 'The result', factor: "May shape each person's course" },
  failure: 'when it starts to fail',
};
const parts: ProgressionPartInput[] = [
  { id: 'inflammation', kind: 'process', label: 'Inflammation' },
  { id: 'neurodegeneration', kind: 'process', label: 'Nerve loss (neurodegeneration)' },
  { id: 'ageing', kind: 'process', label: 'Ageing' },
  { id: 'compensation', kind: 'compensation', label: 'The body makes up for damage' },
  { id: 'outcome', kind: 'outcome', label: 'Disability builds up' },
  { id: 'sex', kind: 'factor', label: 'Sex' },
  { id: 'race', kind: 'factor', label: 'Race or ethnicity' },
  { id: 'ses', kind: 'factor', label: 'Socioeconomic status' },
  { id: 'comorbidities', kind: 'factor', label: 'Other illnesses' },
  { id: 'genes', kind: 'factor', label: 'Genes' },
  { id: 'dmt', kind: 'factor', label: 'Disease-modifying therapy' },
];

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = (layout: ProgressionLayout, id: string) => layout.boxes.find((b) => b.id === id)!.box;
/** The space a text block takes, from the top of its first line to below its last. */
function textRect(block: TextBlock, lineHeight: number, bold: boolean): Rect {
  const width = Math.max(0, ...block.lines.map((l) => textWidth(l, { bold })));
  return {
    x: block.anchor === 'middle' ? block.x - width / 2 : block.x,
    y: block.y - fontSize,
    width,
    height: (block.lines.length - 1) * lineHeight + fontSize + 4,
  };
}

function checkFits(layout: ProgressionLayout, width: number) {
  for (const b of layout.boxes) {
    expect(b.box.x, b.id).toBeGreaterThanOrEqual(0);
    expect(b.box.y, b.id).toBeGreaterThanOrEqual(0);
    expect(b.box.x + b.box.width, b.id).toBeLessThanOrEqual(width);
    expect(b.box.y + b.box.height, b.id).toBeLessThanOrEqual(layout.height);
    // Every label line fits inside its box, below its band.
    for (const line of b.lines) expect(b.textX + textWidth(line, { bold: b.kind !== 'factor' }), `${b.id}: ${line}`).toBeLessThanOrEqual(b.box.x + b.box.width);
    expect(b.textX).toBeGreaterThanOrEqual(b.band.x + (b.band.width < b.box.width ? b.band.width : 0));
    expect(b.textY - fontSize).toBeGreaterThanOrEqual(b.box.y);
    expect(b.textY + (b.lines.length - 1) * layout.lineHeight).toBeLessThanOrEqual(b.box.y + b.box.height);
  }
  for (const h of layout.headings) {
    const rect = textRect(h, layout.lineHeight, true);
    expect(rect.x + rect.width, h.lines.join(' ')).toBeLessThanOrEqual(width);
    expect(rect.y + rect.height).toBeLessThanOrEqual(layout.height);
  }
  for (const a of layout.arrows) {
    for (const x of [a.x1, a.x2]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
    }
    if (a.label) {
      const rect = textRect(a.label, layout.lineHeight, false);
      expect(rect.x).toBeGreaterThanOrEqual(0);
      expect(rect.x + rect.width).toBeLessThanOrEqual(width);
    }
  }
}

function checkNoOverlaps(layout: ProgressionLayout) {
  const rects: [string, Rect][] = [
    ...layout.boxes.map((b) => [b.id, b.box] as [string, Rect]),
    ...layout.headings.map((h) => [`heading ${h.kind}`, textRect(h, layout.lineHeight, true)] as [string, Rect]),
    ...layout.arrows.filter((a) => a.label).map((a, i) => [`arrow label ${i}`, textRect(a.label!, layout.lineHeight, false)] as [string, Rect]),
  ];
  const clashes: string[] = [];
  rects.forEach(([a, ra], i) => {
    for (const [b, rb] of rects.slice(i + 1)) if (overlaps(ra, rb)) clashes.push(`${a} × ${b}`);
  });
  expect(clashes).toEqual([]);
}

describe.each(chartSizes)('the %s layout', (size) => {
  const width = chartWidths[size];
  const layout = layoutProgression(parts, labels, size);

  it('keeps every box, heading, arrow and label inside the width', () => {
    expect(layout.width).toBe(width);
    checkFits(layout, width);
    if (layout.factorArea) expect(layout.factorArea.x + layout.factorArea.width).toBeLessThanOrEqual(width);
  });

  it('never lets boxes, headings or arrow labels overlap', () => checkNoOverlaps(layout));

  it('shows every part exactly once, with one heading per kind', () => {
    expect(layout.boxes.map((b) => b.id).sort()).toEqual(parts.map((p) => p.id).sort());
    expect(layout.headings.map((h) => h.kind).sort()).toEqual(['compensation', 'factor', 'outcome', 'process']);
  });

  it('puts the factors inside their soft area', () => {
    const area = layout.factorArea!;
    for (const b of layout.boxes.filter((b) => b.kind === 'factor')) {
      expect(b.box.x).toBeGreaterThanOrEqual(area.x);
      expect(b.box.y).toBeGreaterThanOrEqual(area.y);
      expect(b.box.x + b.box.width).toBeLessThanOrEqual(area.x + area.width);
      expect(b.box.y + b.box.height).toBeLessThanOrEqual(area.y + area.height);
    }
    for (const b of layout.boxes.filter((b) => b.kind !== 'factor')) expect(overlaps(b.box, area), b.id).toBe(false);
  });

  it('draws a dashed arrow into the result, labelled with the failure', () => {
    const dashed = layout.arrows.filter((a) => a.dashed);
    expect(dashed).toHaveLength(1);
    expect(dashed[0]!.label!.lines.join(' ')).toBe('when it starts to fail');
  });

  it('gives each kind its own series', () => {
    const series = Object.fromEntries(layout.boxes.map((b) => [b.kind, b.series]));
    expect(new Set(Object.values(series)).size).toBe(4);
  });
});

describe('the wide layout reads left to right', () => {
  const layout = layoutProgression(parts, labels, 'wide');
  it('has the processes, then the barrier, then the result', () => {
    const barrier = box(layout, 'compensation');
    const result = box(layout, 'outcome');
    for (const id of ['inflammation', 'neurodegeneration', 'ageing']) expect(box(layout, id).x + box(layout, id).width).toBeLessThan(barrier.x);
    expect(barrier.x + barrier.width).toBeLessThan(result.x);
  });
  it('makes the barrier as tall as the processes that push on it, each with an arrow into it', () => {
    const barrier = box(layout, 'compensation');
    expect(barrier.y).toBeLessThanOrEqual(box(layout, 'inflammation').y);
    expect(barrier.y + barrier.height).toBeGreaterThanOrEqual(box(layout, 'ageing').y + box(layout, 'ageing').height);
    const pushes = layout.arrows.filter((a) => !a.dashed && a.y1 === a.y2);
    expect(pushes).toHaveLength(3);
    for (const a of pushes) expect(a.x2).toBeLessThan(barrier.x);
  });
  it('puts the factors below everything else', () => {
    const top = Math.min(...layout.boxes.filter((b) => b.kind === 'factor').map((b) => b.box.y));
    for (const b of layout.boxes.filter((b) => b.kind !== 'factor')) expect(b.box.y + b.box.height).toBeLessThan(top);
  });
});

describe('the narrow layout reads top to bottom', () => {
  const layout = layoutProgression(parts, labels, 'narrow');
  it('orders processes, barrier, result and factors down the page', () => {
    const bottom = (id: string) => box(layout, id).y + box(layout, id).height;
    expect(bottom('ageing')).toBeLessThan(box(layout, 'compensation').y);
    expect(bottom('compensation')).toBeLessThan(box(layout, 'outcome').y);
    expect(bottom('outcome')).toBeLessThan(box(layout, 'sex').y);
  });
  it('puts the factors in two columns', () => {
    const xs = new Set(layout.boxes.filter((b) => b.kind === 'factor').map((b) => b.box.x));
    expect(xs.size).toBe(2);
  });
});

describe('extreme inputs', () => {
  it('draws nothing, without failing, when there are no parts', () => {
    for (const size of chartSizes) {
      const layout = layoutProgression([], labels, size);
      expect(layout.boxes).toEqual([]);
      expect(layout.arrows).toEqual([]);
      expect(layout.headings).toEqual([]);
      expect(layout.height).toBeGreaterThanOrEqual(0);
    }
  });

  it('draws only the factors, or only the processes, without stray arrows', () => {
    for (const size of chartSizes) {
      const factorsOnly = layoutProgression(
        parts.filter((p) => p.kind === 'factor'),
        labels,
        size,
      );
      expect(factorsOnly.boxes).toHaveLength(6);
      expect(factorsOnly.arrows).toEqual([]);
      checkFits(factorsOnly, chartWidths[size]);
      const processesOnly = layoutProgression(
        parts.filter((p) => p.kind === 'process'),
        labels,
        size,
      );
      expect(processesOnly.boxes).toHaveLength(3);
      expect(processesOnly.arrows).toEqual([]);
    }
  });

  it('wraps very long labels, and keeps everything inside and apart', () => {
    const long = 'A very long label that keeps going well past the width of any box in the diagram, with a Supercalifragilisticexpialidocious word';
    const longParts = parts.map((p) => ({ ...p, label: `${p.label} ${long}` }));
    for (const size of chartSizes) {
      const layout = layoutProgression(longParts, { ...labels, failure: `${labels.failure} ${long}` }, size);
      expect(layout.boxes.every((b) => b.lines.length > 2)).toBe(true);
      checkFits(layout, chartWidths[size]);
      checkNoOverlaps(layout);
    }
  });

  it('stacks several barriers and results without overlap', () => {
    const more = [...parts, { id: 'c2', kind: 'compensation' as const, label: 'Repair' }, { id: 'o2', kind: 'outcome' as const, label: 'Another result' }];
    for (const size of chartSizes) {
      const layout = layoutProgression(more, labels, size);
      expect(layout.boxes).toHaveLength(more.length);
      checkFits(layout, chartWidths[size]);
      checkNoOverlaps(layout);
    }
  });
});

describe('arrow', () => {
  it('ends its line at the base of a head whose tip is the end point', () => {
    // A 10-unit head, 11 units wide, on a line from (0, 0) to (100, 0).
    expect(arrow(0, 0, 100, 0)).toEqual({ x1: 0, y1: 0, x2: 90, y2: 0, head: '100,0 90,5.5 90,-5.5', dashed: false });
    const down = arrow(50, 0, 50, 40, true);
    expect([down.x2, down.y2, down.dashed]).toEqual([50, 30, true]);
    expect(down.head.split(' ')[0]).toBe('50,40');
  });
});

describe('the drawing on fixed inputs', () => {
  it.each(chartSizes)('%s is laid out as before (after an intended change, run `npm run test:unit -- -u` and review the diff)', (size) => {
    expect(rounded(layoutProgression(parts, labels, size))).toMatchSnapshot();
  });
});
