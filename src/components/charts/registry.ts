/**
 * Every chart on the site: its MDX component and the loader of its data. The embed pages,
 * the CSV downloads and the chart checks all start from this list.
 */
import type { ChartSpec } from '../../charts/frame/types';
import { fundingChart } from '../../charts/funding/chart';
import FundingChart from './FundingChart.astro';
import { strategyChart } from '../../charts/strategy/chart';
import StrategyChart from './StrategyChart.astro';
import { progressionChart } from '../../charts/progression/chart';
import ProgressionChart from './ProgressionChart.astro';
import { trialSizeChart } from '../../charts/trial-size/chart';
import TrialSizeChart from './TrialSizeChart.astro';
import { questionsChart } from '../../charts/questions/chart';
import QuestionsChart from './QuestionsChart.astro';
import { loadPipelineChart } from '../../charts/pipeline/load';
import PipelineChart from './PipelineChart.astro';
import { timelineCharts } from '../../charts/timeline/load';
import TrialTimelineChart from './TrialTimelineChart.astro';

type AnySpec = ChartSpec<{ width: number; height: number }>;

// Each chart takes its own props (a timeline needs `therapy`); the embed page passes the ones
// loadAll gave it, so the registry cannot type them chart by chart.
// biome-ignore lint/suspicious/noExplicitAny: each chart component takes its own props
type Component = (props: any) => unknown;

/** A chart drawn once (load), or once per entry of a collection (loadAll, with the props that pick the entry). */
export type RegisteredChart =
  | { component: Component; load: () => Promise<AnySpec> }
  | { component: Component; loadAll: () => Promise<{ spec: AnySpec; props: Record<string, unknown> }[]> };

export const charts: RegisteredChart[] = [
  { component: FundingChart, load: fundingChart },
  { component: StrategyChart, load: strategyChart },
  { component: ProgressionChart, load: progressionChart },
  { component: TrialSizeChart, load: trialSizeChart },
  { component: QuestionsChart, load: questionsChart },
  { component: PipelineChart, load: loadPipelineChart },
  { component: TrialTimelineChart, loadAll: timelineCharts },
];

/** Every chart's data, with its component and the props that draw it. */
export async function loadCharts(): Promise<{ spec: AnySpec; component: Component; props: Record<string, unknown> }[]> {
  const loaded = await Promise.all(
    charts.map(async (chart) =>
      'load' in chart
        ? [{ spec: await chart.load(), component: chart.component, props: {} }]
        : (await chart.loadAll()).map(({ spec, props }) => ({ spec, component: chart.component, props })),
    ),
  );
  return loaded.flat();
}
