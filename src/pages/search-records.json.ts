/**
 * The glossary's search records: each term a result of its own, found by its name, its
 * aliases and its definition. The Pagefind build step (src/integrations/pagefind.ts) reads
 * this file, adds the records to the index and removes the file from the built site.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { glossaryRecord } from '../lib/search';

export const GET: APIRoute = async () => {
  const terms = await getCollection('glossary');
  const records = terms.sort((a, b) => a.id.localeCompare(b.id)).map((entry) => glossaryRecord({ id: entry.id, ...entry.data }));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'content-type': 'application/json' } });
};
