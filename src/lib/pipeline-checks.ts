/**
 * Checks across therapy files that one file's schema cannot make: a trial listed twice, and
 * multi-arm trials whose arms do not agree. The pipeline page runs them at build time, so a
 * mistake stops the build with the files to fix.
 */

export interface CheckedTrial {
  name: string;
  registryIds: readonly string[];
  startYear?: number | undefined;
  resultYear?: number | undefined;
  /** Ids of the other therapies tested in the same trial. */
  otherArms: readonly string[];
}

export interface CheckedTherapy {
  id: string;
  trials: readonly CheckedTrial[];
}

/**
 * "Approved" is worked out from the decisions, so the two must agree: a therapy marked approved
 * needs a regulator's approval on record, and one a regulator approved must be marked approved.
 */
export function statusProblems(therapies: readonly { id: string; status: string; approvedByRegulator: boolean }[]): string[] {
  return therapies.flatMap((t) => {
    if (t.status === 'approved' && !t.approvedByRegulator)
      return [
        `${fileOf(t.id)}: status is approved, but no decision says a regulator approved it. Add the decision (regulator, populations, indication, decision, date, sources) or change status.`,
      ];
    if (t.status !== 'approved' && t.approvedByRegulator)
      return [`${fileOf(t.id)}: a regulator's decision approves it, so status must be approved (it is ${t.status}). Change status, or check the decision.`];
    return [];
  });
}

const fileOf = (id: string) => `src/content/therapies/${id}.yaml`;
/** Trial names compared without case, spaces or punctuation: "MS-STAT2" and "MS STAT 2" are one trial. */
const nameKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Every problem found, as sentences that name the file and the trial. An empty list means the data agrees. */
export function pipelineProblems(therapies: readonly CheckedTherapy[]): string[] {
  const problems: string[] = [];
  const byId = new Map(therapies.map((t) => [t.id, t]));

  for (const therapy of therapies) {
    const seen = new Map<string, string>();
    for (const trial of therapy.trials) {
      for (const key of [`name:${nameKey(trial.name)}`, ...trial.registryIds.map((id) => `id:${id}`)]) {
        const first = seen.get(key);
        if (first !== undefined)
          problems.push(
            `${fileOf(therapy.id)}: trial "${trial.name}" repeats "${first}" (same ${key.startsWith('id:') ? `registry ID ${key.slice(3)}` : 'name'}). List each trial once.`,
          );
        else seen.set(key, trial.name);
      }
    }
  }

  // A trial in two files must be one multi-arm trial, listed as such in both.
  const owners = new Map<string, { therapy: string; trial: CheckedTrial }[]>();
  for (const therapy of therapies) {
    for (const trial of therapy.trials) {
      for (const key of new Set([`name:${nameKey(trial.name)}`, ...trial.registryIds.map((id) => `id:${id}`)])) {
        owners.set(key, [...(owners.get(key) ?? []), { therapy: therapy.id, trial }]);
      }
    }
  }
  const reported = new Set<string>();
  for (const listed of owners.values()) {
    for (const a of listed) {
      for (const b of listed) {
        if (a.therapy >= b.therapy) continue;
        const pair = `${a.therapy}|${b.therapy}|${a.trial.name}`;
        if (reported.has(pair)) continue;
        reported.add(pair);
        if (!a.trial.otherArms.includes(b.therapy) || !b.trial.otherArms.includes(a.therapy)) {
          problems.push(
            `${fileOf(a.therapy)} and ${fileOf(b.therapy)} both list trial "${a.trial.name}". If it is one multi-arm trial, list each other in otherArms; otherwise remove the duplicate.`,
          );
        }
      }
    }
  }

  for (const therapy of therapies) {
    for (const trial of therapy.trials) {
      for (const other of trial.otherArms) {
        const arm = byId.get(other);
        if (other === therapy.id) {
          problems.push(`${fileOf(therapy.id)}: trial "${trial.name}" lists this therapy itself in otherArms.`);
          continue;
        }
        const twin = arm?.trials.find((t) => nameKey(t.name) === nameKey(trial.name) || t.registryIds.some((id) => trial.registryIds.includes(id)));
        if (!arm || !twin) {
          problems.push(`${fileOf(therapy.id)}: trial "${trial.name}" names "${other}" in otherArms, but ${fileOf(other)} does not list that trial.`);
          continue;
        }
        const same = (x: CheckedTrial, y: CheckedTrial) =>
          nameKey(x.name) === nameKey(y.name) && x.registryIds.join() === y.registryIds.join() && x.startYear === y.startYear && x.resultYear === y.resultYear;
        if (therapy.id < other && !same(trial, twin)) {
          problems.push(
            `${fileOf(therapy.id)} and ${fileOf(other)} describe trial "${trial.name}" differently: give both the same name, registryIds, startYear and resultYear.`,
          );
        }
      }
    }
  }
  return problems;
}
