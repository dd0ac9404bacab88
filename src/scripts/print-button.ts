/**
 * <print-button>: shows its button only where printing works (a browser with window.print, not
 * inside another site's frame), and prints the page when pressed. Without JavaScript the button
 * stays hidden, since it could do nothing; the browser's own Print still gives the same printout.
 */
class PrintButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button || typeof window.print !== 'function' || window.top !== window.self) return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

customElements.define('print-button', PrintButton);
