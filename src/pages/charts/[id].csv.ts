/** /charts/<chart id>.csv: the chart's data table as a CSV file, from the same rows the page shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../components/charts/registry';
import { toCsv } from '../../charts/frame/csv';

export const getStaticPaths = (async () => {
  const charts = await loadCharts();
  return charts.map(({ spec }) => ({ params: { id: spec.id }, props: { table: spec.table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(props.table as Parameters<typeof toCsv>[0]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
