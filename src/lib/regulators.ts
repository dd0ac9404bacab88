/**
 * Who decides whether a medicine may be used, and where. A regulator licenses a medicine; a
 * health-technology body (NICE, SMC, CDA-AMC, PBAC) decides whether a public health service
 * pays for it. Both matter to a reader asking "can I get it here?", so both are recorded, each
 * in its region, and their decisions are worded for what each body does.
 */
import { labelled, type KeyOf } from './labelled.ts';

/** The places the approvals table has a column for, in the order it shows them. */
export const regions = labelled([
  ['us', 'United States'],
  ['eu', 'European Union'],
  ['uk', 'United Kingdom'],
  ['ca', 'Canada'],
  ['au', 'Australia'],
  ['ch', 'Switzerland'],
  ['jp', 'Japan'],
  ['fr', 'France'],
  ['ae', 'United Arab Emirates'],
]);
export type Region = KeyOf<typeof regions>;

export type BodyKind = 'regulator' | 'hta';

/** Every body whose decisions the site records. */
export const regulatorList = [
  { id: 'us-fda', name: 'US Food and Drug Administration (FDA)', short: 'FDA', region: 'us', kind: 'regulator' },
  { id: 'eu-ec', name: 'European Commission, on the advice of the European Medicines Agency', short: 'European Commission', region: 'eu', kind: 'regulator' },
  { id: 'eu-ema-chmp', name: 'European Medicines Agency’s medicines committee (CHMP)', short: 'EMA (CHMP)', region: 'eu', kind: 'regulator' },
  { id: 'uk-mhra', name: 'Medicines and Healthcare products Regulatory Agency (MHRA)', short: 'MHRA', region: 'uk', kind: 'regulator' },
  { id: 'uk-nice', name: 'National Institute for Health and Care Excellence (NICE), England and Wales', short: 'NICE', region: 'uk', kind: 'hta' },
  { id: 'uk-smc', name: 'Scottish Medicines Consortium (SMC)', short: 'SMC', region: 'uk', kind: 'hta' },
  { id: 'uk-awmsg', name: 'All Wales Medicines Strategy Group (AWMSG)', short: 'AWMSG', region: 'uk', kind: 'hta' },
  { id: 'ca-health-canada', name: 'Health Canada', short: 'Health Canada', region: 'ca', kind: 'regulator' },
  { id: 'ca-cda-amc', name: 'Canada’s Drug Agency (CDA-AMC, formerly CADTH)', short: 'CDA-AMC', region: 'ca', kind: 'hta' },
  { id: 'au-tga', name: 'Therapeutic Goods Administration (TGA)', short: 'TGA', region: 'au', kind: 'regulator' },
  { id: 'au-pbac', name: 'Pharmaceutical Benefits Advisory Committee (PBAC)', short: 'PBAC', region: 'au', kind: 'hta' },
  { id: 'ch-swissmedic', name: 'Swissmedic', short: 'Swissmedic', region: 'ch', kind: 'regulator' },
  { id: 'jp-pmda', name: 'Japan’s Ministry of Health, on the advice of the PMDA', short: 'Japan (PMDA)', region: 'jp', kind: 'regulator' },
  { id: 'fr-ansm', name: 'French medicines agency (ANSM)', short: 'ANSM', region: 'fr', kind: 'regulator' },
  { id: 'ae-ede', name: 'Emirates Drug Establishment', short: 'Emirates Drug Establishment', region: 'ae', kind: 'regulator' },
] as const satisfies readonly { id: string; name: string; short: string; region: Region; kind: BodyKind }[];

export type RegulatorId = (typeof regulatorList)[number]['id'];
export type Regulator = (typeof regulatorList)[number];
export const regulatorIds = regulatorList.map((r) => r.id) as unknown as [RegulatorId, ...RegulatorId[]];
export const regulatorById = Object.fromEntries(regulatorList.map((r) => [r.id, r])) as Record<RegulatorId, Regulator>;

/** What a body decided. */
export const decisions = labelled([
  ['approved', 'Approved'],
  ['conditional', 'Approved with conditions'],
  ['refused', 'Refused'],
  ['under-review', 'Under review'],
  ['withdrawn', 'Withdrawn'],
]);
export type Decision = KeyOf<typeof decisions>;

/** The decision in words that fit the body: a health-technology body recommends, it does not approve. */
export function decisionLabel(decision: Decision, kind: BodyKind): string {
  if (kind === 'regulator') return decisions.labels[decision];
  const hta: Record<Decision, string> = {
    approved: 'Recommended',
    conditional: 'Recommended with restrictions',
    refused: 'Not recommended',
    'under-review': 'Being appraised',
    withdrawn: 'Appraisal withdrawn',
  };
  return hta[decision];
}

/** Decisions that let people use the medicine (for a regulator) or have it paid for (for a health-technology body). */
export const grantingDecisions: readonly Decision[] = ['approved', 'conditional'];
