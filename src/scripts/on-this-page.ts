/**
 * <on-this-page>: marks the link of the section being read with aria-current, as the reader
 * scrolls. The list is plain links without it.
 */
import { currentSection } from '../lib/current-section';

/** Where reading happens: a third of the way down the screen. */
const readingLineShare = 1 / 3;

class OnThisPage extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private headings: HTMLElement[] = [];
  private frame = 0;

  connectedCallback() {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    this.headings = this.links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))).filter((h): h is HTMLElement => h !== null);
    if (this.headings.length !== this.links.length) return;
    addEventListener('scroll', this.schedule, { passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    this.update();
  }

  disconnectedCallback() {
    removeEventListener('scroll', this.schedule);
    removeEventListener('resize', this.schedule);
  }

  private schedule = () => {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.update());
  };

  private update() {
    this.frame = 0;
    // Not drawn (below about 1100 px): nothing to mark.
    if (this.getClientRects().length === 0) return;
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    const tops = this.headings.map((heading) => heading.getBoundingClientRect().top);
    const current = atEnd ? this.headings.length - 1 : currentSection(tops, innerHeight * readingLineShare);
    this.links.forEach((link, index) => {
      if (index === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  }
}

if (!customElements.get('on-this-page')) customElements.define('on-this-page', OnThisPage);
