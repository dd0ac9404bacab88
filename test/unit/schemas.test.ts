/**
 * The content schemas accept good entries and reject bad ones with messages an editor can
 * act on. References are stood in for by plain ids; the build checks that they exist.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { siteToday, siteYear } from '../../src/lib/today.ts';
import { sourceSchema } from '../../src/content/schemas/source';
import { glossarySchema } from '../../src/content/schemas/glossary';
import { articleSchema } from '../../src/content/schemas/article';
import { questionSchema } from '../../src/content/schemas/question';
import { decisionSchema, historySchema, therapySchema, trialSchema } from '../../src/content/schemas/therapy';
import { fundingAreaSchema, fundingSchema } from '../../src/content/schemas/funding';
import { approachSchema, gapSchema } from '../../src/content/schemas/gap';
import { progressionFactSchema, progressionSchema } from '../../src/content/schemas/progression';

const id = z.string();
const schemas = {
  source: sourceSchema,
  glossary: glossarySchema(id, id),
  article: articleSchema(id),
  question: questionSchema(id, id),
  therapy: therapySchema(id, id, id),
  funding: fundingSchema(id, id),
  gap: gapSchema(id, id),
  progression: progressionSchema(id, id),
};

/** The messages zod gives for `value`, as "path: message". */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const tomorrow = new Date(siteToday().getTime() + 24 * 3600 * 1000);

const goodArticle = {
  title: 'Fatigue',
  summary: 'Fatigue is common and hard to treat.',
  keyPoints: ['It is common.', 'It is hard to measure.'],
  sources: ['zackowski-2021'],
  lastReviewed: day('2026-11-20'),
  order: 1,
};
const goodSource = {
  authors: ['Zackowski KM'],
  title: 'Prioritizing progressive MS rehabilitation research',
  journal: 'Multiple Sclerosis Journal',
  published: day('2021-03-15'),
  doi: '10.1177/1352458521999970',
  kind: 'journal-article',
};
const goodTrial = {
  name: 'ORATORIO',
  registryIds: ['NCT01194570'],
  phase: '3',
  population: 'ppms',
  startYear: 2011,
  resultYear: 2017,
  primaryOutcome: 'Lasting worsening of disability.',
  outcome: 'positive',
  result: 'Fewer people got worse.',
  sources: ['a'],
};
const recruitment = { status: 'recruiting', asOf: day('2026-11-01'), sources: ['a'] };
const goodTherapy = {
  name: 'ocrelizumab',
  aliases: ['Ocrevus'],
  summary: 'Removes B cells.',
  meaning: 'It slows worsening a little for some people.',
  mechanism: 'anti-cd20',
  purpose: 'disease-modifying',
  populations: ['ppms'],
  status: 'approved',
  checked: day('2026-11-01'),
  trials: [goodTrial],
  sources: ['a'],
};

describe('every schema field is documented for editors', () => {
  const withTrial = { ...schemas, trial: trialSchema(id, id), fundingArea: fundingAreaSchema(id) };
  it.each(Object.entries(withTrial))('%s', (_name, schema) => {
    const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
    expect(Object.keys(shape).length).toBeGreaterThan(2);
    const undocumented = Object.entries(shape)
      .filter(([, field]) => !field.description)
      .map(([key]) => key);
    expect(undocumented).toEqual([]);
  });
});

describe('article', () => {
  const schema = schemas.article;
  it('accepts a complete page', () => expect(problems(schema, goodArticle)).toEqual([]));
  it('names a missing title', () => {
    const { title: _t, ...rest } = goodArticle;
    expect(problems(schema, rest)).toEqual(['title: missing: expected a title']);
  });
  it('refuses an unknown field and lists the allowed ones', () => {
    expect(problems(schema, { ...goodArticle, subtitle: 'x' })[0]).toMatch(/unknown field "subtitle": allowed fields are title, navTitle, summary/);
  });
  it('wants the summary as one sentence', () => {
    expect(problems(schema, { ...goodArticle, summary: 'One. Two sentences here.' })[0]).toMatch(/^summary: expected the summary .* as one sentence/);
    expect(problems(schema, { ...goodArticle, summary: 'No full stop' })[0]).toMatch(/ends with a full stop/);
  });
  it('wants 2 to 5 key points', () => {
    expect(problems(schema, { ...goodArticle, keyPoints: ['Only one.'] })).toEqual(['keyPoints: expected at least 2 key points']);
    expect(problems(schema, { ...goodArticle, keyPoints: Array(6).fill('A point.') })[0]).toMatch(/at most 5 key points/);
  });
  it('wants at least one source', () => {
    expect(problems(schema, { ...goodArticle, sources: [] })[0]).toMatch(/at least one source/);
  });
  it('wants a real review date, not in the future', () => {
    expect(problems(schema, { ...goodArticle, lastReviewed: 'last week' })[0]).toBe(
      'lastReviewed: expected the last review date as a date written YYYY-MM-DD, for example 2026-11-20, got "last week"',
    );
    expect(problems(schema, { ...goodArticle, lastReviewed: tomorrow })[0]).toMatch(/in the future/);
  });
});

describe('source', () => {
  const schema = schemas.source;
  it('accepts a journal article and a year-only date', () => {
    expect(problems(schema, goodSource)).toEqual([]);
    expect(problems(schema, { ...goodSource, published: 2021 })).toEqual([]);
  });
  it('wants a date for every source, or unknown with the reason and the day it was read', () => {
    const { published: _p, ...undated } = goodSource;
    expect(problems(schema, undated)[0]).toMatch(/^published: missing: expected the publication date/);
    const webPage = { ...undated, kind: 'web-page', journal: undefined, publisher: 'MS Canada', url: 'https://example.org/' };
    expect(problems(schema, webPage)[0]).toMatch(/^published: missing/);
    expect(problems(schema, { ...webPage, published: 'unknown' })).toEqual([
      'published: expected unknownReason (why there is no date) and accessed (the day you read it) for a work whose published date is unknown',
    ]);
    expect(problems(schema, { ...webPage, published: 'unknown', unknownReason: 'The page shows no date.', accessed: day('2026-11-20') })).toEqual([]);
    expect(problems(schema, { ...goodSource, unknownReason: 'No date.' })).toEqual(['unknownReason: expected no unknownReason: the work has a published date']);
    expect(problems(schema, { ...goodSource, published: siteYear() + 1 })[0]).toMatch(/^published: expected a year of \d{4} or earlier/);
  });
  it('wants a way to find the work', () => {
    const { doi: _d, ...rest } = goodSource;
    expect(problems(schema, rest)).toEqual(['url: expected a doi or a url (or both), so a reader can find the work']);
  });
  it('checks DOIs and addresses', () => {
    expect(problems(schema, { ...goodSource, doi: 'https://doi.org/10.1177/1' })[0]).toMatch(/^doi: expected a DOI/);
    expect(problems(schema, { ...goodSource, url: 'http://example.org/' })[0]).toMatch(/^url: expected .* https:\/\//);
  });
  it('wants the journal of an article and a known kind', () => {
    const { journal: _j, ...rest } = goodSource;
    expect(problems(schema, rest)).toEqual(['journal: expected journal for a journal-article']);
    expect(problems(schema, { ...goodSource, kind: 'blog' })[0]).toMatch(/^kind: expected one of journal-article, press-release/);
  });
});

describe('glossary', () => {
  const schema = schemas.glossary;
  it('accepts a term and fills defaults', () => {
    const parsed = schema.parse({ term: 'Placebo', definition: 'A dummy treatment.' });
    expect(parsed.aliases).toEqual([]);
    expect(parsed.seeAlso).toEqual([]);
  });
  it('keeps definitions to 40 words', () => {
    const long = Array(41).fill('word').join(' ');
    expect(problems(schema, { term: 'X', definition: long })).toEqual(['definition: expected a plain definition of at most 40 words, got 41 words']);
  });
});

describe('question', () => {
  const schema = schemas.question;
  const good = { symptom: 'fatigue', question: 'How do we measure fatigue?', whyItMatters: 'It matters.', theme: 'measuring', order: 1, source: 'a' };
  it('accepts a question', () => expect(problems(schema, good)).toEqual([]));
  it('wants a question mark and a known theme', () => {
    expect(problems(schema, { ...good, question: 'Measure fatigue.' })).toEqual(['question: expected the question to end with a question mark']);
    expect(problems(schema, { ...good, theme: 'other' })[0]).toMatch(/^theme: expected one of measuring, treating/);
  });
});

describe('therapy and trial', () => {
  const schema = schemas.therapy;
  it('accepts a therapy with a trial', () => expect(problems(schema, goodTherapy)).toEqual([]));
  it('refuses a malformed registry ID and says what one looks like', () => {
    const bad = { ...goodTherapy, trials: [{ ...goodTrial, registryIds: ['NCT123'] }] };
    expect(problems(schema, bad)[0]).toMatch(
      /^trials\.0\.registryIds\.0: expected a registry ID shaped like ClinicalTrials\.gov like NCT01194570.*got "NCT123"/,
    );
  });
  it('refuses an unknown phase or mechanism', () => {
    expect(problems(schema, { ...goodTherapy, trials: [{ ...goodTrial, phase: 3 }] })[0]).toMatch(/^trials\.0\.phase: expected a phase, one of 1, 1\/2, 2/);
    expect(problems(schema, { ...goodTherapy, mechanism: 'magic' })[0]).toMatch(/^mechanism: expected one of anti-cd20/);
  });
  it('refuses a status date in the future and a therapy without sources', () => {
    expect(problems(schema, { ...goodTherapy, checked: tomorrow })[0]).toMatch(/^checked: .*in the future/);
    expect(problems(schema, { ...goodTherapy, sources: [] })[0]).toMatch(/^sources: expected at least one source/);
  });
  it('wants the symptom a symptomatic therapy targets', () => {
    expect(problems(schema, { ...goodTherapy, purpose: 'symptomatic' })).toEqual([
      'targets: expected targets (the symptom it eases) for a symptomatic or rehabilitation therapy',
    ]);
    expect(problems(schema, { ...goodTherapy, purpose: 'symptomatic', targets: 'walking speed' })).toEqual([]);
  });
  it('wants a result exactly when a trial has finished', () => {
    const trial = trialSchema(id, id);
    const { result: _r, ...noResult } = goodTrial;
    expect(problems(trial, noResult)).toEqual(['result: expected a result for a finished or stopped trial, and none for an ongoing one']);
    expect(problems(trial, { ...goodTrial, outcome: 'ongoing', recruitment })).toEqual([
      'result: expected a result for a finished or stopped trial, and none for an ongoing one',
    ]);
    expect(problems(trial, { ...noResult, outcome: 'ongoing', recruitment })).toEqual([]);
    expect(problems(trial, { ...goodTrial, outcome: 'worked' })[0]).toMatch(
      /^outcome: expected one of positive, mixed, did-not-work, no-better-dose, stopped, ongoing/,
    );
  });
  it('wants a running trial to say whether it is recruiting, as of a day, with a source', () => {
    const trial = trialSchema(id, id);
    const { result: _r, resultYear: _y, ...running } = { ...goodTrial, outcome: 'ongoing' };
    expect(problems(trial, running)).toEqual([
      'recruitment: expected recruitment (status, asOf, sources) for a running trial, so readers know whether they could join',
    ]);
    expect(problems(trial, { ...running, recruitment })).toEqual([]);
    expect(problems(trial, { ...running, recruitment: { ...recruitment, status: 'open' } })[0]).toMatch(
      /^recruitment\.status: expected one of not-yet-recruiting, recruiting, active-not-recruiting, completed, stopped-early, withdrawn, not-known/,
    );
    expect(problems(trial, { ...running, recruitment: { ...recruitment, asOf: tomorrow } })[0]).toMatch(/^recruitment\.asOf: .*in the future/);
    expect(problems(trial, { ...running, recruitment: { ...recruitment, sources: [] } })).toEqual([
      'recruitment.sources: expected at least one source for the recruitment status',
    ]);
  });
  it('takes countries as ISO codes with their source, eligibility and expected results with theirs', () => {
    const trial = trialSchema(id, id);
    expect(problems(trial, { ...goodTrial, countries: ['GB', 'AU'], countriesSources: ['a'] })).toEqual([]);
    expect(problems(trial, { ...goodTrial, countries: ['GB'] })).toEqual([
      'countriesSources: expected countriesSources: the ids of the sources that list the countries',
    ]);
    expect(problems(trial, { ...goodTrial, countries: ['UK'], countriesSources: ['a'] })[0]).toMatch(
      /^countries\.0: expected a two-letter ISO country code in capitals, such as GB \(United Kingdom\), US, AU or DE; got "UK"/,
    );
    expect(
      problems(trial, { ...goodTrial, eligibility: { text: 'Adults aged 25 to 65 with progressive MS.', ageMin: 25, ageMax: 65, sources: ['a'] } }),
    ).toEqual([]);
    expect(problems(trial, { ...goodTrial, eligibility: { text: 'Adults.', sources: [] } })).toEqual([
      'eligibility.sources: expected at least one source for who can take part',
    ]);
    expect(problems(trial, { ...goodTrial, expectedResults: { year: 2027, month: 10, sources: ['a'] } })).toEqual([]);
    expect(problems(trial, { ...goodTrial, expectedResults: { year: 2027, month: 13, sources: ['a'] } })[0]).toMatch(/^expectedResults\.month/);
    expect(problems(trial, { ...goodTrial, endYear: 2010 })).toEqual(['endYear: expected endYear to be the same as or after startYear']);
  });
  it('keeps trial years in order and in the past', () => {
    const trial = trialSchema(id, id);
    expect(problems(trial, { ...goodTrial, resultYear: 2009 })).toEqual(['resultYear: expected resultYear to be the same as or after startYear']);
    expect(problems(trial, { ...goodTrial, startYear: siteYear() + 1 })[0]).toMatch(/^startYear: expected the start year of \d{4} or earlier/);
    const { startYear: _s, resultYear: _r, ...undated } = goodTrial;
    expect(problems(trial, undated)[0]).toMatch(/^startYear: expected startYear or resultYear/);
  });
});

describe('decisions and history', () => {
  const decision = decisionSchema(id);
  const good = {
    regulator: 'us-fda',
    populations: ['ppms'],
    indication: 'adults with primary progressive MS',
    decision: 'approved',
    date: day('2017-03-28'),
    sources: ['a'],
  };
  it('takes a regulator, the types of MS, the decision, its date and source', () => {
    expect(problems(decision, good)).toEqual([]);
    expect(problems(decision, { ...good, datePrecision: 'month' })).toEqual([]);
    expect(problems(decision, { ...good, regulator: 'fda' })[0]).toMatch(/^regulator: expected one of us-fda, eu-ec/);
    expect(problems(decision, { ...good, decision: 'licensed' })[0]).toMatch(
      /^decision: expected one of approved, conditional, refused, under-review, withdrawn/,
    );
    expect(problems(decision, { ...good, populations: [] })).toEqual(['populations: expected at least one type of MS the decision covers']);
    expect(problems(decision, { ...good, sources: [] })).toEqual(['sources: expected at least one source for the decision']);
    expect(problems(decision, { ...good, date: tomorrow })[0]).toMatch(/^date: .*in the future/);
  });
  it("dates each change in a therapy's history and cites it", () => {
    const history = historySchema(id);
    const change = { date: day('2025-12-24'), kind: 'decision', text: 'The FDA declined to approve it.', sources: ['a'] };
    expect(problems(history, change)).toEqual([]);
    expect(problems(history, { ...change, kind: 'news' })[0]).toMatch(
      /^kind: expected one of trial-started, trial-reported, trial-changed, decision, status-changed/,
    );
    expect(problems(history, { ...change, sources: [] })).toEqual(['sources: expected at least one source for the change']);
  });
});

describe('funding', () => {
  const schema = schemas.funding;
  const goodFunding = {
    year: 2017,
    totalMillions: 228.7,
    funders: 'the Alliance and five MS societies',
    areas: [{ id: 'fatigue-or-pain', label: 'Fatigue or pain', percent: 1.3, symptoms: ['fatigue', 'pain'] }],
    source: 'a',
  };
  it('accepts a report with areas as the source groups them', () => {
    expect(problems(schema, goodFunding)).toEqual([]);
  });
  it('refuses shares that add up to more than the whole', () => {
    const areas = [
      { ...goodFunding.areas[0]!, percent: 60 },
      { ...goodFunding.areas[0]!, id: 'b', percent: 50 },
    ];
    expect(problems(schema, { ...goodFunding, areas })).toEqual(['areas: expected the areas to add up to 100% or less']);
  });
  it('wants a number for a percentage and a symptom for each area', () => {
    expect(problems(schema, { ...goodFunding, areas: [{ ...goodFunding.areas[0]!, percent: '1.3%' }] })[0]).toBe(
      'areas.0.percent: expected a percentage such as 1.3, got "1.3%"',
    );
    expect(problems(schema, { ...goodFunding, areas: [{ ...goodFunding.areas[0]!, symptoms: [] }] })[0]).toBe(
      'areas.0.symptoms: expected at least one symptom page id',
    );
  });
});

describe('gap', () => {
  const schema = schemas.gap;
  const goodGap = {
    title: 'Speeding up clinical trials',
    label: 'Trials',
    page: 'trials',
    order: 2,
    approaches: [
      { text: 'Test several drugs at once in multi-arm trials', source: 'a' },
      { text: 'Find early signs in blood and on scans', source: 'b' },
    ],
  };
  it('accepts a gap with its approaches', () => expect(problems(schema, goodGap)).toEqual([]));
  it('documents both fields of an approach (text and source) for editors', () => {
    const shape = (approachSchema(id) as unknown as { shape: Record<string, z.ZodType> }).shape;
    expect(Object.entries(shape).map(([key, field]) => [key, Boolean(field.description)])).toEqual([
      ['text', true],
      ['source', true],
    ]);
  });
  it('names the approach and field that is wrong', () => {
    const approaches = [goodGap.approaches[0]!, { text: 'Find early signs.', source: 'b' }];
    expect(problems(schema, { ...goodGap, approaches })).toEqual(['approaches.1.text: expected a short approach without a full stop at the end']);
    const { source: _s, ...noSource } = goodGap.approaches[0]!;
    expect(problems(schema, { ...goodGap, approaches: [noSource, goodGap.approaches[1]] })[0]).toMatch(/^approaches\.0\.source: /);
  });
  it('keeps approaches short and the list between 2 and 6', () => {
    const long = { text: Array(15).fill('word').join(' '), source: 'a' };
    expect(problems(schema, { ...goodGap, approaches: [long, goodGap.approaches[1]] })).toEqual([
      'approaches.0.text: expected a short approach of at most 14 words, got 15 words',
    ]);
    expect(problems(schema, { ...goodGap, approaches: [goodGap.approaches[0]] })).toEqual(['approaches: expected at least 2 approaches']);
    expect(problems(schema, { ...goodGap, approaches: Array(7).fill(goodGap.approaches[0]) })[0]).toMatch(/^approaches: expected at most 6 approaches/);
  });
  it('refuses an unknown field and lists the allowed ones', () => {
    expect(problems(schema, { ...goodGap, colour: 'red' })[0]).toMatch(/unknown field "colour": allowed fields are title, label, page, order, approaches/);
  });
});

describe('progression', () => {
  const schema = schemas.progression;
  const goodPart = {
    kind: 'factor',
    label: 'Genes',
    order: 5,
    whatIsKnown: [{ text: "The strategy paper names genes as one of the factors that may shape a person's course.", source: 'a' }],
  };
  it('documents both fields of a sentence (text and source) for editors', () => {
    const shape = (progressionFactSchema(id) as unknown as { shape: Record<string, z.ZodType> }).shape;
    expect(Object.entries(shape).map(([key, field]) => [key, Boolean(field.description)])).toEqual([
      ['text', true],
      ['source', true],
    ]);
  });
  it('accepts a part, with or without a glossary term', () => {
    expect(problems(schema, goodPart)).toEqual([]);
    expect(problems(schema, { ...goodPart, term: 'inflammation' })).toEqual([]);
  });
  it('wants a known kind', () => {
    expect(problems(schema, { ...goodPart, kind: 'cause' })[0]).toBe('kind: expected one of process, compensation, outcome, factor, got "cause"');
  });
  it('wants what is known as sourced sentences', () => {
    expect(problems(schema, { ...goodPart, whatIsKnown: [] })).toEqual(['whatIsKnown: expected at least one sentence of what is known']);
    expect(problems(schema, { ...goodPart, whatIsKnown: [{ text: 'Genes matter', source: 'a' }] })[0]).toMatch(
      /^whatIsKnown\.0\.text: expected one plain sentence .* ends with a full stop/,
    );
    expect(problems(schema, { ...goodPart, whatIsKnown: [{ text: 'Genes matter.' }] })[0]).toMatch(/^whatIsKnown\.0\.source: /);
  });
});
