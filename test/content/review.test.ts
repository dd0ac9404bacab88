/**
 * Review dates that tell the truth: every therapy page says when it was last checked for news
 * and when the next check is due, and says "may be out of date" exactly when that check is
 * overdue. (A build whose "today" is years ahead: test/builds/release-build.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { yamlEntries } from '../support/content-source.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { addMonths, reviewIntervals } from '../../src/lib/review.ts';
import { siteToday } from '../../src/lib/today.ts';

interface TherapyFile {
  checked: string;
  trials: { name: string; outcome: string; recruitment?: { status: string; asOf: string } }[];
  decisions?: { decision: string }[];
}
const therapies = yamlEntries<TherapyFile>('therapies');
const day = (value: string) => new Date(`${String(value).slice(0, 10)}T00:00:00Z`);
const active = (t: TherapyFile) =>
  t.trials.some(
    (trial) => trial.outcome === 'ongoing' || ['recruiting', 'not-yet-recruiting', 'active-not-recruiting'].includes(trial.recruitment?.status ?? ''),
  ) || (t.decisions ?? []).some((d) => d.decision === 'under-review');

describe('each therapy page', () => {
  it.each(therapies.map((t) => [t.id, t] as const))('%s says when it was checked, when it is due, and warns only when overdue', (id, t) => {
    const page = builtPages().find((p) => p.url === `/pipeline/${id}/`)!;
    const checked = day(t.checked);
    const due = addMonths(checked, active(t) ? reviewIntervals().active : reviewIntervals().settled);
    const facts = page.$('[data-therapy-checked]').text().replace(/\s+/g, ' ');
    expect(facts).toContain(`on ${formatDate(checked)}`);
    expect(facts).toContain(`due by ${formatDate(due)}`);
    expect(page.$('[data-review-overdue]').length).toBe(siteToday() > due ? 1 : 0);
  });
});

describe('recruitment statuses', () => {
  // Every trial of every therapy file, with the page it is shown on.
  const trials = therapies.flatMap((t) =>
    t.trials.flatMap((trial) => (trial.recruitment ? [{ id: t.id, trial: { name: trial.name, recruitment: trial.recruitment } }] : [])),
  );
  it.each(trials.map(({ id, trial }) => [trial.name, id, trial] as const))(
    '%s (%s) says it may have changed exactly when it is old enough to',
    (_name, id, trial) => {
      const page = builtPages().find((p) => p.url === `/pipeline/${id}/`)!;
      const shown = page
        .$('dd[data-recruitment]')
        .filter(
          (_i, dd) =>
            page.$(dd).find('time').attr('datetime') === String(trial.recruitment.asOf).slice(0, 10) &&
            page.$(dd).attr('data-recruitment') === trial.recruitment.status,
        );
      expect(shown.length, 'the status is on the page with its date').toBeGreaterThan(0);
      const changing = ['recruiting', 'not-yet-recruiting', 'active-not-recruiting', 'not-known'].includes(trial.recruitment.status);
      const old = siteToday() > addMonths(day(trial.recruitment.asOf), reviewIntervals().active);
      expect(shown.find('[data-may-have-changed]').length > 0).toBe(changing && old);
    },
  );
});

describe('the pipeline page', () => {
  it('says when the pipeline was last updated: the newest check, never the oldest', () => {
    const newest = new Date(Math.max(...therapies.map((t) => day(t.checked).getTime())));
    const page = builtPages().find((p) => p.url === '/pipeline/')!;
    expect(page.$('[data-pipeline-updated]').text()).toContain(formatDate(newest));
    expect(page.$('.review-note').text()).toContain(formatDate(newest));
  });
});
