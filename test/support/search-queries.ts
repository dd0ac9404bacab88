/**
 * The search query table: what readers type, and the page that must come in the top three.
 * One list for the search test (test/browser/search.test.ts) and the benchmark
 * (scripts/bench-search.ts). A row whose page is not in the build fails the test: add a row
 * together with its page.
 */
export interface SearchQuery {
  /** What the reader types. */
  query: string;
  /** The page (or glossary entry, /glossary/#id) that must be among the first three results. */
  page: string;
  /** Why that page is the right answer, for whoever changes the ranking or the content. */
  why: string;
}

export const searchQueries: readonly SearchQuery[] = [
  { query: 'fatigue', page: '/symptoms/fatigue/', why: 'the page about it' },
  { query: 'tiredness', page: '/symptoms/fatigue/', why: 'an everyday word for fatigue (article keyword)' },
  { query: 'walking', page: '/symptoms/mobility/', why: 'walking is what mobility means to most readers' },
  { query: 'balance', page: '/symptoms/mobility/', why: 'balance problems are covered under mobility' },
  { query: 'arms and hands', page: '/symptoms/mobility/', why: 'the upper limb is part of the mobility page' },
  { query: 'thinking and memory', page: '/symptoms/cognition/', why: 'the title of the cognition page' },
  { query: 'memory', page: '/symptoms/cognition/', why: 'a part of cognition' },
  { query: 'problems with my memory', page: '/symptoms/cognition/', why: 'a sentence: small words such as "with" and "my" are not searched' },
  { query: 'balance problems dizziness', page: '/symptoms/mobility/', why: 'no page says "dizziness", so search drops it and says so' },
  { query: 'what is PPMS', page: '/glossary/#primary-progressive-ms', why: 'a question: "what" and "is" are not searched' },
  { query: 'thinking', page: '/symptoms/cognition/', why: 'a part of cognition' },
  { query: 'cognition', page: '/symptoms/cognition/', why: 'the medical word for thinking and memory' },
  { query: 'pain', page: '/symptoms/pain/', why: 'the page about it' },
  { query: 'nerve pain', page: '/symptoms/pain/', why: 'a kind of MS pain the page explains' },
  { query: 'ocrelizumab', page: '/pipeline/ocrelizumab/', why: 'the therapy page' },
  { query: 'Ocrevus', page: '/pipeline/ocrelizumab/', why: 'the brand name of ocrelizumab (therapy alias)' },
  { query: 'ibudilast', page: '/pipeline/ibudilast/', why: 'the therapy page' },
  { query: 'MN-166', page: '/pipeline/ibudilast/', why: 'the development code of ibudilast (therapy alias)' },
  { query: 'Mayzent', page: '/pipeline/siponimod/', why: 'the brand name of siponimod (therapy alias)' },
  { query: 'Fampyra', page: '/pipeline/dalfampridine/', why: 'a brand name of dalfampridine (therapy alias)' },
  { query: 'Sativex', page: '/pipeline/nabiximols/', why: 'the brand name of nabiximols (therapy alias)' },
  { query: 'BTK inhibitor', page: '/glossary/#btk-inhibitor', why: 'the glossary term for a kind of medicine in the pipeline' },
  { query: 'PPMS', page: '/glossary/#primary-progressive-ms', why: 'the abbreviation (glossary alias)' },
  { query: 'primary progressive', page: '/glossary/#primary-progressive-ms', why: 'the glossary term' },
  { query: 'SPMS', page: '/glossary/#secondary-progressive-ms', why: 'the abbreviation (glossary alias)' },
  { query: 'NfL', page: '/glossary/#neurofilament-light', why: 'the abbreviation (glossary alias)' },
  { query: 'biomarker', page: '/glossary/#biomarker', why: 'the glossary term' },
  { query: 'funding', page: '/symptoms/', why: 'where the 2017 research money went, by symptom' },
  { query: 'research money', page: '/symptoms/', why: 'the funding chart, in plain words' },
  { query: 'multi-arm trial', page: '/strategy/trials/', why: 'the page about faster trials explains them' },
  { query: 'placebo', page: '/glossary/#placebo', why: 'the glossary term' },
  { query: 'phase 3', page: '/how-research-works/', why: 'the page that explains trial phases' },
  { query: 'remyelination', page: '/strategy/mechanisms/', why: 'repairing myelin is part of what drives progression' },
  { query: 'wellbeing', page: '/strategy/wellbeing/', why: 'the page about it' },
  { query: 'rehabilitation', page: '/strategy/wellbeing/', why: 'the strategy gap about rehabilitation and wellbeing' },
  { query: 'research strategy', page: '/strategy/', why: 'the strategy overview' },
  { query: 'treatments being tested', page: '/pipeline/', why: 'the title of the pipeline page' },
  { query: 'EDSS', page: '/glossary/#edss', why: 'the abbreviation of the disability scale' },
  { query: 'join a trial', page: '/trials/', why: 'a reader asking whether there is a trial they could join' },
  { query: 'recruiting', page: '/trials/', why: 'trials taking people now' },
  { query: 'take part', page: '/how-to-take-part/', why: 'what joining a trial involves' },
  { query: 'approved', page: '/pipeline/approved/', why: 'what is approved for progressive MS, by country' },
  { query: 'what is new', page: '/pipeline/updates/', why: 'what changed in the pipeline' },
  { query: 'orelabrutinib', page: '/pipeline/orelabrutinib/', why: 'a therapy added in December 2026' },
];
