/**
 * On an embed page inside an iframe: tells the parent page how tall the chart is, so the
 * embed code can size the iframe without a scroll bar, and again whenever it changes.
 */
import { embedHeightMessage } from '../charts/frame/files';

if (window.parent !== window) {
  const chart = document.body.dataset.embedChart;
  // The content's height, not the window's: the iframe may start taller than the chart needs.
  const height = () => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + window.scrollY);
  const report = () => window.parent.postMessage({ type: embedHeightMessage, chart, height: height() }, '*');
  new ResizeObserver(report).observe(document.body);
  report();
}
