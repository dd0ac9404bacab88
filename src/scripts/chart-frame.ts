/**
 * <chart-frame>: the interaction layer over a chart that is already complete in the HTML.
 * It adds arrow-key focus across the marks, a details line that is shown and announced,
 * toggle buttons whose choice lives in the page address, and copy-link / copy-embed buttons.
 * Without this script the chart, its description, table and downloads all still work.
 */
import { matchesWhen, readState, writeState, type ChartState } from '../charts/frame/url-state';

const nextKeys = new Set(['ArrowRight', 'ArrowDown']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp']);
const isLink = (mark: Element) => mark.localName === 'a' && mark.hasAttribute('href');

class ChartFrame extends HTMLElement {
  private state: ChartState = {};
  private initial: ChartState = {};
  private allowed: Record<string, string[]> = {};
  private details: HTMLElement | null = null;
  /** The sheet that holds the details in a long chart (ChartFrame's `sheet`), if this chart has one. */
  private sheet: HTMLElement | null = null;
  /** The reader closed the sheet: pointing at marks does not open it again, focusing one does. */
  private sheetClosed = false;
  /** True while closing the sheet hands focus back to its mark, which must not reopen it. */
  private returningFocus = false;
  private status: HTMLElement | null = null;

  connectedCallback() {
    const id = this.dataset.chart ?? '';
    this.initial = JSON.parse(this.dataset.initial ?? '{}') as ChartState;
    this.allowed = JSON.parse(this.dataset.allowed ?? '{}') as Record<string, string[]>;
    this.details = this.querySelector('[data-details]');
    this.sheet = this.querySelector('[data-details-sheet]');
    this.status = this.querySelector('[data-copy-status]');
    for (const part of this.querySelectorAll<HTMLElement>('[data-js-only]')) part.hidden = false;
    // The device's own share sheet only where the browser has one; the links and copy buttons are always there.
    for (const button of this.querySelectorAll<HTMLElement>('[data-share]')) button.hidden = typeof navigator.share !== 'function';

    this.state = { ...this.initial, ...readState(location.search, id, this.allowed) };
    this.apply();
    this.setUpMarks();

    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      const control = target.closest<HTMLButtonElement>('button[data-control]');
      if (control) return this.choose(control.dataset.control!, control.dataset.value!);
      if (target.closest('[data-details-close]')) return this.closeSheet();
      const copy = target.closest<HTMLButtonElement>('button[data-copy]');
      if (copy) return void this.copy(this.textFor(copy.dataset.copy ?? ''), copy.dataset.copied ?? 'Copied.');
      const share = target.closest<HTMLButtonElement>('button[data-share]');
      if (share) return void this.share(share);
      const mark = target.closest<SVGElement>('[data-mark]');
      if (mark) {
        // A mark that is a link opens its page; the browser follows it.
        this.focusMark(mark);
        mark.focus();
        this.select(mark);
      }
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.sheet && !this.sheet.hidden) {
        event.preventDefault();
        this.closeSheet();
      }
    });
  }

  /** Sets one control, shows the matching parts of the chart and writes the view into the address. */
  private choose(key: string, value: string) {
    if (!this.allowed[key]?.includes(value)) return;
    this.state = { ...this.state, [key]: value };
    this.apply();
    const search = writeState(location.search, this.dataset.chart ?? '', this.state, this.initial);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  private apply() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-control]')) {
      button.setAttribute('aria-pressed', String(this.state[button.dataset.control!] === button.dataset.value));
    }
    // The chart's own parts, and anything on the page that shows the same rows (a table marked
    // data-filtered-by="<chart id>"): filters narrow both.
    const outside = `[data-filtered-by="${CSS.escape(this.dataset.chart ?? '')}"]`;
    for (const part of document.querySelectorAll<Element>(`#${CSS.escape(this.id)} [data-when], ${outside} [data-when]`)) {
      part.toggleAttribute('data-off', !matchesWhen(part.getAttribute('data-when') ?? '', this.state));
    }
    // A group of a filtered table shows only while one of its rows does.
    for (const group of document.querySelectorAll<Element>(`${outside} [data-filter-group]`)) {
      group.toggleAttribute('data-off', !group.querySelector('[data-when]:not([data-off])'));
    }
    for (const mark of this.querySelectorAll<Element>('[data-mark]')) {
      const label = Object.entries(this.state)
        .map(([key, value]) => mark.getAttribute(`data-label-${key}-${value}`))
        .find((text) => text !== null);
      mark.setAttribute('aria-label', label ?? mark.getAttribute('data-label') ?? '');
    }
    for (const [key, value] of Object.entries(this.state)) this.dataset[`view${key[0]!.toUpperCase()}${key.slice(1)}`] = value;
    this.stack();
    // A focused mark that a filter has just hidden would trap the keyboard: start again at the first.
    this.resetTabStop();
  }

  /**
   * Charts drawn as a list of rows (svg[data-stack]) close the gaps a filter leaves: each shown
   * row moves up under the last, a group heading shows only while one of its rows does, and the
   * drawing shrinks to fit. A count line and an empty-state row say what the filters left.
   */
  private stack() {
    let shown = 0;
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg[data-stack]')) {
      const items = [...svg.querySelectorAll<SVGGElement>('[data-stack-item]')];
      const rows = items.filter((item) => item.dataset.stackItem === 'row' && !item.hasAttribute('data-off'));
      const groups = new Set(rows.map((row) => row.dataset.group));
      let y = Number(svg.dataset.stack);
      for (const item of items) {
        if (item.dataset.stackItem === 'heading') item.toggleAttribute('data-off', !groups.has(item.dataset.group));
        if (item.dataset.stackItem === 'empty') item.toggleAttribute('data-off', rows.length > 0);
        if (item.hasAttribute('data-off')) continue;
        item.setAttribute('transform', `translate(0 ${y})`);
        y += Number(item.dataset.height);
      }
      const height = String(y + Number(svg.dataset.stackBottom ?? 0));
      svg.setAttribute('viewBox', `0 0 ${svg.getAttribute('width')} ${height}`);
      svg.setAttribute('height', height);
      shown = rows.length;
    }
    const count = this.querySelector<HTMLElement>('[data-stack-count]');
    if (count) {
      const total = count.dataset.total ?? '';
      const words = (String(shown) === total ? count.dataset.all : count.dataset.some) ?? '';
      const text = words.replace('{shown}', String(shown)).replace('{total}', total);
      count.textContent = text;
      for (const copy of document.querySelectorAll<HTMLElement>(`[data-count-for="${CSS.escape(this.dataset.chart ?? '')}"]`)) copy.textContent = text;
      this.summarise(`${shown} of ${total}`);
    }
  }

  /** The closed filter disclosure says what is on: "Primary progressive · In a trial — 3 of 35". */
  private summarise(count: string) {
    const summary = this.querySelector<HTMLElement>('[data-controls-summary]');
    if (!summary) return;
    const chosen = Object.entries(this.state)
      .filter(([key, value]) => value !== this.initial[key])
      .map(([key, value]) =>
        this.querySelector(`button[data-control="${CSS.escape(key)}"][data-value="${CSS.escape(value)}"]`)
          ?.textContent?.replace('✓', '')
          .trim(),
      )
      .filter(Boolean);
    summary.textContent = `${chosen.length > 0 ? chosen.join(' · ') : summary.dataset.none} — ${count}`;
  }

  /** The marks a reader can reach now: in the layout on screen and not filtered out. */
  private marks(): SVGElement[] {
    return [...this.querySelectorAll<SVGElement>('[data-mark]')].filter((mark) => mark.getClientRects().length > 0);
  }

  private setUpMarks() {
    for (const mark of this.querySelectorAll<SVGElement>('[data-mark]')) {
      mark.setAttribute('tabindex', '-1');
      // With this script a mark does something when chosen: it shows its details, so it is a button.
      if (!isLink(mark)) mark.setAttribute('role', 'button');
    }
    this.resetTabStop();
    this.addEventListener('keydown', (event) => {
      const current = (event.target as Element).closest<SVGElement>('[data-mark]');
      if (!current) return;
      const marks = this.marks();
      const index = marks.indexOf(current);
      let next: SVGElement | undefined;
      if (nextKeys.has(event.key)) next = marks[Math.min(index + 1, marks.length - 1)];
      else if (previousKeys.has(event.key)) next = marks[Math.max(index - 1, 0)];
      else if (event.key === 'Home') next = marks[0];
      else if (event.key === 'End') next = marks[marks.length - 1];
      else if ((event.key === 'Enter' || event.key === ' ') && !isLink(current)) {
        // A button mark: show its details (and choose its view, if it has one). A link mark's Enter opens its page.
        event.preventDefault();
        this.show(current);
        this.select(current);
        return;
      }
      if (!next) return;
      event.preventDefault();
      this.focusMark(next);
      next.focus({ preventScroll: true });
      this.uncover(next);
    });
    this.addEventListener('focusin', (event) => {
      const mark = (event.target as Element).closest<SVGElement>('[data-mark]');
      if (!mark || this.returningFocus) return;
      this.sheetClosed = false;
      this.show(mark);
      // After the browser's own scrolling to the focused mark (Tab; smooth when motion is welcome),
      // make sure the sheet does not cover it.
      requestAnimationFrame(() => this.uncover(mark));
      const settle = () => this.uncover(mark);
      window.addEventListener('scrollend', settle, { once: true });
      window.setTimeout(() => window.removeEventListener('scrollend', settle), 1000);
    });
    this.addEventListener('pointerover', (event) => {
      const mark = (event.target as Element).closest<SVGElement>('[data-mark]');
      if (mark && !(this.sheet && this.sheetClosed)) this.show(mark);
    });
  }

  private resetTabStop() {
    const marks = this.marks();
    const active = marks.find((mark) => mark.getAttribute('tabindex') === '0') ?? marks[0];
    for (const mark of this.querySelectorAll<SVGElement>('[data-mark]')) {
      mark.setAttribute('tabindex', mark === active ? '0' : '-1');
    }
  }

  /** Makes a mark the one Tab returns to, and shows its details. */
  private focusMark(mark: SVGElement) {
    for (const other of this.querySelectorAll<SVGElement>('[data-mark]')) other.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
    this.show(mark);
  }

  /** Some marks choose a view when activated, e.g. a gap area opening its approaches; "a=1;b=2" sets several controls. */
  private select(mark: SVGElement) {
    for (const pair of (mark.dataset.select ?? '').split(';')) {
      const [key, value] = pair.split('=').map((part) => part.trim());
      if (key && value) this.choose(key, value);
    }
  }

  /** Writes the mark's details into the live region, which screen readers announce. */
  private show(mark: SVGElement) {
    if (!this.details) return;
    const key = mark.dataset.mark;
    const template = [...this.querySelectorAll<HTMLTemplateElement>('template[data-detail]')].find((t) => t.dataset.detail === key);
    if (template) this.details.replaceChildren(template.content.cloneNode(true));
    else this.details.textContent = mark.getAttribute('aria-label') ?? '';
    if (this.sheet) this.sheet.hidden = false;
    for (const other of this.querySelectorAll('[data-mark].is-active')) other.classList.remove('is-active');
    for (const same of this.querySelectorAll(`[data-mark="${CSS.escape(key ?? '')}"]`)) same.classList.add('is-active');
  }

  /** Hides the sheet; focus that was in it goes back to the mark it described. */
  private closeSheet() {
    if (!this.sheet) return;
    const hadFocus = this.sheet.contains(document.activeElement);
    this.sheet.hidden = true;
    this.sheetClosed = true;
    if (!hadFocus) return;
    // focusin runs during focus(), so the flag is seen by it and cleared straight after.
    this.returningFocus = true;
    this.marks()
      .find((mark) => mark.getAttribute('tabindex') === '0')
      ?.focus();
    this.returningFocus = false;
  }

  /**
   * Scrolls the focused mark fully into view, above the sheet when it shows (WCAG 2.4.11, focus
   * not obscured): the visible part of the screen is from its top to the sheet's top.
   */
  private uncover(mark: SVGElement) {
    if (document.activeElement !== mark) return;
    const box = mark.getBoundingClientRect();
    const sheet = this.sheet && !this.sheet.hidden ? this.sheet.getBoundingClientRect() : undefined;
    const bottom = sheet && sheet.top < innerHeight ? sheet.top : innerHeight;
    const gap = 8;
    if (box.bottom + gap > bottom) window.scrollBy({ top: Math.min(box.bottom + gap - bottom, box.top - gap), behavior: 'instant' });
    else if (box.top < 0) window.scrollBy({ top: box.top - gap, behavior: 'instant' });
  }

  /** The chart's share address (its link preview is the chart) with the view the reader chose. */
  private link(): string {
    const address = this.querySelector<HTMLAnchorElement>('[data-share-address]');
    const url = new URL(address?.href ?? location.href);
    url.search = location.search;
    if (!address) url.hash = this.id;
    return url.href;
  }

  private textFor(kind: string): string {
    if (kind === 'embed') return this.embedCode();
    if (kind === 'link') return this.link();
    return this.querySelector(`[data-share-item="${CSS.escape(kind)}"]`)?.textContent?.trim() ?? '';
  }

  private async share(button: HTMLButtonElement) {
    try {
      await navigator.share({ title: button.dataset.shareTitle ?? document.title, text: button.dataset.shareText ?? '', url: this.link() });
    } catch {
      // The reader closed the share sheet, or sharing failed: the copy buttons remain.
    }
  }

  private embedCode(): string {
    return this.querySelector<HTMLTemplateElement>('template[data-embed-code]')?.content.textContent?.trim() ?? '';
  }

  private async copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.say(done);
    } catch {
      // No clipboard access (an insecure page or a blocked permission): show the text to copy by hand.
      const field = this.querySelector<HTMLTextAreaElement>('[data-copy-fallback]');
      if (!field) return;
      field.value = text;
      field.hidden = false;
      field.select();
      this.say('Select the text below and copy it.');
    }
  }

  private say(message: string) {
    if (this.status) this.status.textContent = message;
  }
}

customElements.define('chart-frame', ChartFrame);
