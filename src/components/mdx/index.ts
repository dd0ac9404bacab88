/** The components an editor can use in any MDX page without importing them. */
import Term from './Term.astro';
import Cite from './Cite.astro';
import Callout from './Callout.astro';
import KeyPoints from './KeyPoints.astro';
import Figure from './Figure.astro';
import ResearchQuestions from './ResearchQuestions.astro';
import TreatmentsTested from './TreatmentsTested.astro';
import FundingShare from './FundingShare.astro';
import FundingTable from './FundingTable.astro';
import FundingPerHundred from './FundingPerHundred.astro';
import FundingChart from '../charts/FundingChart.astro';
import StrategyChart from '../charts/StrategyChart.astro';
import ProgressionChart from '../charts/ProgressionChart.astro';
import TrialSizeChart from '../charts/TrialSizeChart.astro';
import QuestionsChart from '../charts/QuestionsChart.astro';
import PipelineChart from '../charts/PipelineChart.astro';
import PublisherNote from '../publishing/PublisherNote.astro';

export const mdxComponents = {
  Term,
  Cite,
  Callout,
  KeyPoints,
  Figure,
  ResearchQuestions,
  TreatmentsTested,
  FundingShare,
  FundingTable,
  FundingPerHundred,
  FundingChart,
  StrategyChart,
  ProgressionChart,
  TrialSizeChart,
  QuestionsChart,
  PipelineChart,
  PublisherNote,
};
