/** Every therapy's trial timeline, from the checked collection, drawn up to this build's year. */
import { therapies, therapy } from '../../content/therapies';
import { siteYear } from '../../lib/today';
import { timelineChart } from './chart';

/** One therapy's timeline, or a build error naming the file that is missing. */
export async function loadTimelineChart(therapyId: string) {
  const found = await therapy(therapyId);
  if (!found) throw new Error(`<TrialTimelineChart therapy="${therapyId}">: there is no src/content/therapies/${therapyId}.yaml.`);
  return timelineChart(found, siteYear());
}

/** Every therapy's timeline, for the embed pages and downloads. */
export async function timelineCharts() {
  return (await therapies()).map((t) => ({ spec: timelineChart(t, siteYear()), props: { therapy: t.id } }));
}
