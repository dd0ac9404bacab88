/**
 * The header search field on every page: "/" focuses it (on the search page, the page's own
 * field), and focusing it starts loading search so results are quick when the reader submits.
 * The form itself is a plain GET form to /search/ and needs none of this.
 */
import { loadPagefind } from './pagefind-loader';

/** True when a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if (isTyping(event.target)) return;
  const field = document.querySelector<HTMLInputElement>('[data-search-primary]:not([hidden] *)') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!field) return;
  event.preventDefault();
  // On a phone the header field sits behind its Search button: open it first.
  const disclosure = field.closest('details');
  if (disclosure) disclosure.open = true;
  field.focus();
  field.select();
});

document.querySelector('#site-search')?.addEventListener(
  'focus',
  () => {
    // Warming the browser's cache only: a failure here shows on the search page, where it matters.
    loadPagefind().catch(() => {});
  },
  { once: true },
);
