/**
 * Checks an editor's own title or summary for a chart, so a page cannot say one number while
 * the chart draws another. Numbers must appear in the chart's data table or its own description.
 */
import { ContentError } from '../../lib/content-error';
import { numbersIn, unknownNumbers } from '../../lib/numbers';
import type { ChartSpec } from './types';

function dataNumbers(spec: Pick<ChartSpec<unknown>, 'table' | 'description' | 'title' | 'summary'>): number[] {
  const cells = spec.table.rows.flatMap((row) => Object.entries(row).flatMap(([key, value]) => [String(value), spec.table.display?.[key]?.(value) ?? '']));
  return [...cells, ...spec.description, spec.title, spec.summary].flatMap(numbersIn);
}

export function checkChartWords(
  spec: Pick<ChartSpec<unknown>, 'id' | 'component' | 'table' | 'description' | 'title' | 'summary'>,
  own: { title?: string | undefined; summary?: string | undefined },
  file: string | undefined,
): void {
  const tag = spec.component ? `<${spec.component}>` : `<chart "${spec.id}">`;
  const known = dataNumbers(spec);
  if (own.title !== undefined) {
    if (own.title.trim().length < 10) {
      throw new ContentError(file, `${tag} title`, 'is empty or too short.', 'Write the takeaway: what a reader should learn from the chart, in one line.');
    }
    const wrong = unknownNumbers(own.title, known);
    if (wrong.length > 0) {
      throw new ContentError(
        file,
        `${tag} title`,
        `says ${wrong.join(', ')}, which the chart's data does not.`,
        "Use the numbers in the chart's data table, or leave the title out to use the chart's own.",
      );
    }
  }
  if (own.summary !== undefined) {
    const summary = own.summary.trim();
    if (!/^[A-Z0-9$"].*[.?]$/s.test(summary) || /[.?!]\s+[A-Z]/.test(summary)) {
      throw new ContentError(
        file,
        `${tag} summary`,
        'is not one sentence.',
        'Write one plain sentence that starts with a capital letter and ends with a full stop.',
      );
    }
    const wrong = unknownNumbers(summary, known);
    if (wrong.length > 0) {
      throw new ContentError(
        file,
        `${tag} summary`,
        `says ${wrong.join(', ')}, which the chart's data does not.`,
        "Use the numbers in the chart's data table, or leave the summary out to use the chart's own.",
      );
    }
  }
}
