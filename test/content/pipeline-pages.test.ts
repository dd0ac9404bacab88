/**
 * The pages that answer readers' three questions, checked against the therapy files: what is
 * approved where (every decision cell has its source), which trials are recruiting (the trial
 * finder lists exactly those), and what changed (the feed parses and matches the updates page).
 * And across every page: no year is printed with a thousands separator.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { builtPages, fileFor } from '../support/built-site.ts';
import { yamlEntries } from '../support/content-source.ts';

interface TrialFile {
  name: string;
  outcome: string;
  recruitment?: { status: string };
}
interface TherapyFile {
  decisions?: { regulator: string; sources: string[] }[];
  trials: TrialFile[];
  history?: { date: string; text: string }[];
}
const therapies = yamlEntries<TherapyFile>('therapies');
const page = (url: string) => builtPages().find((p) => p.url === url)!;

describe('/pipeline/approved/', () => {
  const { $ } = page('/pipeline/approved/');
  it('shows every decision on record, each with a source that is in the list', () => {
    const decisions = therapies.reduce((n, t) => n + (t.decisions?.length ?? 0), 0);
    expect(decisions).toBeGreaterThan(0);
    const items = $('section[aria-labelledby="by-country"]').find('li[data-decision]');
    // A decision for several types of MS is listed under each type.
    expect(items.length).toBeGreaterThanOrEqual(new Set(therapies.flatMap((t) => (t.decisions ?? []).map((d) => `${t.id}|${d.regulator}`))).size);
    items.each((_i, li) => {
      const refs = $(li).find('a[href^="#source-"]');
      expect(refs.length, $(li).text()).toBeGreaterThan(0);
      refs.each((_j, a) => expect($(String($(a).attr('href'))).length, $(a).attr('href')).toBe(1));
    });
  });
  it('keeps medicines that slow the disease apart from medicines for a symptom', () => {
    expect($('table[data-approvals="slowing"]').length).toBe(1);
    expect($('table[data-approvals="symptoms"]').length).toBe(1);
    expect($('table[data-approvals="slowing"]').text()).not.toContain('dalfampridine');
    expect($('table[data-approvals="symptoms"]').text()).toContain('dalfampridine');
  });
});

describe('/trials/', () => {
  const { $ } = page('/trials/');
  const joinable = new Set(
    therapies.flatMap((t) =>
      t.trials.filter((trial) => ['recruiting', 'not-yet-recruiting'].includes(trial.recruitment?.status ?? '')).map((trial) => trial.name),
    ),
  );
  it('lists exactly the trials that are recruiting or about to, each once', () => {
    const listed = $('[data-trial-list] > li h2')
      .map((_i, h) => $(h).text().trim())
      .get();
    expect(new Set(listed)).toEqual(joinable);
    expect(listed.length).toBe(joinable.size);
  });
  it('says for each when its status was last true, and links to national trial finders', () => {
    $('[data-trial-list] > li').each((_i, li) => expect($(li).find('time[datetime]').length).toBeGreaterThan(0));
    for (const host of ['ukmsregister.org', 'mstrials.org.au', 'clinicaltrials.gov', 'euclinicaltrials.eu'])
      expect($(`a[href*="${host}"]`).length, host).toBeGreaterThan(0);
  });
  it('is linked from the home page, the pipeline page and every symptom page', () => {
    for (const url of [
      '/',
      '/pipeline/',
      ...builtPages()
        .filter((p) => /^\/symptoms\/[^/]+\/$/.test(p.url))
        .map((p) => p.url),
    ]) {
      expect(page(url).$('main a[href="/trials/"]').length, url).toBeGreaterThan(0);
    }
  });
});

describe('/pipeline/updates/ and its feed', () => {
  const { $ } = page('/pipeline/updates/');
  const feed = load(readFileSync(fileFor('/pipeline/updates.xml')!, 'utf8'), { xml: true });
  it('lists every history entry of every therapy, newest first', () => {
    const entries = therapies.flatMap((t) => t.history ?? []);
    const items = $('ol.history > li');
    expect(items.length).toBe(entries.length);
    const dates = items.map((_i, li) => $(li).find('time').attr('datetime')!).get();
    expect([...dates].sort().reverse()).toEqual(dates);
  });
  it('is a valid Atom feed with the same entries, each with a stable id that links to its item', () => {
    expect(feed('feed').attr('xmlns')).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated', 'author > name']) expect(feed(`feed > ${field}`).length, field).toBe(1);
    const ids = feed('entry > id')
      .map((_i, e) => feed(e).text())
      .get();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe($('ol.history > li').length);
    const anchors = new Set(
      $('ol.history > li')
        .map((_i, li) => $(li).attr('id'))
        .get(),
    );
    for (const id of ids) expect(anchors.has(id.split('#')[1]!), id).toBe(true);
    feed('entry').each((_i, e) => {
      expect(feed(e).find('updated').text()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(feed(e).find('link[rel="alternate"]').attr('href')).toMatch(/^https?:\/\/.+\/pipeline\/updates\/#/);
    });
  });
  it('is announced to feed readers from the updates page', () => {
    expect($('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe('/pipeline/updates.xml');
  });
});

describe('every page', () => {
  it('prints years as years, never with a thousands separator', () => {
    // 1,950 to 2,099 followed by a word that counts things would be a number of people, not a year.
    const yearLike = /\b(?:1,9\d\d|2,0\d\d)\b(?!\s+(?:people|participants|adults|patients|grants|trials|of))/;
    for (const built of builtPages()) {
      const body = built.$('body').clone();
      // A data table's cells are counts unless their column is a year; those are checked on their own.
      const yearCells: string[] = [];
      body.find('table').each((_i, table) => {
        const headers = built
          .$(table)
          .find('thead th')
          .map((_j, th) => built.$(th).text())
          .get();
        built
          .$(table)
          .find('tbody tr')
          .each((_j, row) => {
            built
              .$(row)
              .children('td, th')
              .each((k, cell) => {
                if (/\byears?\b/i.test(headers[k] ?? '')) yearCells.push(built.$(cell).text().trim());
              });
          });
      });
      body.find('table').remove();
      const text = body.text().replace(/\s+/g, ' ');
      expect(text.match(yearLike)?.[0], built.url).toBeUndefined();
      expect(
        yearCells.filter((cell) => /\d,\d{3}/.test(cell)),
        built.url,
      ).toEqual([]);
    }
  });
});
