/**
 * <site-header>: small comforts over the header's two disclosures, which work without it
 * (they are <details>): opening Search puts the cursor in the field, and Escape closes an open
 * part and returns focus to its button.
 */
class SiteHeader extends HTMLElement {
  connectedCallback() {
    const search = this.querySelector<HTMLDetailsElement>('[data-header-search]');
    search?.addEventListener('toggle', () => {
      if (search.open) search.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      const open = (event.target as Element).closest<HTMLDetailsElement>('details[open]');
      if (!open || !this.contains(open)) return;
      // From tablet width every part shows whatever its state, so there is nothing to close.
      const toggle = open.querySelector<HTMLElement>(':scope > summary');
      if (!toggle || toggle.getClientRects().length === 0) return;
      open.open = false;
      toggle.focus();
    });
  }
}

if (!customElements.get('site-header')) customElements.define('site-header', SiteHeader);
