/** /pipeline/therapies.json: the pipeline as open data, one record per trial, with the column meanings. */
import type { APIRoute } from 'astro';
import { recordColumns } from '../../lib/pipeline-data';
import { pipelineRecords } from '../../content/pipeline-records';
import { licence, licenceLine } from '../../lib/licence';
import { siteName } from '../../lib/site';

export const GET: APIRoute = async ({ site }) => {
  const source = new URL('/pipeline/', site ?? 'https://example.org').href;
  const body = {
    title: 'Treatments tested in progressive MS, one record per trial',
    source,
    // The file travels without its page, so it says how it may be reused and credited.
    licence: { name: licence.name, url: licence.url },
    credit: licenceLine(siteName, source),
    columns: recordColumns.map(({ key, description, list, values }) => ({ key, description, list: list ?? false, ...(values ? { values } : {}) })),
    trials: await pipelineRecords(),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
