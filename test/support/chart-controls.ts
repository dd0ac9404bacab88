/** Charts whose buttons sit behind a disclosure ("Filter treatments"): open it as a reader would. */
import type { Page } from 'playwright-core';

export async function openChartControls(page: Page, chartId: string): Promise<void> {
  const disclosure = page.locator(`#chart-${chartId} details.chart-controls`);
  if ((await disclosure.count()) === 0) return;
  if (!(await disclosure.evaluate((el) => (el as HTMLDetailsElement).open))) await disclosure.locator('summary').click();
}
