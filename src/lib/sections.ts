/**
 * The site's sections and where each content entry lives. One place decides URLs, so
 * links, breadcrumbs, the sitemap and tests never disagree.
 */
export const articleCollections = ['strategy', 'symptoms', 'pages'] as const;
export type ArticleCollection = (typeof articleCollections)[number];

export interface Section {
  /** Name shown in breadcrumbs and search filters. */
  label: string;
  /** Where the section starts; '' for pages at the top level. */
  base: string;
}

export const sections: Record<ArticleCollection, Section> = {
  strategy: { label: 'Strategy', base: '/strategy/' },
  symptoms: { label: 'Symptoms', base: '/symptoms/' },
  pages: { label: 'About this site', base: '/' },
};

/** The id of the entry that is a section's front page (e.g. /strategy/ itself). */
export const overviewId = 'overview';

/** The URL of an article, e.g. ("strategy", "overview") → /strategy/, ("symptoms", "pain") → /symptoms/pain/. */
export function articleUrl(collection: ArticleCollection, id: string): string {
  const { base } = sections[collection];
  if (id === overviewId && collection !== 'pages') return base;
  return `${base}${id}/`;
}

/** The route parameter for an article inside its section, or undefined for the overview. */
export function articleSlug(id: string): string | undefined {
  return id === overviewId ? undefined : id;
}

export const glossaryUrl = (termId?: string) => (termId ? `/glossary/#${termId}` : '/glossary/');
export const therapyUrl = (id: string) => `/pipeline/${id}/`;
export const sourcesUrl = (sourceId?: string) => (sourceId ? `/sources/#${sourceId}` : '/sources/');
