/**
 * The marks of the research-questions grid: each symptom's shape, the size of a question's mark
 * and where its number sits. The list under the chart draws its badges with the same sizes.
 */
import { fontSize } from '../frame/text';

export type QuestionShape = 'circle' | 'square' | 'diamond' | 'triangle';
export const shapes: readonly QuestionShape[] = ['circle', 'square', 'diamond', 'triangle'];

/** Each series has its own shape as well as its own colour. */
export function shapeOf(series: number): QuestionShape {
  return shapes[(Math.max(1, Math.round(series)) - 1) % shapes.length]!;
}

/** The side of a question mark's square: room for a two-digit bold number inside any shape. */
export const markSize = 40;
/** The space between two marks in a cell, so neighbouring shapes never touch. */
export const markGap = 4;

/**
 * How much of its square each shape fills. A circle or a square as wide as the square would look
 * heavier than the diamond and the triangle, which cover half of it, so they are drawn a little
 * inside it.
 */
const shapeFill: Record<QuestionShape, number> = { circle: 0.95, square: 0.9, diamond: 1, triangle: 1 };

/** The side of the square a shape fills (symbolPath's `side`), for a mark or key of side `size`. */
export function symbolSide(shape: QuestionShape, size: number): number {
  return size * shapeFill[shape];
}

/** Digits are about 0.7 em tall, so a baseline 0.35 em below the centre centres them. */
const digitsCentre = 0.35;
/** A triangle is wide enough for two digits only in its lower part: their baseline sits there. */
const triangleBaseline = 0.36;

/** The baseline that centres a number in a mark of side `size` centred at height cy. */
export function numberBaseline(shape: QuestionShape, cy: number, size = markSize): number {
  return shape === 'triangle' ? cy + size * triangleBaseline : cy + fontSize * digitsCentre;
}
