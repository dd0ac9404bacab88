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
import { pipelineChart } from '../../charts/pipeline/chart';
import PipelineChart from './PipelineChart.astro';

type AnySpec = ChartSpec<{ width: number; height: number }>;

export interface RegisteredChart {
  component: (props: Record<string, unknown>) => unknown;
  load: () => Promise<AnySpec>;
}

export const charts: RegisteredChart[] = [
  { component: FundingChart, load: fundingChart },
  { component: StrategyChart, load: strategyChart },
  { component: ProgressionChart, load: progressionChart },
  { component: TrialSizeChart, load: trialSizeChart },
  { component: QuestionsChart, load: questionsChart },
  { component: PipelineChart, load: pipelineChart },
];

/** Every chart's data, with its component, keyed by chart id. */
export async function loadCharts(): Promise<{ spec: AnySpec; component: RegisteredChart['component'] }[]> {
  return Promise.all(charts.map(async (chart) => ({ spec: await chart.load(), component: chart.component })));
}
