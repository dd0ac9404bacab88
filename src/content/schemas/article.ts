/**
 * Article pages written in MDX: the strategy, the symptoms and the general pages.
 * The front matter holds what a reader sees first ("In short") and what makes the page
 * trustworthy (sources and the review date).
 */
import { z } from 'astro/zod';
import { calendarDate, expected, sentence, strictEntry, text } from './fields';

export function articleSchema<SourceRef extends z.ZodType>(sourceRef: SourceRef) {
  return strictEntry({
    /** The page's heading: short and specific, in the reader's words. */
    title: text('a title', { min: 3, max: 80 }).describe('The page heading: short and specific.'),
    /** A shorter name for menus and breadcrumbs; defaults to the title. */
    navTitle: text('a short menu title', { max: 40 }).optional().describe('A shorter name for menus and breadcrumbs (optional).'),
    /** The takeaway in one plain sentence. Shown under "In short" and used as the page description. */
    summary: sentence('the summary (the takeaway in one plain sentence)').describe('The takeaway in one plain sentence; shown under "In short".'),
    /** Two to five points a reader should leave with. */
    keyPoints: z
      .array(sentence('a key point', 30), { error: expected('a list of 2 to 5 key points') })
      .min(2, { error: 'expected at least 2 key points' })
      .max(5, { error: 'expected at most 5 key points: keep only the most important' })
      .describe('Two to five one-sentence points a reader should leave with.'),
    /** Words a reader might search for that the page does not use often, e.g. "walking" for mobility. */
    keywords: z
      .array(text('a search keyword', { max: 60 }), { error: expected('a list of search keywords') })
      .max(12, { error: 'expected at most 12 keywords: only the words a reader would type for this page' })
      .default([])
      .describe('Other words a reader might search for to find this page (optional). They rank like the title.'),
    /** The works this page rests on, by source id. The order is the reference numbering. */
    sources: z
      .array(sourceRef, { error: expected('a list of source ids') })
      .min(1, { error: 'expected at least one source: every page says where its facts come from' })
      .describe('Ids of the sources the page rests on; <Cite> numbers follow this order.'),
    /** The day a person last checked the page against its sources. */
    lastReviewed: calendarDate('the last review date').describe('The day the page was last checked against its sources, YYYY-MM-DD.'),
    /** Position within its section: lower comes first. */
    order: z
      .number({ error: expected('a whole number for the position in its section') })
      .int({ error: expected('a whole number for the position in its section') })
      .min(0, { error: 'expected order of 0 or more' })
      .describe('Position within its section; lower comes first.'),
  });
}
