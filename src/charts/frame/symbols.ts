/**
 * The chart toolkit's symbols: the shapes of marks, keys and status glyphs, as d3-shape symbol
 * types. Circle, square and diamond are d3's own; the rest follow the same interface, so every
 * symbol is drawn the same way. Shapes back up colour: a reader who cannot tell the series or
 * statuses apart by colour tells them apart by shape.
 */
import { pathRound, symbolCircle, symbolDiamond2, symbolSquare, type SymbolType } from 'd3';

type SymbolContext = Parameters<SymbolType['draw']>[0];

export type SymbolShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'check' | 'cross' | 'arrow';

/** A custom symbol type drawn in a square of side √size centred on the origin, as d3's are. */
function symbolInSquare(draw: (context: SymbolContext, half: number) => void): SymbolType {
  return { draw: (context, size) => draw(context, Math.sqrt(size) / 2) };
}

/** Pointing up, as wide at its base as it is tall. */
const triangle = symbolInSquare((c, h) => {
  c.moveTo(0, -h);
  c.lineTo(h, h);
  c.lineTo(-h, h);
  c.closePath();
});
/** A tick, drawn as a line. */
const check = symbolInSquare((c, h) => {
  c.moveTo(-h * 0.8, 0);
  c.lineTo(-h * 0.2, h * 0.65);
  c.lineTo(h * 0.85, -h * 0.7);
});
/** An ×, drawn as two lines. */
const cross = symbolInSquare((c, h) => {
  c.moveTo(-h * 0.7, -h * 0.7);
  c.lineTo(h * 0.7, h * 0.7);
  c.moveTo(h * 0.7, -h * 0.7);
  c.lineTo(-h * 0.7, h * 0.7);
});
/** A head pointing right: something under way. */
const arrow = symbolInSquare((c, h) => {
  c.moveTo(-h * 0.7, -h);
  c.lineTo(h, 0);
  c.lineTo(-h * 0.7, h);
  c.closePath();
});

/**
 * Each shape's d3 symbol type, and the `size` (d3's area) at which it spans a square of a given
 * side, so every shape is placed by the square it fills.
 */
const symbolTypes: Record<SymbolShape, { type: SymbolType; sizeFor: (side: number) => number }> = {
  circle: { type: symbolCircle, sizeFor: (side) => Math.PI * (side / 2) ** 2 },
  square: { type: symbolSquare, sizeFor: (side) => side ** 2 },
  // d3's diamond2 reaches 0.62625 √size from its centre.
  diamond: { type: symbolDiamond2, sizeFor: (side) => (side / 2 / 0.62625) ** 2 },
  triangle: { type: triangle, sizeFor: (side) => side ** 2 },
  check: { type: check, sizeFor: (side) => side ** 2 },
  cross: { type: cross, sizeFor: (side) => side ** 2 },
  arrow: { type: arrow, sizeFor: (side) => side ** 2 },
};

/** Shapes drawn as lines rather than filled. */
export const strokedSymbols: ReadonlySet<SymbolShape> = new Set(['check', 'cross']);

/**
 * The SVG path of a symbol centred on (cx, cy), filling a square of side `side`, with numbers
 * rounded to a hundredth of a unit.
 */
export function symbolPath(shape: SymbolShape, cx: number, cy: number, side: number): string {
  const { type, sizeFor } = symbolTypes[shape];
  const path = pathRound(2);
  // d3 draws a symbol around the origin; this context moves each point to the symbol's centre.
  const moved: SymbolContext = {
    moveTo: (x, y) => path.moveTo(x + cx, y + cy),
    lineTo: (x, y) => path.lineTo(x + cx, y + cy),
    closePath: () => path.closePath(),
    arc: (x, y, radius, start, end, anticlockwise) => path.arc(x + cx, y + cy, radius, start, end, anticlockwise),
    arcTo: (x1, y1, x2, y2, radius) => path.arcTo(x1 + cx, y1 + cy, x2 + cx, y2 + cy, radius),
    bezierCurveTo: (x1, y1, x2, y2, x, y) => path.bezierCurveTo(x1 + cx, y1 + cy, x2 + cx, y2 + cy, x + cx, y + cy),
    quadraticCurveTo: (x1, y1, x, y) => path.quadraticCurveTo(x1 + cx, y1 + cy, x + cx, y + cy),
    rect: (x, y, w, h) => path.rect(x + cx, y + cy, w, h),
    ellipse: () => {
      throw new Error('No chart symbol draws an ellipse.');
    },
  };
  type.draw(moved, sizeFor(side));
  return path.toString();
}
