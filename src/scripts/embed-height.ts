/**
 * On an embed page inside an iframe: tells the parent page how tall the chart is, so the
 * embed code can size the iframe without a scroll bar, and again whenever it changes.
 */
import { embedHeightMessage } from '../charts/frame/files';

if (window.parent !== window) {
  const chart = document.body.dataset.embedChart;
  const report = () =>
    window.parent.postMessage({ type: embedHeightMessage, chart, height: Math.ceil(document.documentElement.scrollHeight) }, '*');
  new ResizeObserver(report).observe(document.body);
  report();
}
