/**
 * "Is anything approved for my type of MS, where I live?" as a table: for each treatment and
 * each type of MS its decisions cover, the decisions that hold now in each region, newest body
 * by body. Pure: decisions in, rows and cells out; the page adds the words.
 */
import { regulatorById, regions, type Region } from './regulators';
import { currentDecisions, type StateDecision } from './therapy-state';
import { populations, type Population, type Purpose } from './therapy-vocabulary';

export interface ApprovalInput<D extends StateDecision> {
  id: string;
  name: string;
  purpose: Purpose;
  decisions: readonly D[];
}

export interface ApprovalRow<D extends StateDecision> {
  therapy: string;
  name: string;
  population: Population;
  /** For each region, the decision that holds now from each body there (regulator first). */
  cells: Partial<Record<Region, D[]>>;
}

export interface ApprovalTable<D extends StateDecision> {
  /** Regions with at least one decision, in the table's order. */
  regions: Region[];
  rows: ApprovalRow<D>[];
}

export function approvalTable<D extends StateDecision>(therapies: readonly ApprovalInput<D>[]): ApprovalTable<D> {
  const rows: ApprovalRow<D>[] = [];
  for (const t of [...therapies].sort((a, b) => a.name.localeCompare(b.name))) {
    const current = currentDecisions(t.decisions);
    const covered = populations.keys.filter((p) => current.some((c) => c.population === p));
    for (const population of covered) {
      const cells: Partial<Record<Region, D[]>> = {};
      for (const c of current.filter((x) => x.population === population)) {
        const region = regulatorById[c.regulator].region;
        const list = cells[region] ?? [];
        list.push(c.decision);
        cells[region] = list;
      }
      for (const list of Object.values(cells))
        list.sort((a, b) => (regulatorById[a.regulator].kind === 'regulator' ? -1 : 1) - (regulatorById[b.regulator].kind === 'regulator' ? -1 : 1));
      rows.push({ therapy: t.id, name: t.name, population, cells });
    }
  }
  const used = regions.keys.filter((r) => rows.some((row) => row.cells[r]));
  return { regions: used, rows };
}
