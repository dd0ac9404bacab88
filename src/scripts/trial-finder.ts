/**
 * <trial-finder>: narrows the list of trials by country and type of MS. The choice lives in the
 * address (?country=GB&type=ppms), so a shared link opens the same list. Without this script
 * the page shows every trial and a list by country.
 */
const params = ['country', 'type'] as const;
type Param = (typeof params)[number];

class TrialFinder extends HTMLElement {
  private form: HTMLFormElement | null = null;
  private count: HTMLElement | null = null;

  connectedCallback() {
    this.form = document.querySelector('[data-trial-filters]');
    this.count = document.querySelector('[data-trial-count]');
    if (!this.form) return;
    this.form.hidden = false;
    const url = new URL(location.href);
    for (const name of params) {
      const select = this.select(name);
      const value = url.searchParams.get(name) ?? '';
      if (select && [...select.options].some((o) => o.value === value)) select.value = value;
    }
    this.form.addEventListener('change', () => this.apply(true));
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.apply(false);
  }

  private select(name: Param): HTMLSelectElement | null {
    return this.form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`) ?? null;
  }

  private apply(changed: boolean) {
    const country = this.select('country')?.value ?? '';
    const type = this.select('type')?.value ?? '';
    const cards = [...this.querySelectorAll<HTMLElement>('[data-trial-list] > li')];
    let shown = 0;
    for (const card of cards) {
      const match =
        (!country || (card.dataset.countries ?? '').split(' ').includes(country)) && (!type || (card.dataset.types ?? '').split(' ').includes(type));
      card.hidden = !match;
      if (match) shown += 1;
    }
    const empty = this.querySelector<HTMLElement>('[data-trial-empty]');
    if (empty) empty.hidden = shown > 0;
    if (this.count) {
      const total = Number(this.count.dataset.total ?? cards.length);
      this.count.textContent = shown === total ? `Showing all ${total} trials.` : `Showing ${shown} of ${total} trials.`;
    }
    if (changed) {
      const url = new URL(location.href);
      for (const [name, value] of [
        ['country', country],
        ['type', type],
      ] as const) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
    }
  }
}

if (!customElements.get('trial-finder')) customElements.define('trial-finder', TrialFinder);
