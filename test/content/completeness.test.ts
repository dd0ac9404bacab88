/**
 * Is everything the site promises actually on the built pages? Every gap area and symptom
 * has its page; every research question is on its symptom page; the 2017 funding figures
 * appear as the paper gives them; every article shows sources and a review date; and the
 * page the pipeline links to explains every phase and status the pipeline uses. Each symptom
 * page says what can help now, with sources, and lists the pipeline's treatments for it.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { yamlEntries } from '../support/content-source.ts';
import { phases, statuses } from '../../src/lib/therapy-vocabulary';
import { formatMillionsExact, formatPercent } from '../../src/lib/funding';
import { inSentence } from '../../src/lib/words';
import { statusLabel, type Purpose, type Status } from '../../src/lib/pipeline';

const pages = new Map(builtPages().map((page) => [page.url, page]));
const textOf = (url: string) => pages.get(url)?.$('main').text().replace(/\s+/g, ' ') ?? '';

interface Question {
  symptom: string;
  question: string;
}
interface Funding {
  year: number;
  totalMillions: number;
  areas: { id: string; percent: number; symptoms: string[] }[];
}
interface TherapyFile {
  symptom?: string;
  status: Status;
  purpose: Purpose;
}
const questions = yamlEntries<Question>('questions');
const therapyFiles = yamlEntries<TherapyFile>('therapies');
const funding = yamlEntries<Funding>('funding');
const symptomIds = [...new Set([...questions.map((q) => q.symptom), ...funding.flatMap((f) => f.areas.flatMap((a) => a.symptoms))])];

/** The paper's three gap areas and the trial primer the pipeline relies on: the product's promise. */
const gapAreaPages = ['/strategy/mechanisms/', '/strategy/trials/', '/strategy/wellbeing/'];
const requiredPages = ['/strategy/', ...gapAreaPages, '/symptoms/', '/how-research-works/', '/glossary/', '/sources/'];

describe('every topic has its page', () => {
  it.each(requiredPages)('%s exists', (url) => expect(pages.has(url)).toBe(true));

  it('every symptom named by the questions and the funding data has its page', () => {
    expect(symptomIds.length).toBeGreaterThanOrEqual(4);
    expect(symptomIds.filter((id) => !pages.has(`/symptoms/${id}/`))).toEqual([]);
  });

  it('the strategy overview links to each gap area', () => {
    const links =
      pages
        .get('/strategy/')
        ?.$('main .prose a')
        .map((_, a) => a.attribs['href'])
        .get() ?? [];
    expect(gapAreaPages.filter((url) => !links.includes(url))).toEqual([]);
  });
});

describe('research questions', () => {
  it('there are questions to check', () => expect(questions.length).toBeGreaterThanOrEqual(11));

  it.each(questions.map((q) => [q.id, q] as const))('%s is quoted in full on its symptom page', (id, q) => {
    const item = pages.get(`/symptoms/${q.symptom}/`)?.$(`#question-${id} blockquote`).text().replace(/\s+/g, ' ');
    expect(item).toContain(q.question);
  });
});

describe('the 2017 funding figures', () => {
  const [report] = funding;

  it('are on the symptoms overview exactly as the paper gives them', () => {
    const text = textOf('/symptoms/');
    const figures = [formatMillionsExact(report!.totalMillions), ...report!.areas.map((a) => formatPercent(a.percent))];
    expect(figures.filter((figure) => !text.includes(figure))).toEqual([]);
  });

  it.each(report!.areas.flatMap((area) => area.symptoms.map((symptom) => [symptom, area] as const)))(
    'the %s page gives its share of the total',
    (symptom, area) => {
      const share = pages.get(`/symptoms/${symptom}/`)?.$(`[data-funding-area="${area.id}"]`).text().replace(/\s+/g, ' ') ?? '';
      expect(share).toContain(formatPercent(area.percent));
      expect(share).toContain(formatMillionsExact(report!.totalMillions));
      if (area.symptoms.length > 1) expect(share).toMatch(/shared/);
    },
  );
});

describe('every article is trustworthy', () => {
  const articles = builtPages().filter((page) => page.$('.in-short').length > 0);

  it('finds the articles', () => expect(articles.length).toBeGreaterThanOrEqual(requiredPages.length - 2));

  it.each(articles.map((page) => [page.url, page] as const))('%s lists its sources and a review date', (_url, page) => {
    expect(page.$('.sources ol > li').length).toBeGreaterThan(0);
    expect(page.$('.review-note time[datetime]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('how research works explains the pipeline', () => {
  const text = textOf('/how-research-works/');

  it.each([...phases.keys.map((k) => phases.labels[k]), ...statuses.keys.map((k) => statuses.labels[k])])('explains "%s"', (label) => {
    expect(text).toContain(label);
  });

  it('is linked from the pipeline pages', () => {
    const pipeline = [...pages.values()].filter((page) => page.url.startsWith('/pipeline/') && page.url.endsWith('/'));
    expect(pipeline.length).toBeGreaterThan(0);
    expect(pipeline.filter((page) => page.$('main a[href^="/how-research-works/"]').length === 0).map((p) => p.url)).toEqual([]);
  });
});

describe('every symptom page says what can help now', () => {
  it.each(symptomIds)('/symptoms/%s/ has a "What can help now" section with a cited source that links out', (id) => {
    const $ = pages.get(`/symptoms/${id}/`)!.$;
    const heading = $('.prose h2').filter((_, h) => $(h).text().trim() === 'What can help now');
    expect(heading.length).toBe(1);
    const section = heading.nextUntil('h2');
    expect(section.text()).toMatch(/MS team/);
    const cited = section
      .find('sup.cite a[href^="#source-"]')
      .map((_, a) => a.attribs['href']!.slice('#source-'.length))
      .get();
    expect(cited.length).toBeGreaterThan(0);
    const linkingOut = cited.filter((source) => $(`[id="source-${source}"] a[href^="https://"]`).length > 0);
    expect(linkingOut.length).toBeGreaterThan(0);
  });

  it.each(symptomIds)('/symptoms/%s/ lists exactly the pipeline treatments whose data names it, each with its status', (id) => {
    const $ = pages.get(`/symptoms/${id}/`)!.$;
    const list = $(`[data-treatments-tested="${id}"]`);
    expect(list.length).toBe(1);
    const expected = therapyFiles.filter((t) => t.symptom === id);
    const shown = list
      .find('a')
      .map((_, a) => a.attribs['href'])
      .get();
    expect(shown.sort()).toEqual(expected.map((t) => `/pipeline/${t.id}/`).sort());
    for (const therapy of expected) {
      expect(list.find(`[data-therapy="${therapy.id}"]`).text()).toContain(inSentence(statusLabel(therapy.status, therapy.purpose)));
    }
    if (expected.length === 0) expect(list.text()).toMatch(/No treatment/);
  });

  it('some symptom has treatments in the pipeline, so the list is really checked', () => {
    expect(therapyFiles.filter((t) => t.symptom && symptomIds.includes(t.symptom)).length).toBeGreaterThan(0);
  });
});
