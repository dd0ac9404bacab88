/** The 2017 funding chart's content: built from the funding collection, so its words and marks share one set of numbers. */
import { layoutsForEachSize } from '../frame/types';
import { fundingReport, defaultFundingReport } from '../../content/funding';
import { formatMillionsExact, formatPercent, type FundingShare } from '../../lib/funding';
import { chartSources } from '../content';
import type { ChartSpec } from '../frame/types';
import { type FundingInput, type FundingLabels, layoutFunding, type FundingLayout } from './layout';
import { squareCount } from './squares';
import { listAnd } from '../../lib/words';

/** Each area as the chart labels and names it, in the shares view and the dollars view. */
export function fundingInputs(shares: readonly FundingShare[]): FundingInput[] {
  return shares.map(({ id, label, percent, amount, perHundred, isRest }) => ({
    id,
    label,
    percent,
    isRest,
    value: { shares: `${percent}% · ${perHundred}`, dollars: amount },
    names: { shares: `${label}: ${percent}%, ${perHundred}.`, dollars: `${label}: ${amount}.` },
  }));
}

/** What one square stands for, under the grid: a dollar of every hundred, or its share of the total. */
export function fundingLabels(totalMillions: number): FundingLabels {
  const perSquare = totalMillions / squareCount;
  return {
    note: {
      shares: 'Each square is $1 of every $100 of grants.',
      dollars: `Each square is about $${perSquare.toFixed(1)} million of $${totalMillions} million.`,
    },
  };
}

export async function fundingChart(report = defaultFundingReport): Promise<ChartSpec<FundingLayout>> {
  const { entry, shares } = await fundingReport(report, 'FundingChart', undefined);
  const { year, totalMillions } = entry.data;
  const named = shares.filter((s) => !s.isRest);
  const rest = shares.find((s) => s.isRest);
  const list = named.map((s) => `${formatPercent(s.percent)} to ${s.label.toLowerCase()}`);
  const inputs = fundingInputs(shares);
  const labels = fundingLabels(totalMillions);
  return {
    id: `funding-${year}`,
    component: 'FundingChart',
    title: `In ${year}, research on fatigue, pain, mobility and cognition each got $${Math.max(...named.map((s) => s.percent))} or less of every $100 in grants`,
    summary: `Of ${formatMillionsExact(totalMillions)} in research grants in ${year}, ${listAnd(list)}.`,
    description: [
      `A grid of 100 squares stands for all the research grants in ${year}, ${formatMillionsExact(totalMillions)}. Each square is $1 of every $100.`,
      ...named.map((s) => `${s.label}: ${formatPercent(s.percent)}, which is ${s.perHundred}, ${s.amount}.`),
      rest ? `The other ${formatPercent(rest.percent)} went to other research, which the source does not break down.` : '',
      'The source reports fatigue and pain as one group, so the chart does too.',
    ].filter(Boolean),
    kind: 'data',
    sources: await chartSources([entry.data.source.id], `funding-${year}`),
    page: { href: '/symptoms/', title: 'The four symptoms' },
    table: {
      columns: [
        { key: 'area', label: 'Area' },
        { key: 'percent', label: 'Share (%)', numeric: true },
        { key: 'perHundred', label: 'Of every $100 (US$)', numeric: true },
        { key: 'millions', label: 'Amount (US$ million)', numeric: true },
      ],
      rows: [
        ...shares.map((s) => ({
          area: s.label,
          percent: s.percent,
          perHundred: s.percent.toFixed(2),
          millions: Number(s.millions.toFixed(2)),
        })),
        { area: `All grants in ${year}`, percent: 100, perHundred: '100.00', millions: totalMillions },
      ],
    },
    controls: [
      {
        key: 'view',
        label: 'Show',
        options: [
          { value: 'shares', label: 'Shares of $100' },
          { value: 'dollars', label: 'Dollar amounts' },
        ],
        initial: 'shares',
      },
    ],
    layouts: layoutsForEachSize((size) => layoutFunding(inputs, labels, size)),
  };
}
