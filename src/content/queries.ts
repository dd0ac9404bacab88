/**
 * Reading articles from the collections, in the shapes the pages need. Kept apart from the
 * pure helpers in lib/ because it depends on astro:content.
 */
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { articleCollections, articleSlug, articleUrl, overviewId, sections, type ArticleCollection } from '../lib/sections';
import { compareOrdered } from '../lib/sequence';
import type { Crumb } from '../lib/breadcrumbs';

export type Article = CollectionEntry<ArticleCollection>;

export async function articlesOf(collection: ArticleCollection): Promise<Article[]> {
  const entries = (await getCollection(collection)) as Article[];
  return entries.sort((a, b) => compareOrdered(a.data, b.data));
}

/** Static paths for a section's articles: the overview at the section root, others below it. */
export async function articlePaths(collection: ArticleCollection) {
  const entries = await articlesOf(collection);
  return entries.map((entry) => ({ params: { slug: articleSlug(entry.id) }, props: { entry } }));
}

/** The section above an article, for the breadcrumb trail. */
export async function parentsOf(collection: ArticleCollection, id: string): Promise<Crumb[]> {
  if (collection === 'pages' || id === overviewId) return [];
  const overview = (await articlesOf(collection)).find((e) => e.id === overviewId);
  return [{ label: overview?.data.navTitle ?? sections[collection].label, href: sections[collection].base }];
}

export async function sourcesOf(entry: Article): Promise<CollectionEntry<'sources'>[]> {
  return getEntries(entry.data.sources);
}

/** Every article on the site with its URL, e.g. for the no-JavaScript search page. */
export async function allArticles(): Promise<{ collection: ArticleCollection; entry: Article; href: string }[]> {
  const lists = await Promise.all(
    articleCollections.map(async (collection) =>
      (await articlesOf(collection)).map((entry) => ({ collection, entry, href: articleUrl(collection, entry.id) })),
    ),
  );
  return lists.flat();
}
