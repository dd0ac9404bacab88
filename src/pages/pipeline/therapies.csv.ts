/** /pipeline/therapies.csv: the pipeline as open data, one record per trial (see src/lib/pipeline-data.ts). */
import type { APIRoute } from 'astro';
import { toCsv } from '../../charts/frame/csv';
import { csvTable } from '../../lib/pipeline-data';
import { pipelineRecords } from '../../content/pipeline-records';

export const GET: APIRoute = async () => new Response(toCsv(csvTable(await pipelineRecords())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
