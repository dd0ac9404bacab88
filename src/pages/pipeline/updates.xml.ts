/** /pipeline/updates.xml: what changed in the pipeline, newest first, as an Atom feed. */
import type { APIRoute } from 'astro';
import { pipelineHistory } from '../../content/pipeline-history';
import { therapies } from '../../content/therapies';
import { atomFeed } from '../../lib/atom';
import { historyKinds } from '../../lib/therapy-vocabulary';
import { newest } from '../../lib/therapy-state';
import { siteName } from '../../lib/site';
import { formatDateAs } from '../../lib/dates';

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const page = new URL('/pipeline/updates/', base).href;
  const history = await pipelineHistory();
  const updated = newest([...history.map((h) => h.date), ...(await therapies()).map((t) => t.data.checked)]) ?? new Date(0);
  const body = atomFeed({
    id: page,
    title: `${siteName}: what changed in the pipeline`,
    subtitle: 'Trials that started or reported, decisions by regulators, and changes of status, for treatments tested in progressive MS.',
    link: page,
    self: new URL('/pipeline/updates.xml', base).href,
    author: siteName,
    updated,
    entries: history.map((h) => ({
      id: `${page}#${h.id}`,
      title: `${h.therapy.name}: ${historyKinds.labels[h.kind].toLowerCase()}, ${formatDateAs(h.date, h.datePrecision)}`,
      updated: h.date,
      link: `${page}#${h.id}`,
      summary: `${h.text} Sources: ${h.sources.map((s) => `${s.label} (${s.href})`).join('; ')}.`,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
