/**
 * <text-size-control>: three toggle buttons that set the page's text size and remember it.
 * The choice is applied before paint by the boot script in <head> (see lib/text-size.ts).
 */
import { isTextSize, textSizeStorageKey, type TextSize } from '../lib/text-size';

class TextSizeControl extends HTMLElement {
  connectedCallback() {
    this.render(this.current());
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-size]');
      const size = button?.dataset.size;
      if (isTextSize(size)) this.apply(size);
    });
  }

  private current(): TextSize {
    const size = document.documentElement.dataset.textSize;
    return isTextSize(size) ? size : 'default';
  }

  private apply(size: TextSize) {
    if (size === 'default') delete document.documentElement.dataset.textSize;
    else document.documentElement.dataset.textSize = size;
    try {
      if (size === 'default') localStorage.removeItem(textSizeStorageKey);
      else localStorage.setItem(textSizeStorageKey, size);
    } catch {
      // Storage can be blocked; the size still applies to this page.
    }
    this.render(size);
  }

  private render(size: TextSize) {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-size]')) {
      button.setAttribute('aria-pressed', String(button.dataset.size === size));
    }
  }
}

if (!customElements.get('text-size-control')) customElements.define('text-size-control', TextSizeControl);
