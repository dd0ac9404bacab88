/**
 * The trial-size chart's content: illustrative numbers from the standard sample-size formula
 * (src/lib/sample-size.ts). The title, summary, description, table and marks all come from the
 * same computed numbers.
 */
import { layoutsForEachSize } from '../frame/types';
import { formatCount } from '../../lib/numbers';
import { inverseNormal } from '../../lib/sample-size';
import { chartSources } from '../content';
import type { ChartSpec, DataColumn, DataRow } from '../frame/types';
import { optionValue, trialSizeData, trialSizeOptions } from './data';
import { layoutTrialSize, type TrialSizeLabels, type TrialSizeLayout } from './layout';

export { trialSizeOptions };

const initial = { effect: 0.5, power: 80, treatments: 3, smallEffect: 0.2 };

/** "a, b and c", or with another last joiner: "a, b or c". */
const listOf = (items: readonly string[], joiner = 'and') =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;

/** A z value as the formula's explanation writes it: 1.96. */
const z = (p: number) => inverseNormal(p).toFixed(2);

/**
 * The numbers in the note on how the chart's numbers are worked out (TrialSizeChart.astro): the z
 * value for the usual 5% significance level, and those for each power, "0.84 or 1.28" for "80% or 90%".
 */
export function formulaNumbers(options = trialSizeOptions) {
  return {
    zSignificance: z(0.975),
    zPowers: listOf(
      options.powers.map((power) => z(power / 100)),
      'or',
    ),
    powers: listOf(
      options.powers.map((power) => `${power}%`),
      'or',
    ),
  };
}

/** What the drawing and the description both say about the shared trial's count. */
const caveat = 'This simple count leaves out the statistical adjustments needed when one trial tests several drugs at once.';

const drugs = (k: number) => `${k} drug${k === 1 ? '' : 's'}`;

/** Every word the drawing shows, built from the numbers it shows them with. */
export const trialSizeLabels: TrialSizeLabels = {
  oneDrug: {
    point: (p) => {
      const people = `${formatCount(p.perGroup)} people per group, ${formatCount(p.total)} in all`;
      return {
        headline: people,
        subline: `for effect size ${p.effect} and ${p.power}% power`,
        name: `Effect size ${p.effect}, ${p.power}% power: ${people}.`,
        value: formatCount(p.perGroup),
      };
    },
    power: (power) => `${power}% power`,
    people: formatCount,
    effect: String,
    yTitle: 'People needed in each group',
    xTitle: 'Effect size: how big the drug’s effect is, compared with how much people vary',
  },
  severalDrugs: {
    row: (row) => {
      const group = formatCount(row.perGroup);
      const separate = { head: `${row.treatments} separate trials: ${formatCount(row.separate)} people`, body: 'Each trial has its own placebo group.' };
      const shared = { head: `One shared trial: ${formatCount(row.shared)} people`, body: `${row.treatments} drugs share one placebo group.` };
      return {
        headline: `${formatCount(row.shared)} people, not ${formatCount(row.separate)}`,
        subline: `to test ${drugs(row.treatments)}, with ${group} people in each group`,
        blockNote: `Each block is one group of ${group} people.`,
        separate: { ...separate, name: `${separate.head}. ${separate.body} ${2 * row.treatments} groups of ${group} people.` },
        shared: {
          ...shared,
          name: `${shared.head}. ${shared.body} ${row.treatments + 1} groups of ${group} people. That is ${formatCount(row.saved)} fewer people.`,
        },
      };
    },
    trial: (n) => ({ long: `Trial ${n}`, short: String(n) }),
    legend: { drug: 'Drug group', placebo: 'Placebo group' },
    caveat,
  },
  note: 'Illustrative numbers from a standard formula, not from a real trial.',
};

export async function trialSizeChart(options = trialSizeOptions): Promise<ChartSpec<TrialSizeLayout>> {
  const id = 'trial-size';
  const data = trialSizeData(options);
  const point = (effect: number, power: number) => {
    const found = data.points.find((p) => p.effect === effect && p.power === power);
    if (!found) throw new Error(`The trial-size chart has no point for effect ${effect} and ${power}% power.`);
    return found;
  };
  const main = point(initial.effect, initial.power);
  const small = point(initial.smallEffect, initial.power);
  // The title says small effects need hundreds: keep it true of the numbers.
  if (small.perGroup < 200) throw new Error(`The trial-size title says hundreds, but effect ${small.effect} needs only ${small.perGroup} per group.`);

  const zPowers = listOf(options.powers.map((power) => `${z(power / 100)} for ${power}% power`));
  const minEffect = Math.min(...options.effects);
  const maxEffect = Math.max(...options.effects);
  const [firstPower, secondPower] = options.powers;
  const atMain = data.multi.filter((m) => m.effect === initial.effect && m.power === initial.power);

  const multiColumns: DataColumn[] = options.treatments.flatMap((k) => [
    { key: `separate${k}`, label: `${k} drugs: separate trials (people)`, numeric: true },
    { key: `shared${k}`, label: `${k} drugs: one shared trial (people)`, numeric: true },
  ]);
  const rows: DataRow[] = data.points.map((p) => {
    const row: DataRow = { effect: p.effect, power: p.power, perGroup: p.perGroup, total: p.total };
    for (const m of data.multi.filter((m) => m.effect === p.effect && m.power === p.power)) {
      row[`separate${m.treatments}`] = m.separate;
      row[`shared${m.treatments}`] = m.shared;
    }
    return row;
  });

  return {
    id,
    component: 'TrialSizeChart',
    title: 'Small effects need hundreds of people in each group',
    summary: `To have an ${main.power}% chance of spotting an effect of size ${main.effect}, a trial needs ${formatCount(main.perGroup)} people in each group, and for a smaller effect of ${small.effect} it needs ${formatCount(small.perGroup)}.`,
    description: [
      'These numbers come from a standard formula. They are not from a real trial. They show how many people a trial with two equal groups, a drug group and a placebo group, needs to spot a real effect.',
      `The formula: people in each group = 2 × (z₁₋α/₂ + z₁₋β)² ÷ d², rounded up. Here d is the effect size: the difference the drug makes, divided by the standard deviation, which is how much the measure varies between people. z₁₋α/₂ is ${z(0.975)} for the usual two-sided 5% significance level. z₁₋β is ${zPowers}. Power is the chance that the trial spots an effect of that size if it is real.`,
      `The first view is a line chart. Across the bottom is the effect size, from ${minEffect} to ${maxEffect}. Up the side is the number of people needed in each group. There is one line for each level of power${secondPower === undefined ? '' : `: a solid line with round dots for ${firstPower}% power and a dashed line with square dots for ${secondPower}% power`}. A ring marks the chosen effect size and power.`,
      ...options.powers.map(
        (power) =>
          `With ${power}% power: ${listOf(data.points.filter((p) => p.power === power).map((p) => `effect size ${p.effect} needs ${formatCount(p.perGroup)} people in each group`))}.`,
      ),
      'A more sensitive outcome measure varies less between people. So the same treatment gives a bigger effect size, and the trial needs fewer people.',
      `The second view is about testing several drugs. In separate trials, each drug has its own trial with its own placebo group. In one multi-arm trial, all the drugs share one placebo group. For an effect size of ${main.effect} with ${main.power}% power, each group needs ${formatCount(main.perGroup)} people. ${atMain
        .map((m) => `For ${m.treatments} drugs, separate trials need ${formatCount(m.separate)} people and one shared trial needs ${formatCount(m.shared)}.`)
        .join(' ')}`,
      `${caveat} MS-SMART tested three drugs against one placebo group. OCTOPUS tests two drugs against placebo.`,
    ],
    kind: 'illustrative',
    sources: await chartSources(['alliance-strategy-announcement-2021', 'mrc-ctu-octopus-2024', 'chataway-2020'], id),
    page: { href: '/strategy/trials/', title: 'Speeding up clinical trials' },
    table: {
      columns: [
        { key: 'effect', label: 'Effect size', numeric: true },
        { key: 'power', label: 'Power (%)', numeric: true },
        { key: 'perGroup', label: 'People in each group', numeric: true },
        { key: 'total', label: 'People in one two-group trial', numeric: true },
        ...multiColumns,
      ],
      rows,
      display: { effect: (v) => String(v) },
    },
    controls: [
      {
        key: 'view',
        label: 'Show',
        options: [
          { value: 'one', label: 'One trial' },
          { value: 'multi', label: 'Several drugs' },
        ],
        initial: 'one',
      },
      {
        key: 'effect',
        label: 'Effect size',
        options: options.effects.map((e) => ({ value: optionValue(e), label: String(e) })),
        initial: optionValue(initial.effect),
      },
      {
        key: 'power',
        label: 'Power',
        options: options.powers.map((p) => ({ value: optionValue(p), label: `${p}%` })),
        initial: optionValue(initial.power),
      },
      {
        key: 'treatments',
        label: 'Drugs to test (several drugs view)',
        options: options.treatments.map((k) => ({ value: optionValue(k), label: String(k) })),
        initial: optionValue(initial.treatments),
      },
    ],
    layouts: layoutsForEachSize((size) => layoutTrialSize(data, options, trialSizeLabels, size)),
  };
}
