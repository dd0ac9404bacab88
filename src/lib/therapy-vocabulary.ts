/**
 * The words of the therapy pipeline: how a therapy works, what it is for, who it is for, where it
 * stands, and how each trial went. The schema in src/content/schemas/therapy.ts accepts exactly
 * these values; pages, charts, search and the open data show their labels.
 */
import { labelled, type KeyOf } from './labelled.ts';

/** How a therapy is thought to work. */
export const mechanisms = labelled([
  ['anti-cd20', 'Immune: anti-CD20 (B-cell depleting)'],
  ['s1p-modulator', 'Immune: S1P receptor modulator'],
  ['btk-inhibitor', 'Immune: BTK inhibitor'],
  ['anti-cd40l', 'Immune: anti-CD40L'],
  ['other-immune', 'Immune: other'],
  ['antiviral', 'Antiviral'],
  ['neuroprotective', 'Neuroprotective'],
  ['metabolic', 'Metabolic'],
  ['repair-remyelination', 'Repair and remyelination'],
  ['cell-therapy', 'Cell therapy'],
  ['symptomatic', 'Symptomatic'],
  ['rehabilitation', 'Rehabilitation'],
]);

/** What a therapy is for. */
export const purposes = labelled([
  ['disease-modifying', 'Slowing the disease'],
  ['symptomatic', 'Easing a symptom'],
  ['rehabilitation', 'Rehabilitation'],
]);

/** Who a therapy or trial is for. */
export const populations = labelled([
  ['ppms', 'Primary progressive MS'],
  ['spms', 'Secondary progressive MS'],
  ['active-spms', 'Active secondary progressive MS'],
  ['non-relapsing-spms', 'Non-relapsing secondary progressive MS'],
  ['progressive-ms', 'Progressive MS in general'],
  ['all-ms', 'All types of MS'],
]);

/** Where a therapy stands overall. */
export const statuses = labelled([
  ['approved', 'Approved for some progressive MS'],
  ['in-trial', 'In a trial'],
  ['positive', 'Positive result'],
  ['mixed', 'Mixed result'],
  ['did-not-work', 'Did not work'],
  ['stopped', 'Stopped'],
]);

/** Trial phases, in the order a therapy passes through them. */
export const phases = labelled([
  ['1', 'Phase 1'],
  ['1/2', 'Phase 1/2'],
  ['2', 'Phase 2'],
  ['2/3', 'Phase 2/3'],
  ['3', 'Phase 3'],
  ['3b', 'Phase 3b'],
  ['4', 'Phase 4'],
  ['none', 'No phase (not a medicine trial)'],
]);

/**
 * How a single trial turned out. "ongoing" is the only one without a result. A trial that
 * compared two doses of a medicine that works is "no-better-dose", never "did-not-work".
 */
export const outcomes = labelled([
  ['positive', 'Met its main goal'],
  ['mixed', 'Mixed result'],
  ['did-not-work', 'Did not meet its main goal'],
  ['no-better-dose', 'A higher dose worked no better'],
  ['stopped', 'Stopped early'],
  ['ongoing', 'Still running'],
]);

/**
 * Whether a trial is taking people, as its registry record says. "not-known" is for a running
 * trial whose sources do not say; the page then sends the reader to the registry record.
 */
export const recruitmentStatuses = labelled([
  ['not-yet-recruiting', 'Not yet recruiting'],
  ['recruiting', 'Recruiting'],
  ['active-not-recruiting', 'Running, not recruiting'],
  ['completed', 'Completed'],
  ['stopped-early', 'Stopped early'],
  ['withdrawn', 'Withdrawn before it started'],
  ['not-known', 'Not known: see the registry record'],
]);

/** The recruitment statuses a reader might still join. */
export const joinableRecruitment: readonly KeyOf<typeof recruitmentStatuses>[] = ['recruiting', 'not-yet-recruiting'];

/** What kind of change a therapy's history records. */
export const historyKinds = labelled([
  ['trial-started', 'Trial started'],
  ['trial-reported', 'Trial reported'],
  ['trial-changed', 'Trial changed'],
  ['decision', 'Regulator decided'],
  ['status-changed', 'Status changed'],
]);

export type Mechanism = KeyOf<typeof mechanisms>;
export type Purpose = KeyOf<typeof purposes>;
export type Population = KeyOf<typeof populations>;
export type Status = KeyOf<typeof statuses>;
export type Phase = KeyOf<typeof phases>;
export type Outcome = KeyOf<typeof outcomes>;
export type Recruitment = KeyOf<typeof recruitmentStatuses>;
export type HistoryKind = KeyOf<typeof historyKinds>;
