/**
 * `npm run content:status`: what needs an editor's attention in the pipeline, soonest first:
 * therapies whose review is due or overdue, running trials whose expected results date has
 * passed, recruitment statuses old enough to have changed, regulatory decisions still under review, and sources with no publication date.
 * Reads the YAML files as editors wrote them; "today" is SITE_TODAY or the real date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { addMonths, reviewIntervals, reviewState } from '../src/lib/review.ts';
import { expectedResultsPassedFrom, isTherapyActive, recruitmentMayHaveChanged, resultsOverdue, type StateTherapy } from '../src/lib/therapy-state.ts';
import { readToday } from '../src/lib/today.ts';

const content = path.join(import.meta.dirname, '..', 'src', 'content');
const read = (folder: string) =>
  readdirSync(path.join(content, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: `src/content/${folder}/${f}`, data: parse(readFileSync(path.join(content, folder, f), 'utf8')) as Record<string, unknown> }));

const day = (value: unknown) => new Date(`${String(value).slice(0, 10)}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const today = readToday();
const soon = addMonths(today, 1);
const intervals = reviewIntervals();

interface Item {
  when: Date;
  line: string;
}
const items: Item[] = [];

for (const { file, data } of read('therapies')) {
  const trials = (data['trials'] as Record<string, unknown>[]).map((t) => ({
    ...t,
    recruitment: t['recruitment'] ? { ...(t['recruitment'] as object), asOf: day((t['recruitment'] as Record<string, unknown>)['asOf']) } : undefined,
  })) as unknown as StateTherapy['trials'];
  const decisions = ((data['decisions'] ?? []) as Record<string, unknown>[]).map((d) => ({
    ...d,
    date: day(d['date']),
  })) as unknown as StateTherapy['decisions'];
  const review = reviewState(day(data['checked']), isTherapyActive({ trials, decisions }), today, intervals);
  if (review.due <= soon) {
    items.push({
      when: review.due,
      line: `${review.overdue ? 'OVERDUE' : 'due soon'}  review of ${file}: checked ${iso(review.checked)}, due ${iso(review.due)} (every ${review.intervalMonths} months)`,
    });
  }
  for (const trial of trials) {
    if (resultsOverdue(trial, today)) {
      items.push({
        when: expectedResultsPassedFrom(trial.expectedResults!),
        line: `LATE     results of "${trial.name}" in ${file}: expected ${trial.expectedResults!.year}${trial.expectedResults!.month ? `-${String(trial.expectedResults!.month).padStart(2, '0')}` : ''}, none recorded`,
      });
    }
    if (recruitmentMayHaveChanged(trial.recruitment, today, intervals.active)) {
      items.push({
        when: trial.recruitment!.asOf,
        line: `OLD      recruitment of "${trial.name}" in ${file}: "${trial.recruitment!.status}" as of ${iso(trial.recruitment!.asOf)}; look at the registry again`,
      });
    }
  }
  for (const d of decisions) {
    if (d.decision === 'under-review') items.push({ when: d.date, line: `PENDING  ${d.regulator} decision in ${file}: under review since ${iso(d.date)}` });
  }
}

for (const { file, data } of read('sources')) {
  if (data['published'] === 'unknown')
    items.push({ when: day(data['accessed'] ?? '1970-01-01'), line: `UNDATED  ${file}: ${String(data['unknownReason'] ?? 'no reason given')}` });
}

items.sort((a, b) => a.when.getTime() - b.when.getTime());
console.log(`Content status on ${iso(today)}: ${items.length} item(s) need attention, soonest first.\n`);
for (const item of items) console.log(item.line);
