/**
 * Browser checks that failed after the 1 December 2026 merges and are not fixed yet, each with
 * what fails. They are skipped, so the run counts and lists them, rather than dropped; the
 * closing notes of issues 14 and 15 name each one. Delete an entry once its check passes again.
 */
export const knownFailing: Record<string, string> = {};

export const isKnownFailing = (key: string): boolean => key in knownFailing;
