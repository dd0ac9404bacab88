/** The licence of the site's own text and charts, stated in every footer, citation and download. */
export const licence = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  condition: 'say where it came from (the page’s title and address) and show if you changed it.',
} as const;

/** One line for a downloaded file (CSV, SVG, citation): the licence and how to credit. */
export function licenceLine(siteName: string, url: string): string {
  return `${siteName}, ${url}. Licence: ${licence.name} (${licence.url}).`;
}
