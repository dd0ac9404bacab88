/** The research questions explorer: a matrix of symptoms by kinds of question, both sizes. */
import { describe, expect, it } from 'vitest';
import { rounded } from '../../support/geometry.ts';
import {
  layoutQuestions,
  numberQuestions,
  type QuestionInput,
  type QuestionsInput,
  type QuestionsLayout,
  type Rect,
  type TextBlock,
} from '../../../src/charts/questions/layout';
import { markSize, numberBaseline, shapeOf, symbolSide } from '../../../src/charts/questions/marks';
import { type ListData, questionsList } from '../../../src/charts/questions/list';
import { chartSizes, chartWidths, narrowForCompact } from '../../../src/charts/frame/types';
import { fontSize, lineHeight, textWidth } from '../../../src/charts/frame/text';

const symptoms = [
  { id: 'fatigue', label: 'Fatigue', series: 1 },
  { id: 'mobility', label: 'Mobility and arms', series: 2 },
  { id: 'pain', label: 'Pain', series: 4 },
  { id: 'cognition', label: 'Thinking and memory', series: 3 },
];
const kinds = [
  { id: 'measuring', label: 'Measuring the symptom' },
  { id: 'treating', label: 'Finding treatments that work' },
  { id: 'choosing-for-whom', label: 'Choosing the right treatment for each person' },
  { id: 'making-benefits-last', label: 'Making benefits last' },
  { id: 'effects-on-the-brain', label: 'Effects on the brain' },
];
/** The paper's 11 questions by symptom and kind, as in src/content/questions/. */
const cellsOfPaper: [string, string][] = [
  ['fatigue', 'measuring'],
  ['fatigue', 'treating'],
  ['fatigue', 'choosing-for-whom'],
  ['mobility', 'treating'],
  ['mobility', 'making-benefits-last'],
  ['mobility', 'effects-on-the-brain'],
  ['pain', 'treating'],
  ['pain', 'choosing-for-whom'],
  ['cognition', 'treating'],
  ['cognition', 'choosing-for-whom'],
  ['cognition', 'making-benefits-last'],
];
const questions = (cells: readonly [string, string][]): QuestionInput[] =>
  cells.map(([symptom, kind], i) => ({ id: `q${i + 1}`, number: i + 1, symptom, kind }));
const paper: QuestionsInput = { symptoms, kinds, questions: questions(cellsOfPaper) };
/** Twelve questions in one cell, the rest as in the paper. */
const crowded: QuestionsInput = {
  symptoms,
  kinds,
  questions: questions([...cellsOfPaper, ...Array.from({ length: 12 }, () => ['pain', 'choosing-for-whom'] as [string, string])]),
};

/** The grid's words as the chart's spec gives them (chart.ts countText). */
const labels = { count: (n: number) => (n === 0 ? 'None' : `${n} question${n === 1 ? '' : 's'}`) };
const grid = (input: QuestionsInput, size: (typeof chartSizes)[number]) => layoutQuestions(input, labels, size);

/** The box a text block takes up: from a font size above its first baseline, as wide as its longest line. */
function textBox(block: TextBlock, bold = false): Rect {
  const width = Math.max(0, ...block.lines.map((text) => textWidth(text, { bold })));
  const x = block.anchor === 'middle' ? block.x - width / 2 : block.anchor === 'end' ? block.x - width : block.x;
  return { x, y: block.y - fontSize, width, height: block.lines.length * fontSize * lineHeight };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 0.01 &&
  inner.y >= outer.y - 0.01 &&
  inner.x + inner.width <= outer.x + outer.width + 0.01 &&
  inner.y + inner.height <= outer.y + outer.height + 0.01;

/** Every piece of text the layout draws, with whether it is bold and the width it was wrapped to. */
function texts(layout: QuestionsLayout) {
  return [
    ...[...layout.columnHeaders, ...layout.rowHeaders].flatMap((h) => [
      { block: h.label, bold: true, maxWidth: h.labelWidth, what: `heading ${h.id}` },
      { block: h.count, bold: false, maxWidth: h.countWidth, what: `count of ${h.id}` },
    ]),
    ...layout.cells.map((c) => ({ block: c.countText, bold: false, maxWidth: c.countWidth, what: `cell ${c.symptom}/${c.kind}` })),
  ];
}

/** The square a shape fills, centred on its mark or key. */
const symbolSquare = ({ cx, cy, side }: { cx: number; cy: number; side: number }): Rect => ({ x: cx - side / 2, y: cy - side / 2, width: side, height: side });

function checkBounds(layout: QuestionsLayout) {
  const frame = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (const mark of layout.marks) expect(inside(mark.box, frame), `mark ${mark.id}`).toBe(true);
  for (const cell of layout.cells) expect(inside(cell.rect, frame), `cell ${cell.symptom}/${cell.kind}`).toBe(true);
  for (const { block, bold, what } of texts(layout)) expect(inside(textBox(block, bold), frame), what).toBe(true);
  for (const header of [...layout.columnHeaders, ...layout.rowHeaders]) {
    if (!header.icon) continue;
    const { cx, cy, size } = header.icon;
    const square = { x: cx - size / 2, y: cy - size / 2, width: size, height: size };
    expect(inside(square, frame), `icon ${header.id}`).toBe(true);
    expect(inside(symbolSquare(header.icon), square), `the shape of icon ${header.id}`).toBe(true);
  }
  for (const mark of layout.marks) expect(inside(symbolSquare(mark), mark.box), `the shape of mark ${mark.id}`).toBe(true);
}

function checkNoOverlap(layout: QuestionsLayout) {
  const marks = layout.marks;
  for (let i = 0; i < marks.length; i++) {
    for (let j = i + 1; j < marks.length; j++) expect(overlaps(marks[i]!.box, marks[j]!.box), `${marks[i]!.id} and ${marks[j]!.id}`).toBe(false);
  }
  for (const cell of layout.cells) {
    const inCell = marks.filter((m) => m.symptom === cell.symptom && m.kind === cell.kind);
    for (const m of inCell) expect(overlaps(m.box, textBox(cell.countText)), `${m.id} and its cell's count`).toBe(false);
  }
}

/** Every mark's number, as wide as a bold estimate, lies inside its shape. */
function checkNumbers(layout: QuestionsLayout) {
  for (const mark of layout.marks) {
    // Each shape spans a square of side `side` (frame/symbols.ts).
    const half = mark.side / 2;
    const width = textWidth(String(mark.number), { bold: true });
    const top = mark.numberY - fontSize * 0.72;
    const corners = [
      [mark.cx - width / 2, top],
      [mark.cx + width / 2, top],
      [mark.cx - width / 2, mark.numberY],
      [mark.cx + width / 2, mark.numberY],
    ] as const;
    for (const [x, y] of corners) {
      const dx = Math.abs(x - mark.cx);
      const dy = y - mark.cy;
      const fits = {
        circle: Math.hypot(dx, dy) <= half,
        square: dx <= half && Math.abs(dy) <= half,
        diamond: dx + Math.abs(dy) <= half,
        triangle: dy <= half && dx <= (dy + half) / 2,
      }[mark.shape];
      expect(fits, `${mark.id} (${mark.shape})`).toBe(true);
    }
  }
}

describe('shapes', () => {
  it('gives each of the four series its own shape', () => {
    expect(new Set([1, 2, 3, 4].map(shapeOf)).size).toBe(4);
    expect(new Set(symptoms.map((s) => shapeOf(s.series))).size).toBe(symptoms.length);
  });

  it('draws a circle and a square a little inside their square, a diamond and a triangle across it', () => {
    expect([1, 2, 3, 4].map((series) => symbolSide(shapeOf(series), markSize))).toEqual([38, 36, 40, 40]);
  });

  it('centres a number in a shape, and sets it low in a triangle, where it is wide', () => {
    expect(numberBaseline('circle', 100)).toBeCloseTo(100 + fontSize * 0.35);
    expect(numberBaseline('triangle', 100)).toBeGreaterThan(numberBaseline('circle', 100) + 5);
  });
});

describe('numberQuestions', () => {
  it('numbers by symptom, then kind, then the source order', () => {
    const numbered = numberQuestions(
      [
        { id: 'c', symptom: 'mobility', kind: 'treating', order: 2 },
        { id: 'a', symptom: 'fatigue', kind: 'treating', order: 2 },
        { id: 'd', symptom: 'mobility', kind: 'measuring', order: 9 },
        { id: 'b', symptom: 'fatigue', kind: 'treating', order: 1 },
      ],
      ['fatigue', 'mobility'],
      ['measuring', 'treating'],
    );
    expect(numbered.map((q) => `${q.number}${q.id}`)).toEqual(['1b', '2a', '3d', '4c']);
  });
});

describe.each(chartSizes)('layoutQuestions, %s', (size) => {
  const layout = grid(paper, size);

  it('is as wide as the drawing', () => {
    expect(layout.width).toBe(chartWidths[narrowForCompact(size)]);
    expect(layout.height).toBeGreaterThan(0);
  });

  it('has a row per symptom on wide screens and a row per kind on phones', () => {
    const rows = size === 'wide' ? symptoms : kinds;
    const columns = size === 'wide' ? kinds : symptoms;
    expect(layout.rowHeaders.map((h) => h.id)).toEqual(rows.map((r) => r.id));
    expect(layout.columnHeaders.map((h) => h.id)).toEqual(columns.map((c) => c.id));
    // Columns run left to right, rows top to bottom, in the given order.
    const xs = layout.columnHeaders.map((h) => h.label.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const ys = layout.rowHeaders.map((h) => h.label.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(layout.cells).toHaveLength(symptoms.length * kinds.length);
  });

  it('places every question exactly once, in the cell of its symptom and kind', () => {
    expect(layout.marks.map((m) => m.id).sort()).toEqual(paper.questions.map((q) => q.id).sort());
    for (const q of paper.questions) {
      const mark = layout.marks.find((m) => m.id === q.id)!;
      expect([mark.symptom, mark.kind, mark.number]).toEqual([q.symptom, q.kind, q.number]);
      const cell = layout.cells.find((c) => c.symptom === q.symptom && c.kind === q.kind)!;
      expect(inside(mark.box, cell.rect), q.id).toBe(true);
    }
  });

  it('counts each cell, and totals each row and column, in words', () => {
    const fatigueTreating = layout.cells.find((c) => c.symptom === 'fatigue' && c.kind === 'treating')!;
    expect(fatigueTreating.count).toBe(1);
    const painMeasuring = layout.cells.find((c) => c.symptom === 'pain' && c.kind === 'measuring')!;
    expect(painMeasuring.countText.lines).toEqual(['None']);
    const headers = [...layout.rowHeaders, ...layout.columnHeaders];
    expect(headers.find((h) => h.id === 'treating')!.count.lines.join(' ')).toBe('4 questions');
    expect(headers.find((h) => h.id === 'pain')!.count.lines.join(' ')).toBe('2 questions');
    expect(headers.find((h) => h.id === 'effects-on-the-brain')!.count.lines.join(' ')).toBe('1 question');
    if (size === 'wide') expect(fatigueTreating.countText.lines).toEqual(['1 question']);
  });

  it('gives each symptom its colour and shape, on its marks and its key', () => {
    for (const mark of layout.marks) {
      const symptom = symptoms.find((s) => s.id === mark.symptom)!;
      expect([mark.series, mark.shape]).toEqual([symptom.series, shapeOf(symptom.series)]);
    }
    const keyed = [...layout.rowHeaders, ...layout.columnHeaders].filter((h) => h.icon).map((h) => h.id);
    expect(keyed).toEqual(symptoms.map((s) => s.id));
  });

  it('lists its marks in reading order: row by row, left to right', () => {
    const cellOrder = layout.cells.map((c) => `${c.symptom}/${c.kind}`);
    const order = layout.marks.map((m) => cellOrder.indexOf(`${m.symptom}/${m.kind}`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    if (size === 'wide') expect(layout.marks.map((m) => m.number)).toEqual(paper.questions.map((q) => q.number));
    else expect(layout.marks.slice(0, 2).map((m) => m.id)).toEqual(['q1', 'q2']); // the measuring row, then treating
  });

  it('keeps marks apart and every mark, cell, key and text inside the drawing', () => {
    checkNoOverlap(layout);
    checkBounds(layout);
  });

  it('wraps headings and counts to their space, and no two pieces of text overlap', () => {
    for (const { block, bold, maxWidth, what } of texts(layout)) {
      for (const text of block.lines) expect(textWidth(text, { bold }), `${what}: ${text}`).toBeLessThanOrEqual(maxWidth + 0.01);
    }
    const boxes = texts(layout)
      .filter((t) => t.block.lines.length > 0)
      .map((t) => ({ what: t.what, box: textBox(t.block, t.bold) }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.what} and ${boxes[j]!.what}`).toBe(false);
    }
    // Long kinds wrap rather than run into the next column.
    const longest = [...layout.rowHeaders, ...layout.columnHeaders].find((h) => h.id === 'choosing-for-whom')!;
    expect(longest.label.lines.length).toBeGreaterThan(1);
  });

  it('keeps text off the marks and the grid', () => {
    const headerBoxes = [...layout.columnHeaders, ...layout.rowHeaders].flatMap((h) => [textBox(h.label, true), textBox(h.count)]);
    for (const box of headerBoxes) {
      for (const cell of layout.cells) expect(overlaps(box, cell.rect)).toBe(false);
    }
  });

  it('fits each number inside its shape', () => checkNumbers(layout));
});

describe.each(chartSizes)('layoutQuestions with extreme input, %s', (size) => {
  it('lays out nothing, inside the bounds, for no data at all', () => {
    const layout = grid({ symptoms: [], kinds: [], questions: [] }, size);
    expect(layout.marks).toEqual([]);
    expect(layout.cells).toEqual([]);
    expect(layout.height).toBeGreaterThanOrEqual(0);
    checkBounds(layout);
  });

  it('draws an empty grid with None in every cell when there are no questions', () => {
    const layout = grid({ symptoms, kinds, questions: [] }, size);
    expect(layout.marks).toEqual([]);
    expect(layout.cells.every((c) => c.countText.lines.join() === 'None')).toBe(true);
    checkBounds(layout);
  });

  it('keeps headings inside the bounds with only one side of the grid', () => {
    checkBounds(grid({ symptoms: [], kinds, questions: [] }, size));
    checkBounds(grid({ symptoms, kinds: [], questions: [] }, size));
  });

  it('fits 12 questions in one cell: all placed there, none overlapping, all inside', () => {
    const layout = grid(crowded, size);
    const cell = layout.cells.find((c) => c.symptom === 'pain' && c.kind === 'choosing-for-whom')!;
    const there = layout.marks.filter((m) => inside(m.box, cell.rect));
    expect(there).toHaveLength(13);
    expect(cell.count).toBe(13);
    expect(layout.marks).toHaveLength(crowded.questions.length);
    checkNoOverlap(layout);
    checkBounds(layout);
    checkNumbers(layout);
    // The crowded cell needs several lines of marks, so the drawing grows.
    expect(layout.height).toBeGreaterThan(grid(paper, size).height + markSize * 2);
  });

  it('wraps a very long name without running past the drawing', () => {
    const long = { symptoms: [{ id: 'x', label: 'A symptom with an unusually long name that must wrap over lines', series: 1 }], kinds, questions: [] };
    const layout = grid(long, size);
    checkBounds(layout);
  });

  it('refuses a question whose symptom or kind is not in the grid, rather than dropping it', () => {
    expect(() => grid({ symptoms, kinds, questions: [{ id: 'z', number: 1, symptom: 'sleep', kind: 'treating' }] }, size)).toThrow(/sleep/);
    expect(() => grid({ symptoms, kinds, questions: [{ id: 'z', number: 1, symptom: 'pain', kind: 'costs' }] }, size)).toThrow(/costs/);
  });
});

describe('the drawing on fixed inputs', () => {
  it.each(chartSizes)('%s is laid out as before (after an intended change, run `npm run test:unit -- -u` and review the diff)', (size) => {
    expect(rounded(grid(paper, size))).toMatchSnapshot();
  });
});

describe('questionsList', () => {
  const fatigue = { id: 'fatigue', label: 'Fatigue' };
  const pain = { id: 'pain', label: 'Pain' };
  const measuring = { id: 'measuring', label: 'Measuring the symptom' };
  const treating = { id: 'treating', label: 'Finding treatments that work' };
  const question = (id: string, number: number, symptom: typeof fatigue, kind: typeof measuring) => ({
    id,
    number,
    symptom,
    kind,
    question: `Question text ${id}?`,
  });
  const data: ListData = {
    symptoms: [fatigue, pain],
    kinds: [measuring, treating],
    questions: [question('a', 1, fatigue, measuring), question('b', 2, fatigue, treating), question('c', 3, pain, treating)],
  };
  const list = questionsList(data);
  const status = (symptom: string, kind: string) => list.status.find((s) => s.symptom === symptom && s.kind === kind)!.text;

  it('has a line for every filter choice, saying how many questions it shows', () => {
    expect(list.status).toHaveLength(3 * 3);
    expect(status('all', 'all')).toBe('Showing all 3 questions.');
    expect(status('fatigue', 'all')).toBe('Showing 2 of 3 questions about fatigue.');
    expect(status('all', 'treating')).toBe('Showing 2 of 3 questions of the kind “finding treatments that work”.');
    expect(status('pain', 'treating')).toBe('Showing 1 of 3 questions about pain of the kind “finding treatments that work”.');
  });

  it('says when a choice shows no question, and what to do', () => {
    expect(status('pain', 'measuring')).toBe('None of the questions about pain are of the kind “measuring the symptom”. Choose another symptom or kind.');
  });

  it('names each mark by its number, symptom, kind and words, and links to its page', () => {
    expect(list.questions['c']).toEqual({
      name: 'Question 3 of 3: Pain, finding treatments that work. “Question text c?”',
      heading: 'Question 3 · Pain · Finding treatments that work',
      numberText: 'Question 3.',
      linkText: 'Read it on the Pain page',
    });
  });
});
