/**
 * <search-page>: search on /search/, on Pagefind's JavaScript API. It reads ?q= and the
 * filters from the address, searches as the reader types (and at once on Enter), shows each
 * result's title, section, excerpt with the matches marked and links to the matching parts of
 * the page, offers filters as toggle buttons, and says what it found in a status line that
 * screen readers announce. Everything the reader typed is shown as text, never as HTML.
 * Without this script the page shows its list of every page instead.
 */
import { loadPagefind, type PagefindResultData, type PagefindResults } from './pagefind-loader';
import { findOrRelax, pageSize, type Answer } from './search-find';
import {
  cleanQuery,
  excerptFromContent,
  excerptParts,
  readSearchState,
  searchFilters,
  searchSections,
  searchTerms,
  statusMessage,
  therapyFilterKeys,
  toggleFilter,
  writeSearchState,
  type SearchFilterKey,
  type SearchState,
} from '../lib/search';
import { siteName } from '../lib/site';
import { searchExcerptLength } from '../lib/search-ranking';

/** How long after the last key press to search: long enough not to flicker, short enough to feel direct. */
const typingPause = 250;
/** After this long without results, say that search is still working. */
const slowAfter = 600;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

class SearchPage extends HTMLElement {
  private state: SearchState = { query: '', filters: {} };
  private field!: HTMLInputElement;
  private status!: HTMLElement;
  private filterBox!: HTMLDetailsElement;
  private heading!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private empty!: HTMLElement;
  private unavailable!: HTMLElement;
  private results: PagefindResults['results'] = [];
  private shown = 0;
  /** Each search gets a number; an answer that arrives after a newer search started is dropped. */
  private run = 0;
  private typing: number | undefined;
  private filtersLoaded = false;
  /** The reader asked for a search (pressed Search, or came with a query): the answer takes focus. */
  private focusAnswer = false;

  connectedCallback() {
    const part = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-search-${name}]`)!;
    this.field = part('field');
    this.status = part('status');
    this.filterBox = part('filters');
    this.heading = part('heading');
    this.list = part('results');
    this.more = part('more');
    this.empty = part('empty');
    this.unavailable = part('unavailable');
    for (const shown of this.querySelectorAll<HTMLElement>('[data-js-only]')) shown.hidden = false;
    for (const gone of document.querySelectorAll<HTMLElement>('[data-no-js]')) gone.hidden = true;
    // One search field on the page, not two: the header's form gives way to this page's.
    for (const header of document.querySelectorAll<HTMLElement>('[data-site-search]')) header.hidden = true;

    this.state = readSearchState(location.search);
    this.field.value = this.state.query;
    part<HTMLFormElement>('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.focusAnswer = true;
      this.setQuery(this.field.value, 0);
    });
    this.field.addEventListener('input', () => this.setQuery(this.field.value, typingPause));
    this.filterBox.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-filter]');
      if (button) this.setState(toggleFilter(this.state, button.dataset.filter as SearchFilterKey, button.dataset.value!));
      else if ((event.target as Element).closest('[data-clear-filters]')) this.setState({ ...this.state, filters: {} });
    });
    this.empty.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
      this.setState({ ...this.state, filters: {} });
      this.field.focus();
    });
    this.more.addEventListener('click', () => void this.showMore(this.run));
    // Opening the search page is the moment to load search, with or without a query.
    this.focusAnswer = this.state.query !== '';
    void this.search();
  }

  private setQuery(text: string, delay: number) {
    const query = cleanQuery(text);
    if (query === this.state.query && delay > 0) return;
    this.state = { ...this.state, query };
    this.writeAddress();
    window.clearTimeout(this.typing);
    if (delay === 0) return void this.search();
    // Fetch the index chunks for what is typed so far while the reader is still typing.
    if (query)
      loadPagefind().then(
        (pagefind) => pagefind.preload(searchTerms(query)),
        () => {},
      );
    this.typing = window.setTimeout(() => void this.search(), delay);
  }

  private setState(state: SearchState) {
    this.state = state;
    this.writeAddress();
    void this.search();
  }

  /** The address holds the search, so it can be bookmarked, shared and reloaded. */
  private writeAddress() {
    history.replaceState(history.state, '', `${location.pathname}${writeSearchState(this.state)}`);
  }

  private async search() {
    const run = ++this.run;
    const { query, filters } = this.state;
    this.dataset.results = 'searching';
    const slow = window.setTimeout(() => {
      if (run === this.run) this.status.textContent = 'Searching…';
    }, slowAfter);
    let answer: Answer = {};
    try {
      const pagefind = await loadPagefind();
      if (!this.filtersLoaded) {
        await pagefind.filters();
        this.filtersLoaded = true;
      }
      if (query) answer = await findOrRelax(pagefind, query, filters);
    } catch {
      window.clearTimeout(slow);
      if (run === this.run) this.showUnavailable();
      return;
    }
    window.clearTimeout(slow);
    if (run !== this.run) return;
    const { found, firstPage = [], relaxedTo } = answer;
    this.results = found?.results ?? [];
    this.shown = 0;
    this.list.replaceChildren();
    this.showPage(firstPage, false);
    this.renderFilters(found);
    const total = found?.unfilteredResultCount ?? 0;
    this.heading.hidden = this.results.length === 0;
    this.empty.hidden = !query || this.results.length > 0;
    this.empty.querySelector<HTMLElement>('[data-clear-filters]')!.hidden = total === 0;
    this.status.textContent = query ? statusMessage({ query, count: this.results.length, total, filters, relaxedTo }) : '';
    // After a search the reader asked for, focus goes to what it found: the results are the next Tab.
    // Results that come while typing leave focus in the field.
    if (this.focusAnswer && query) {
      this.focusAnswer = false;
      this.status.tabIndex = -1;
      this.status.focus();
    }
    document.title = query ? `${query}: search | ${siteName}` : `Search | ${siteName}`;
    this.dataset.query = query;
    this.dataset.results = 'shown';
  }

  /** Loads and shows the next page of results, and moves focus to the first of them. */
  private async showMore(run: number) {
    const next = this.results.slice(this.shown, this.shown + pageSize);
    const data = await Promise.all(next.map((result) => result.data()));
    if (run === this.run) this.showPage(data, true);
  }

  /** Adds results to the list; moves focus to the first new one when the reader asked for more. */
  private showPage(data: PagefindResultData[], focusFirst: boolean) {
    const items = data.map((result, i) => this.resultItem(result, this.shown + i));
    this.list.append(...items);
    this.shown += items.length;
    const left = this.results.length - this.shown;
    this.more.hidden = left <= 0;
    this.more.textContent = `Show ${Math.min(left, pageSize)} more ${left === 1 ? 'result' : 'results'}`;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  private resultItem(result: PagefindResultData, index: number): HTMLLIElement {
    const item = element('li', 'search-result');
    const heading = element('h3', 'search-result-title');
    const link = element('a', undefined, result.meta.title ?? result.meta.term ?? result.url);
    link.href = result.url;
    heading.append(link);
    item.append(heading);
    const section = result.filters.section?.[0];
    if (section) item.append(element('p', 'search-result-section', section));
    if (result.meta.image) {
      const image = element('img', 'search-result-image');
      image.src = result.meta.image;
      image.alt = result.meta.image_alt ?? '';
      image.loading = 'lazy';
      item.append(image);
    }
    const excerpt = element('p', 'search-result-excerpt');
    // The excerpt is cut from the page's own words at a sentence start (see excerptFromContent).
    const fromPage = excerptFromContent(result.content, result.locations, searchExcerptLength);
    const parts = fromPage.length > 0 ? fromPage : excerptParts(result.excerpt);
    // A match on keywords alone leaves nothing to mark in the page's words: say what the page is about instead.
    if (!parts.some((p) => p.match) && result.meta.summary) excerpt.textContent = result.meta.summary;
    else excerpt.append(...parts.map((p) => (p.match ? element('mark', undefined, p.text) : document.createTextNode(p.text))));
    item.append(excerpt);
    const sections = result.sub_results.filter((sub) => sub.anchor && sub.url !== result.url).slice(0, 3);
    if (sections.length > 0) {
      const labelId = `search-result-${index}-parts`;
      const label = element('p', 'search-result-parts-label', 'Matching parts of the page:');
      label.id = labelId;
      const links = element('ul', 'search-result-parts');
      links.setAttribute('aria-labelledby', labelId);
      for (const sub of sections) {
        const partLink = element('a', undefined, sub.title);
        partLink.href = sub.url;
        const li = element('li');
        li.append(partLink);
        links.append(li);
      }
      item.append(label, links);
    }
    return item;
  }

  /**
   * Toggle buttons for the filters that would narrow these results, with how many results
   * each has, in a disclosure. Therapy filters appear once "Pipeline" is chosen. Focus stays on
   * the button pressed, even though the buttons are drawn again.
   */
  private renderFilters(found: PagefindResults | undefined) {
    const focused =
      document.activeElement instanceof HTMLElement && this.filterBox.contains(document.activeElement)
        ? {
            filter: document.activeElement.dataset.filter,
            value: document.activeElement.dataset.value,
            clear: document.activeElement.hasAttribute('data-clear-filters'),
          }
        : undefined;
    const total = found?.unfilteredResultCount ?? 0;
    const inPipeline = (this.state.filters.section ?? []).includes(searchSections.pipeline);
    const groups = searchFilters
      .filter((filter) => inPipeline || !therapyFilterKeys.includes(filter.key))
      .map((filter) => {
        const chosen = this.state.filters[filter.key] ?? [];
        const counts = found?.totalFilters[filter.key] ?? {};
        const values = Object.entries(counts)
          .filter(([value, count]) => chosen.includes(value) || (count > 0 && count < total))
          .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
        return { ...filter, chosen, values };
      })
      .filter((group) => group.values.length > 0);

    const boxes: HTMLElement[] = groups.map((group) => {
      const box = element('div', 'search-filter-group');
      box.setAttribute('role', 'group');
      const label = element('p', 'search-filter-label', group.label);
      label.id = `search-filter-${group.key}`;
      box.setAttribute('aria-labelledby', label.id);
      const options = element('div', 'search-filter-options');
      for (const [value, count] of group.values) {
        const button = element('button', 'button search-filter');
        button.type = 'button';
        button.dataset.filter = group.key;
        button.dataset.value = value;
        button.setAttribute('aria-pressed', String(group.chosen.includes(value)));
        button.append(value, ' ', element('span', 'search-filter-count', `(${count})`));
        options.append(button);
      }
      box.append(label, options);
      return box;
    });
    const anyChosen = Object.keys(this.state.filters).length > 0;
    if (anyChosen) {
      const clear = element('button', 'button search-filter-clear', 'Show all results');
      clear.type = 'button';
      clear.dataset.clearFilters = '';
      boxes.push(clear);
    }
    this.filterBox.querySelector('[data-filter-groups]')!.replaceChildren(...boxes);
    this.filterBox.hidden = boxes.length === 0;
    // Closed at first, so results come straight after the status line; open while a filter is on.
    if (anyChosen) this.filterBox.open = true;
    if (focused) {
      const again = focused.clear
        ? this.filterBox.querySelector<HTMLElement>('button[data-filter]')
        : [...this.filterBox.querySelectorAll<HTMLElement>('button[data-filter]')].find(
            (b) => b.dataset.filter === focused.filter && b.dataset.value === focused.value,
          );
      (again ?? this.field).focus();
    }
  }

  private showUnavailable() {
    this.dataset.results = 'unavailable';
    this.results = [];
    this.list.replaceChildren();
    this.more.hidden = true;
    this.heading.hidden = true;
    this.empty.hidden = true;
    this.filterBox.hidden = true;
    this.unavailable.hidden = false;
    this.status.textContent = 'Search is not available right now.';
  }
}

customElements.define('search-page', SearchPage);
