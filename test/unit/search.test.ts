/** The pure parts of search: the address, filters, excerpts, what counts as a match, the status line. */
import { describe, expect, it } from 'vitest';
import {
  answersQuery,
  cleanQuery,
  excerptFromContent,
  excerptParts,
  filterPhrase,
  glossaryRecord,
  maxQueryLength,
  pagefindFilters,
  readSearchState,
  searchTerms,
  statusMessage,
  toggleFilter,
  writeSearchState,
} from '../../src/lib/search';
import { therapySearchMeta } from '../../src/lib/therapy-search';

describe('the search address', () => {
  it('reads the query and the filters, ignoring unknown keys and blank values', () => {
    expect(readSearchState('?q=%20walking%20%20aids%20&section=Symptoms&section=Glossary&section=&colour=red')).toEqual({
      query: 'walking aids',
      filters: { section: ['Symptoms', 'Glossary'] },
    });
    expect(readSearchState('')).toEqual({ query: '', filters: {} });
  });

  it('writes what it reads, and nothing for an empty search', () => {
    const state = { query: 'thinking and memory', filters: { section: ['Symptoms'], symptom: ['Thinking and memory'] } };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
    expect(writeSearchState({ query: '', filters: {} })).toBe('');
  });

  it('keeps markup in the query as text, encoded in the address', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const search = writeSearchState({ query: hostile, filters: {} });
    expect(search).not.toMatch(/[<>]/);
    expect(readSearchState(search).query).toBe(hostile);
  });

  it('cuts a very long query', () => {
    expect(cleanQuery('a'.repeat(maxQueryLength + 50))).toHaveLength(maxQueryLength);
  });
});

describe('filters', () => {
  it('toggle on and off', () => {
    const on = toggleFilter({ query: 'pain', filters: {} }, 'section', 'Symptoms');
    expect(on.filters).toEqual({ section: ['Symptoms'] });
    expect(toggleFilter(on, 'section', 'Symptoms').filters).toEqual({});
  });

  it('drop the therapy filters when Pipeline is no longer chosen', () => {
    const state = { query: 'x', filters: { section: ['Pipeline'], mechanism: ['Neuroprotective'], status: ['Did not work'] } };
    expect(toggleFilter(state, 'section', 'Pipeline').filters).toEqual({});
    expect(toggleFilter(state, 'section', 'Glossary').filters).toEqual({ ...state.filters, section: ['Pipeline', 'Glossary'] });
  });

  it('become Pagefind filters: any value within a filter, every filter at once', () => {
    expect(pagefindFilters({ section: ['Symptoms', 'Glossary'], symptom: ['Pain'] })).toEqual({
      section: { any: ['Symptoms', 'Glossary'] },
      symptom: { any: ['Pain'] },
    });
  });

  it('are named in words in the filters’ order', () => {
    expect(filterPhrase({ symptom: ['Pain'], section: ['Symptoms', 'Glossary'] })).toBe('Symptoms or Glossary, Pain');
    expect(filterPhrase({})).toBe('');
  });
});

describe('excerpts', () => {
  it('become text and marked parts, with entities decoded and never any other markup', () => {
    expect(excerptParts('Signs of &lt;b&gt; <mark>fatigue</mark> &amp; &#8220;pain&#x201D;.')).toEqual([
      { text: 'Signs of <b> ', match: false },
      { text: 'fatigue', match: true },
      { text: ' & “pain”.', match: false },
    ]);
    expect(excerptParts('a <img src=x onerror=alert(1)>b')).toEqual([{ text: 'a b', match: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('excerpts cut from the words of the page', () => {
  const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
  const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);
  const at = (content: string, ...words: string[]) => words.map((w) => content.split(/\s+/).indexOf(w));
  const fatigue =
    'It is the most common symptom of MS.\u2060[2] As of 2021, no medicine had been approved in the United States for MS fatigue.\u2060[2] Even so, doctors often prescribe three medicines for it: amantadine, modafinil and methylphenidate.';

  it('start where the sentence with the match starts, so a "no" before the match is kept', () => {
    const parts = excerptFromContent(fatigue, at(fatigue, 'approved'), 8);
    expect(text(parts)).toMatch(/^As of 2021, no medicine had been approved/);
    expect(marked(parts)).toEqual(['approved']);
  });

  it('start at a list item or heading boundary, and drop citation markers', () => {
    const list =
      'What it found. Who took part: 141 people with MS and fatigue. How it worked: each person took all three medicines.\u2060[3] Nobody knew which.';
    const parts = excerptFromContent(list, at(list, 'medicines.\u2060[3]'), 12);
    expect(text(parts)).toBe('How it worked: each person took all three medicines.');
  });

  it('skip the middle of a very long sentence only when no negation is skipped', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const plain = `Start of a very long sentence ${filler} reaches the match here.`;
    expect(text(excerptFromContent(plain, at(plain, 'match'), 10))).toMatch(/^Start of a very long sentence … word3\d .* match here\.$/);
    const negated = `Start of a very long sentence that never ${filler} reaches the match here.`;
    const kept = text(excerptFromContent(negated, at(negated, 'match'), 10));
    expect(kept).toContain('never');
    expect(kept).not.toContain('…');
  });

  it('show the sentence with the most of the words searched, and run a heading on into its text', () => {
    const page = `Fatigue. ${fatigue} Fatigue scores got better on the placebo too.`;
    const words = page.split(/\s+/);
    const locations = words.flatMap((w, i) => (/^(fatigue|approved)/i.test(w) ? [i] : []));
    expect(text(excerptFromContent(page, locations, 24))).toMatch(/^As of 2021, no medicine had been approved/);
    const heading = 'Fatigue. In short. Fatigue is the most common MS symptom, and three drugs tried for it did no better than a dummy pill.';
    expect(text(excerptFromContent(heading, [0], 24))).toMatch(/^Fatigue\. In short\. Fatigue is the most common/);
  });

  it('end at the sentence end when it is near, or say that it runs on', () => {
    const long = `Fatigue is ${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')} end.`;
    const parts = excerptFromContent(long, at(long, 'Fatigue'), 12);
    expect(text(parts).endsWith(' …')).toBe(true);
    expect(text(parts).split(' ').length).toBeLessThanOrEqual(14);
  });

  it('keep a space between a label and its value, as the page has one', () => {
    const page = 'How it works Neuroprotective. Status Positive result, as of 3 August 2023.';
    expect(text(excerptFromContent(page, at(page, 'Positive'), 24))).toBe('Status Positive result, as of 3 August 2023.');
  });

  it('do not count "e.g." or "et al." as the end of a sentence, and are empty with no matches', () => {
    const page = 'Thompson et al. found that treatments not yet approved can still help.';
    expect(text(excerptFromContent(page, at(page, 'approved'), 24))).toMatch(/^Thompson et al\. found that treatments not yet approved/);
    expect(excerptFromContent(page, [], 24)).toEqual([]);
    expect(excerptFromContent(page, [99], 24)).toEqual([]);
  });
});

describe('the words searched', () => {
  it('leave out small words that every page has, but not abbreviations', () => {
    expect(searchTerms('what is PPMS')).toBe('PPMS');
    expect(searchTerms('problems with my memory')).toBe('problems memory');
    expect(searchTerms('thinking and memory')).toBe('thinking memory');
    expect(searchTerms('MS fatigue')).toBe('MS fatigue');
    expect(searchTerms('phase 3')).toBe('phase 3');
  });

  it('keep a query of only small words', () => {
    expect(searchTerms('what is it')).toBe('what is it');
  });
});

describe('what counts as an answer to the query', () => {
  it('accepts whole words, other endings and small typos', () => {
    expect(answersQuery('walking', ['Walking,'])).toBe(true);
    expect(answersQuery('memories', ['memory'])).toBe(true);
    expect(answersQuery('fatige', ['fatigue.'])).toBe(true);
    expect(answersQuery('NfL', ['NfL'])).toBe(true);
    expect(answersQuery('thinking and memory', ['Thinking', 'and', 'memory'])).toBe(true);
    expect(answersQuery('multi-arm', ['multi-arm'])).toBe(true);
  });

  it('refuses a stray short word that only begins the query word', () => {
    expect(answersQuery('chocolate', ['CH,'])).toBe(false);
    expect(answersQuery('zumba', ['z'])).toBe(false);
    expect(answersQuery('walking chocolate', ['walking', 'CH'])).toBe(false);
    expect(answersQuery('MS', ['M'])).toBe(false);
  });

  it('takes a match on keywords alone, with no words on the page, as it is', () => {
    expect(answersQuery('Ocrevus', [])).toBe(true);
  });
});

describe('the status line', () => {
  it('says how many results, and of how many when filtered', () => {
    expect(statusMessage({ query: 'fatigue', count: 1, total: 1, filters: {} })).toBe('1 result for “fatigue”.');
    expect(statusMessage({ query: 'fatigue', count: 12, total: 12, filters: {} })).toBe('12 results for “fatigue”.');
    expect(statusMessage({ query: 'fatigue', count: 3, total: 12, filters: { section: ['Glossary'] } })).toBe(
      '3 of 12 results for “fatigue”, showing only Glossary.',
    );
  });

  it('says when it searched for fewer of the words', () => {
    expect(statusMessage({ query: 'balance problems dizziness', relaxedTo: 'balance problems', count: 4, total: 4, filters: {} })).toBe(
      'No page has all the words “balance problems dizziness”. 4 results for “balance problems”.',
    );
  });

  it('says plainly when nothing matched, and what the filters hide', () => {
    expect(statusMessage({ query: 'chocolate', count: 0, total: 0, filters: {} })).toBe('No results for “chocolate”.');
    expect(statusMessage({ query: 'pain', count: 0, total: 5, filters: { symptom: ['Fatigue'] } })).toBe(
      'No results for “pain” showing only Fatigue. Without the filters there are 5 results.',
    );
  });
});

describe('search records', () => {
  it('make a glossary term a result of its own, linked to its entry and found by its aliases', () => {
    const record = glossaryRecord({ id: 'primary-progressive-ms', term: 'Primary progressive MS', aliases: ['PPMS'], definition: 'MS that worsens steadily.' });
    expect(record).toEqual({
      url: '/glossary/#primary-progressive-ms',
      content: 'Primary progressive MS. Also called: PPMS. MS that worsens steadily.',
      language: 'en',
      meta: { term: 'Primary progressive MS', summary: 'MS that worsens steadily.', aliases: 'PPMS' },
      filters: { section: ['Glossary'] },
    });
    expect(glossaryRecord({ id: 'x', term: 'X', aliases: [], definition: 'D.' }).meta).not.toHaveProperty('aliases');
  });

  it('give a therapy its other names as keywords and its labels as filters', () => {
    expect(
      therapySearchMeta({
        summary: 'A medicine.',
        purpose: 'disease-modifying',
        aliases: ['Ocrevus'],
        mechanism: 'anti-cd20',
        status: 'approved',
        trials: [{ phase: '2' }, { phase: '3' }],
        symptom: undefined,
      }),
    ).toEqual({
      section: 'Pipeline',
      summary: 'A medicine.',
      keywords: ['Ocrevus'],
      symptoms: [],
      filters: { mechanism: 'Immune: anti-CD20 (B-cell depleting)', phase: 'Phase 3', status: 'Approved for some progressive MS' },
    });
  });
});
