/**
 * Structured data (schema.org JSON-LD) that search engines and other tools read: a BreadcrumbList
 * on every page, a MedicalWebPage with its review date on articles, a Drug or a therapy with its
 * MedicalTrials on therapy pages, and a Dataset for the open pipeline data. Pure: data in, plain
 * objects out; BaseLayout writes them into a <script type="application/ld+json"> data block.
 */
import type { Crumb } from './breadcrumbs';
import { isoDate } from './dates';
import { licence } from './licence';
import type { Publisher } from './publisher';

export type JsonLd = Record<string, unknown>;

const context = 'https://schema.org';
const absolute = (href: string, site: URL) => new URL(href, site).href;

export function breadcrumbList(trail: readonly Crumb[], site: URL): JsonLd {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.label, item: absolute(crumb.href, site) })),
  };
}

/** The organisation or person responsible; omitted when the deploy names none. */
function publisherOf(publisher: Publisher | undefined): JsonLd | undefined {
  return publisher ? { '@type': 'Organization', name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) } : undefined;
}

export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  lastReviewed: Date;
  siteName: string;
  publisher?: Publisher | undefined;
  /** The medical condition the page is about. */
  about: { name: string; code?: string };
}

/** Progressive MS, as a MedicalCondition (ICD-10 G35 is multiple sclerosis). */
export const progressiveMs = { name: 'Progressive multiple sclerosis', code: 'G35' } as const;

function condition(about: ArticleFacts['about']): JsonLd {
  return {
    '@type': 'MedicalCondition',
    name: about.name,
    ...(about.code ? { code: { '@type': 'MedicalCode', code: about.code, codingSystem: 'ICD-10' } } : {}),
  };
}

export function medicalWebPage(facts: ArticleFacts): JsonLd {
  const publisher = publisherOf(facts.publisher);
  return {
    '@context': context,
    '@type': 'MedicalWebPage',
    name: facts.title,
    headline: facts.title,
    description: facts.description,
    url: facts.url,
    inLanguage: 'en-GB',
    lastReviewed: isoDate(facts.lastReviewed),
    about: condition(facts.about),
    audience: { '@type': 'PeopleAudience', audienceType: 'People with progressive MS, their families and advocates' },
    isPartOf: { '@type': 'WebSite', name: facts.siteName, url: new URL('/', facts.url).href },
    license: licence.url,
    ...(publisher ? { publisher } : {}),
  };
}

export interface TherapyFacts extends Omit<ArticleFacts, 'about'> {
  name: string;
  aliases: readonly string[];
  /** true for a medicine (Drug); false for exercise, rehabilitation and other non-drug therapies. */
  isDrug: boolean;
  trials: readonly { name: string; phase: string; status: 'ongoing' | 'completed'; registryUrl?: string | undefined; population: string }[];
}

export function therapyPage(facts: TherapyFacts): JsonLd {
  const therapy: JsonLd = {
    '@type': facts.isDrug ? 'Drug' : 'MedicalTherapy',
    name: facts.name,
    ...(facts.aliases.length ? { alternateName: [...facts.aliases] } : {}),
    description: facts.description,
  };
  const trials = facts.trials.map((trial) => ({
    '@type': 'MedicalTrial',
    name: trial.name,
    ...(trial.phase !== 'none' ? { phase: `Phase ${trial.phase}` } : {}),
    // Only what the content knows: whether a running trial is recruiting is not recorded.
    ...(trial.status === 'completed' ? { status: 'https://schema.org/Completed' } : {}),
    studySubject: { '@type': facts.isDrug ? 'Drug' : 'MedicalTherapy', name: facts.name },
    healthCondition: condition({ name: trial.population }),
    ...(trial.registryUrl ? { url: trial.registryUrl } : {}),
  }));
  return {
    ...medicalWebPage({ ...facts, about: progressiveMs }),
    mainEntity: therapy,
    mentions: trials,
  };
}

export interface DatasetFacts {
  name: string;
  description: string;
  url: string;
  dateModified: Date;
  siteName: string;
  publisher?: Publisher | undefined;
  files: readonly { url: string; format: string }[];
}

export function dataset(facts: DatasetFacts): JsonLd {
  const publisher = publisherOf(facts.publisher);
  return {
    '@context': context,
    '@type': 'Dataset',
    name: facts.name,
    description: facts.description,
    url: facts.url,
    dateModified: isoDate(facts.dateModified),
    license: licence.url,
    isAccessibleForFree: true,
    creator: publisher ?? { '@type': 'Organization', name: facts.siteName },
    distribution: facts.files.map((file) => ({ '@type': 'DataDownload', contentUrl: file.url, encodingFormat: file.format })),
  };
}

/** JSON for a <script type="application/ld+json"> block; "<" is escaped so no text can close the element. */
export function jsonLdText(items: readonly JsonLd[]): string {
  return JSON.stringify(items.length === 1 ? items[0] : items).replaceAll('<', '\\u003c');
}
