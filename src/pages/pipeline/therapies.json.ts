/** /pipeline/therapies.json: the pipeline as open data, one record per trial, with the column meanings. */
import type { APIRoute } from 'astro';
import { recordColumns } from '../../lib/pipeline-data';
import { pipelineRecords } from '../../content/pipeline-records';

export const GET: APIRoute = async ({ site }) => {
  const body = {
    title: 'Treatments tested in progressive MS, one record per trial',
    source: new URL('/pipeline/', site ?? 'https://example.org').href,
    columns: recordColumns.map(({ key, description, list, values }) => ({ key, description, list: list ?? false, ...(values ? { values } : {}) })),
    trials: await pipelineRecords(),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
