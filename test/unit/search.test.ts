/** The pure parts of search: the address, filters, excerpts, what counts as a match, the status line. */
import { describe, expect, it } from 'vitest';
import {
  answersQuery, cleanQuery, excerptParts, filterPhrase, glossaryRecord, maxQueryLength, pagefindFilters,
  readSearchState, searchTerms, statusMessage, toggleFilter, writeSearchState,
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
