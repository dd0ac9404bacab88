/** Unit tests for the small pure helpers in src/lib. */
import { describe, expect, it } from 'vitest';
import { countWords, inSentence, listAnd, numberInWords, splitSentences } from '../../src/lib/words';
import { closest, didYouMean, editDistance } from '../../src/lib/suggest';
import { registryFormatsHint, registryOf, registries } from '../../src/lib/registry';
import { formatDate, formatPublished, isoDate, monthsBetween, publishedYear } from '../../src/lib/dates';
import { breadcrumbTrail } from '../../src/lib/breadcrumbs';
import { byOrder, neighbours } from '../../src/lib/sequence';
import { isCurrentSection, mainNav } from '../../src/lib/site';
import { articleSlug, articleUrl, glossaryUrl, therapyUrl } from '../../src/lib/sections';
import { groupByInitial } from '../../src/lib/glossary';
import { isTextSize, stepTextSize, textSizeBootScript } from '../../src/lib/text-size';
import { sha256Source } from '../../src/lib/csp';
import { furthestPhase } from '../../src/lib/pipeline';
import { lintMdx } from '../../src/lib/mdx-lint';
import { ContentError } from '../../src/lib/content-error';
import { shortLabel, stopAfter } from '../../src/lib/citation';

describe('countWords', () => {
  it('counts words, keeping hyphenated and apostrophe words whole', () => {
    expect(countWords('Disease-modifying therapy isn’t a cure.')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords('  1.3% of $228.7 million ')).toBe(4);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital', () => {
    expect(splitSentences('One idea. Another one! A third?')).toEqual(['One idea.', 'Another one!', 'A third?']);
  });
  it('keeps decimals and lower-case continuations together', () => {
    expect(splitSentences('It rose 1.3% in 2017. e.g. this stays.')).toHaveLength(1);
  });
});

describe('suggest', () => {
  it('measures edits between words', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('suggests near ids and nothing for far ones', () => {
    const known = ['fatigue', 'placebo', 'primary-progressive-ms'];
    expect(closest('fatige', known)).toEqual(['fatigue']);
    expect(closest('ppms', known)).toEqual([]);
    expect(didYouMean('placbo', known)).toBe(' Did you mean "placebo"?');
    expect(didYouMean('zzzzzz', known)).toBe('');
  });
});

describe('registryOf', () => {
  it('recognises each registry by its ID shape', () => {
    expect(registryOf('NCT01194570')).toBe('ClinicalTrials.gov');
    expect(registryOf('ISRCTN69614598')).toBe('ISRCTN');
    expect(registryOf('2010-021219-17')).toBe('EudraCT');
    expect(registryOf('2023-503456-12-00')).toBe('EU CT');
    expect(registryOf('ACTRN12620000123456')).toBe('ANZCTR');
  });
  it('rejects near misses', () => {
    for (const bad of ['NCT0119457', 'NCT011945700', 'nct01194570', 'ISRCTN6961459', '2010-21219-17', 'NCT 01194570', '']) {
      expect(registryOf(bad), bad).toBeUndefined();
    }
  });
  it('gives every registry an example that matches its own pattern', () => {
    for (const registry of Object.values(registries)) expect(registry.pattern.test(registry.example)).toBe(true);
    expect(registryFormatsHint()).toContain('NCT01194570');
  });
});

describe('dates', () => {
  const date = new Date('2021-12-01T00:00:00Z');
  it('formats for readers and machines', () => {
    expect(formatDate(date)).toBe('1 December 2021');
    expect(isoDate(date)).toBe('2021-12-01');
    expect(formatPublished(2021)).toBe('2021');
    expect(formatPublished(date)).toBe('1 December 2021');
    expect(publishedYear(date)).toBe(2021);
    expect(publishedYear(2019)).toBe(2019);
    expect(formatPublished(undefined)).toBe('No date');
    expect(publishedYear(undefined)).toBeUndefined();
  });
  it('counts whole months between dates', () => {
    expect(monthsBetween(new Date('2025-11-20'), new Date('2026-11-20'))).toBe(12);
    expect(monthsBetween(new Date('2025-11-21'), new Date('2026-11-20'))).toBe(11);
    expect(monthsBetween(new Date('2026-01-31'), new Date('2026-02-28'))).toBe(0);
  });
});

describe('breadcrumbTrail', () => {
  it('runs from home through the section to the page', () => {
    expect(breadcrumbTrail({ label: 'Fatigue', href: '/symptoms/fatigue/' }, [{ label: 'Symptoms', href: '/symptoms/' }])).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Symptoms', href: '/symptoms/' },
      { label: 'Fatigue', href: '/symptoms/fatigue/' },
    ]);
  });
  it('does not repeat the page or home as a parent', () => {
    expect(breadcrumbTrail({ label: 'Symptoms', href: '/symptoms/' }, [{ label: 'Symptoms', href: '/symptoms/' }])).toHaveLength(2);
    expect(breadcrumbTrail({ label: 'Home', href: '/' })).toEqual([{ label: 'Home', href: '/' }]);
  });
});

describe('sequence', () => {
  const items = [
    { id: 'c', order: 2, title: 'C' },
    { id: 'a', order: 0, title: 'A' },
    { id: 'b2', order: 1, title: 'Bb' },
    { id: 'b1', order: 1, title: 'Ba' },
  ];
  it('orders by order, then title', () => {
    expect(byOrder(items).map((i) => i.id)).toEqual(['a', 'b1', 'b2', 'c']);
  });
  it('finds neighbours, and none past the ends', () => {
    expect(neighbours(items, 'b1')).toEqual({ previous: items[1], next: items[2] });
    expect(neighbours(items, 'a').previous).toBeUndefined();
    expect(neighbours(items, 'c').next).toBeUndefined();
    expect(neighbours(items, 'missing')).toEqual({});
  });
});

describe('site navigation and URLs', () => {
  it('has the five sections of the main navigation', () => {
    expect(mainNav.map((i) => i.label)).toEqual(['Strategy', 'Symptoms', 'Pipeline', 'Glossary', 'About']);
  });
  it('marks the current section for pages inside it', () => {
    expect(isCurrentSection('/symptoms/pain/', '/symptoms/')).toBe(true);
    expect(isCurrentSection('/strategy/', '/symptoms/')).toBe(false);
    expect(isCurrentSection('/about/', '/')).toBe(false);
    expect(isCurrentSection('/', '/')).toBe(true);
  });
  it('puts overviews at the section root and other pages below it', () => {
    expect(articleUrl('strategy', 'overview')).toBe('/strategy/');
    expect(articleUrl('symptoms', 'pain')).toBe('/symptoms/pain/');
    expect(articleUrl('pages', 'about')).toBe('/about/');
    expect(articleSlug('overview')).toBeUndefined();
    expect(articleSlug('pain')).toBe('pain');
    expect(glossaryUrl('placebo')).toBe('/glossary/#placebo');
    expect(therapyUrl('ocrelizumab')).toBe('/pipeline/ocrelizumab/');
  });
});

describe('groupByInitial', () => {
  it('groups terms A to Z, ignoring case and accents', () => {
    const groups = groupByInitial([
      { id: 'b', term: 'biomarker' },
      { id: 'a', term: 'Ageing' },
      { id: 'e', term: 'Édema' },
      { id: '9', term: '9-Hole Peg Test' },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['0-9', 'A', 'B', 'E']);
    expect(groups[1]!.items[0]!.id).toBe('a');
  });
});

describe('text size', () => {
  it('steps within the range', () => {
    expect(stepTextSize('default', 1)).toBe('large');
    expect(stepTextSize('larger', 1)).toBe('larger');
    expect(stepTextSize('default', -1)).toBe('default');
    expect(isTextSize('large')).toBe(true);
    expect(isTextSize('huge')).toBe(false);
  });
  it('hashes the boot script the way CSP does', () => {
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Source(textSizeBootScript)).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});

describe('furthestPhase', () => {
  it('picks the phase furthest along', () => {
    expect(furthestPhase(['2', '3', '1/2'])).toBe('3');
    expect(furthestPhase(['3b', '3'])).toBe('3b');
    expect(furthestPhase(['1'])).toBe('1');
    expect(furthestPhase(['none', '2'])).toBe('2');
    expect(furthestPhase(['none'])).toBe('none');
  });
});

describe('lintMdx', () => {
  it('flags a citation or term alone on its line', () => {
    const problems = lintMdx('---\ntitle: x\n---\nA sentence.\n<Cite id="a" />\n<Term id="b">word</Term>\n');
    expect(problems.map((p) => p.line)).toEqual([5, 6]);
    expect(problems[0]!.message).toMatch(/same line/);
  });
  it('accepts citations inside sentences and ignores front matter', () => {
    expect(lintMdx('---\nsummary: <Cite id="x" />\n---\nText.<Cite id="a" />\n<Term id="b">word</Term> starts a line.\n')).toEqual([]);
  });
  it('asks for quoted ids', () => {
    expect(lintMdx('Text <Cite id={x} /> more')[0]!.message).toMatch(/double quotes/);
  });
});

describe('ContentError', () => {
  it('names the file, the component, the problem and the fix', () => {
    const error = new ContentError('src/content/a.mdx', '<Term id="x">', 'is unknown.', 'Add it.');
    expect(error.message).toBe('src/content/a.mdx: <Term id="x">: is unknown. Add it.');
  });
});

describe('citation', () => {
  it('ends each part of a reference with one full stop', () => {
    expect(stopAfter('Thompson AJ, Carroll W, Ciccarelli O, et al.')).toBe('');
    expect(stopAfter('What is Multiple Sclerosis?')).toBe('');
    expect(stopAfter('MS Canada')).toBe('.');
  });
  it('labels an undated source as such', () => {
    expect(shortLabel({ authors: ['MS Canada'] })).toBe('MS Canada, no date');
    expect(shortLabel({ authors: ['Thompson AJ', 'Carroll W', 'Fox RJ'], published: 2021 })).toBe('Thompson et al., 2021');
  });
});

describe('inSentence', () => {
  it('lowers only the first letter of a label', () => {
    expect(inSentence('Primary progressive MS')).toBe('primary progressive MS');
    expect(inSentence('Fatigue or pain')).toBe('fatigue or pain');
  });
  it('leaves a label that starts with an abbreviation alone', () => {
    expect(inSentence('SPMS without relapses')).toBe('SPMS without relapses');
    expect(inSentence('')).toBe('');
  });
});

describe('listAnd and numberInWords', () => {
  it('joins a list as a sentence says it', () => {
    expect(listAnd([])).toBe('');
    expect(listAnd(['fatigue'])).toBe('fatigue');
    expect(listAnd(['fatigue', 'pain'])).toBe('fatigue and pain');
    expect(listAnd(['fatigue', 'pain', 'cognition'])).toBe('fatigue, pain and cognition');
  });
  it('writes small numbers in words and larger ones in digits', () => {
    expect(numberInWords(3)).toBe('three');
    expect(numberInWords(10)).toBe('ten');
    expect(numberInWords(11)).toBe('11');
  });
});

describe('numbersIn', () => {
  it('reads quantities but not the digits inside names and codes', async () => {
    const { numbersIn } = await import('../../src/lib/numbers');
    expect(numbersIn('$228.7 million, 1,234 people and 1.3% in a 12-week trial')).toEqual([228.7, 1234, 1.3, 12]);
    expect(numbersIn('BMS-986353 and KYV-101 in 2 trials of ATA188')).toEqual([2]);
    expect(numbersIn('ATA188, MD1003 and MS-STAT2 in phase 1/2')).toEqual([1, 2]);
  });
});

describe('atStart', () => {
  it('capitalises a name that starts a title, and leaves capitals alone', async () => {
    const { atStart } = await import('../../src/lib/words');
    expect(atStart('ibudilast')).toBe('Ibudilast');
    expect(atStart('ATA188')).toBe('ATA188');
  });
});

describe('countryName', () => {
  it('names ISO country codes in English, and refuses codes that are not countries', async () => {
    const { countryName } = await import('../../src/lib/countries');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('AU')).toBe('Australia');
    for (const code of ['UK', 'EU', 'gb', 'GBR', 'ZZ']) expect(countryName(code), code).toBeUndefined();
  });
});
