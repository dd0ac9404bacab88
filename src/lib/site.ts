/** Site-wide names and the main navigation, read by the header, footer and tests. */
export const siteName = 'Charting Progressive MS';
export const siteTagline = 'The progressive MS research strategy, explained for the people it is about';

export interface NavItem {
  label: string;
  href: string;
}

/** The main navigation, in reading order. */
export const mainNav: readonly NavItem[] = [
  { label: 'Strategy', href: '/strategy/' },
  { label: 'Symptoms', href: '/symptoms/' },
  { label: 'Pipeline', href: '/pipeline/' },
  { label: 'Glossary', href: '/glossary/' },
  { label: 'About', href: '/about/' },
];

/** True when `pathname` is `href` or a page inside it, so the menu can mark where the reader is. */
export function isCurrentSection(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(href);
}
