/**
 * Trial registries we accept and the shape of their IDs.
 * A registry ID is a fact a reader may look up, so a malformed one must fail the build
 * rather than send someone to the wrong trial.
 */
export interface Registry {
  /** Short name shown to readers. */
  name: string;
  /** What a valid ID looks like, anchored. */
  pattern: RegExp;
  /** An example an editor can copy the shape of. */
  example: string;
  /** Where a reader can look the trial up. */
  url: (id: string) => string;
}

export const registries = {
  'ClinicalTrials.gov': {
    name: 'ClinicalTrials.gov',
    pattern: /^NCT\d{8}$/,
    example: 'NCT01194570',
    url: (id) => `https://clinicaltrials.gov/study/${id}`,
  },
  ISRCTN: {
    name: 'ISRCTN registry',
    pattern: /^ISRCTN\d{8}$/,
    example: 'ISRCTN69614598',
    url: (id) => `https://www.isrctn.com/${id}`,
  },
  EudraCT: {
    name: 'EU Clinical Trials Register (EudraCT)',
    pattern: /^\d{4}-\d{6}-\d{2}$/,
    example: '2010-021219-17',
    url: (id) => `https://www.clinicaltrialsregister.eu/ctr-search/search?query=${id}`,
  },
  'EU CT': {
    name: 'EU Clinical Trials Information System (CTIS)',
    pattern: /^\d{4}-5\d{5}-\d{2}-\d{2}$/,
    example: '2023-503456-12-00',
    url: (id) => `https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=${id}`,
  },
  ANZCTR: {
    name: 'Australian New Zealand Clinical Trials Registry',
    pattern: /^ACTRN\d{14}$/,
    example: 'ACTRN12620000123456',
    url: (id) => `https://www.anzctr.org.au/TrialSearch.aspx?searchTxt=${id}`,
  },
} as const satisfies Record<string, Registry>;

export type RegistryKey = keyof typeof registries;
export const registryKeys = Object.keys(registries) as RegistryKey[];

/** Which registry an ID belongs to, or undefined when it matches none. */
export function registryOf(id: string): RegistryKey | undefined {
  return registryKeys.find((key) => registries[key].pattern.test(id));
}

/** A sentence that tells an editor every accepted shape, for build errors. */
export function registryFormatsHint(): string {
  return registryKeys.map((key) => `${key} like ${registries[key].example}`).join(', ');
}
