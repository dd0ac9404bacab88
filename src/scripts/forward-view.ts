/**
 * On a chart's share page: a shared link may carry the view the sharer chose
 * (?funding-2017.view=dollars); pass it on to the interactive chart's link. Without this
 * script the link opens the chart's first view.
 */
if (location.search) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-forward-view]')) {
    const url = new URL(link.href);
    url.search = location.search;
    link.href = url.href;
  }
}
