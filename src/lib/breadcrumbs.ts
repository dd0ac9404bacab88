/** Breadcrumbs from the home page to the current page. */
export interface Crumb {
  label: string;
  href: string;
}

/**
 * Builds the trail for a page: Home, then each parent section, then the page itself.
 * `parents` are the sections between home and the page (usually zero or one).
 */
export function breadcrumbTrail(current: Crumb, parents: readonly Crumb[] = []): Crumb[] {
  const home: Crumb = { label: 'Home', href: '/' };
  if (current.href === '/') return [home];
  return [home, ...parents.filter((p) => p.href !== current.href && p.href !== '/'), current];
}
