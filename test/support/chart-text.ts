/** Helpers for checking chart text: the numbers a sentence states. */

export { numbersIn } from '../../src/lib/numbers.ts';
