import { describe, expect, it } from 'vitest';
import { isAbbreviation, unmarkedFirstMentions, type GlossaryWords, type Segment } from '../../src/lib/term-mentions';

const glossary: GlossaryWords[] = [
  { id: 'multiple-sclerosis', term: 'Multiple sclerosis', aliases: ['MS'] },
  { id: 'progressive-ms', term: 'Progressive MS', aliases: ['progressive multiple sclerosis'] },
  { id: 'neurofilament-light', term: 'Neurofilament light', aliases: ['NfL', 'neurofilament light chain'] },
  { id: 'mobility', term: 'Mobility', aliases: ['walking'] },
  { id: 'lesion', term: 'Lesion', aliases: ['lesions'] },
  { id: 'clinical-trial', term: 'Clinical trial', aliases: ['trial', 'study'] },
];
const ids = (segments: Segment[]) => unmarkedFirstMentions(segments, glossary).map((m) => m.termId);

describe('isAbbreviation', () => {
  it('accepts one-word names with two or more capitals', () => {
    for (const name of ['MS', 'NfL', '9HPT', 'BTKi', 'T25FW', 'PRLs']) expect(isAbbreviation(name)).toBe(true);
  });
  it('refuses everyday words and phrases', () => {
    for (const name of ['walking', 'Trial', 'active SPMS', 'aging']) expect(isAbbreviation(name)).toBe(false);
  });
});

describe('unmarkedFirstMentions', () => {
  it('reports a headword used before it is marked', () => {
    expect(ids([{ text: 'Mobility matters.' }, { termId: 'mobility' }])).toEqual(['mobility']);
  });

  it('accepts a term marked before its plain uses', () => {
    expect(ids([{ termId: 'mobility' }, { text: 'Mobility and mobility again.' }])).toEqual([]);
  });

  it('prefers the longest name, so "progressive MS" is not also a use of "MS"', () => {
    expect(ids([{ termId: 'progressive-ms' }, { text: 'People with progressive MS.' }])).toEqual([]);
  });

  it('matches abbreviations only in their own case', () => {
    expect(ids([{ text: 'It took 20 ms.' }])).toEqual([]);
    expect(ids([{ text: 'Blood NfL rose.' }])).toEqual(['neurofilament-light']);
  });

  it('counts plurals and any case of a headword', () => {
    expect(ids([{ text: 'New lesions appeared.' }])).toEqual(['lesion']);
    expect(ids([{ text: 'Clinical Trials take years.' }])).toEqual(['clinical-trial']);
  });

  it('ignores everyday aliases, which exist for search', () => {
    expect(ids([{ text: 'Walking in a study.' }])).toEqual([]);
  });

  it('does not match inside longer words or hyphenated names', () => {
    expect(ids([{ text: 'The MS-SMART trial and MSIF.' }])).toEqual([]);
  });

  it('reports each term once, with its context', () => {
    const found = unmarkedFirstMentions([{ text: 'MS is common. MS is long-term.' }], glossary);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ termId: 'multiple-sclerosis', found: 'MS' });
    expect(found[0]!.context).toContain('MS is common');
  });

  it('finds nothing on a page with no glossary words', () => {
    expect(ids([{ text: 'Nothing to see.' }, { text: '' }])).toEqual([]);
  });
});

describe('proper names', () => {
  it('are not uses of the glossary words inside them', () => {
    expect(ids([{ text: 'The International Progressive MS Alliance and the Multiple Sclerosis Journal.' }])).toEqual([]);
  });
  it('do not hide a real use later in the same text', () => {
    expect(ids([{ text: 'The MS Society funds research on progressive MS.' }])).toEqual(['progressive-ms']);
  });
});
