/** The approvals table: decisions that hold now, per treatment, type of MS and region. */
import { describe, expect, it } from 'vitest';
import { approvalTable } from '../../src/lib/approvals';
import { isApprovedFor, currentDecisions } from '../../src/lib/therapy-state';
import type { Decision, RegulatorId } from '../../src/lib/regulators';
import type { Population } from '../../src/lib/therapy-vocabulary';

const d = (regulator: RegulatorId, decision: Decision, date: string, populations: Population[] = ['ppms']) => ({
  regulator,
  decision,
  date: new Date(`${date}T00:00:00Z`),
  populations,
  sources: [{ id: 's' }],
});

describe('currentDecisions and isApprovedFor', () => {
  it('keeps the latest decision of each body for each type of MS', () => {
    const list = [d('us-fda', 'refused', '2025-12-24', ['non-relapsing-spms']), d('us-fda', 'approved', '2026-06-01', ['non-relapsing-spms'])];
    expect(currentDecisions(list).map((c) => c.decision.decision)).toEqual(['approved']);
    expect(isApprovedFor(list)).toBe(true);
    expect(isApprovedFor([list[1]!, list[0]!].map((x, i) => ({ ...x, date: new Date(i ? '2027-01-01' : '2026-01-01') })))).toBe(false);
  });
  it('counts a regulator’s approval, not a health service’s recommendation, and only for the types asked', () => {
    expect(isApprovedFor([d('uk-nice', 'approved', '2019-06-12')])).toBe(false);
    expect(isApprovedFor([d('eu-ec', 'conditional', '2018-01-08')], ['ppms'])).toBe(true);
    expect(isApprovedFor([d('eu-ec', 'approved', '2018-01-08')], ['non-relapsing-spms'])).toBe(false);
    expect(isApprovedFor([d('us-fda', 'under-review', '2026-01-01')])).toBe(false);
  });
});

describe('approvalTable', () => {
  const table = approvalTable([
    {
      id: 'b',
      name: 'bravo',
      purpose: 'disease-modifying',
      decisions: [d('uk-nice', 'approved', '2019-06-12'), d('eu-ec', 'approved', '2018-01-08'), d('uk-mhra', 'approved', '2018-01-08')],
    },
    {
      id: 'a',
      name: 'alpha',
      purpose: 'disease-modifying',
      decisions: [d('us-fda', 'refused', '2025-12-24', ['non-relapsing-spms']), d('us-fda', 'approved', '2017-03-28', ['ppms'])],
    },
  ]);
  it('has a row per treatment and type of MS, alphabetical, and only regions with a decision', () => {
    expect(table.rows.map((r) => `${r.therapy}:${r.population}`)).toEqual(['a:ppms', 'a:non-relapsing-spms', 'b:ppms']);
    expect(table.regions).toEqual(['us', 'eu', 'uk']);
  });
  it('puts a refusal in its cell as a refusal, and the regulator before the health service', () => {
    expect(table.rows[1]!.cells.us!.map((x) => x.decision)).toEqual(['refused']);
    expect(table.rows[2]!.cells.uk!.map((x) => x.regulator)).toEqual(['uk-mhra', 'uk-nice']);
    expect(table.rows[0]!.cells.eu).toBeUndefined();
  });
});
