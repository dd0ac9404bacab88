/**
 * "Questions you might ask your MS team": a short list for the printout of a symptom or therapy
 * page, written from what that page itself says (its key points, its treatments, its trials and
 * status), so the list is never advice the page does not support. Pure: page data in, questions out.
 */

export interface SymptomPageFacts {
  /** The symptom in everyday words, lower case: "fatigue". */
  symptom: string;
  /** The page's key points, as written. */
  keyPoints: readonly string[];
  /** Treatments the pipeline lists for this symptom. */
  therapies: readonly string[];
}

/** The first few of a list in words: "a, b and c", or "a, b, c and others". */
function listSome(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length > max ? ' and others' : '';
  if (shown.length <= 1) return `${shown.join('')}${rest}`;
  return rest ? `${shown.join(', ')}${rest}` : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

const unstop = (sentence: string) => sentence.trim().replace(/[.!]$/, '');

export function symptomQuestions(facts: SymptomPageFacts): string[] {
  const questions = [`How does my ${facts.symptom} compare with what is usual in progressive MS, and how can we measure it over time?`];
  const [first] = facts.keyPoints;
  if (first) questions.push(`This page says: “${unstop(first)}.” What does that mean for me?`);
  if (facts.therapies.length > 0) {
    questions.push(`Treatments tested for ${facts.symptom} include ${listSome(facts.therapies)}. Could any of them help me, and what are their side effects?`);
  }
  questions.push(`Is there a research study about ${facts.symptom} that I could take part in?`);
  questions.push(`What can I do day to day to manage my ${facts.symptom}, and who else on the team can help?`);
  return questions;
}

export interface TherapyPageFacts {
  name: string;
  /** The status key, e.g. "in-trial" (src/content/schemas/therapy.ts). */
  status: string;
  /** The kinds of MS its trials included, in words. */
  populations: readonly string[];
  /** Names of its trials that are still running. */
  ongoingTrials: readonly string[];
  /** What its first trial measured, in words. */
  measure?: string | undefined;
  /** For a symptomatic therapy: what it eases, e.g. "walking speed". */
  targets?: string | undefined;
}

export function therapyQuestions(facts: TherapyPageFacts): string[] {
  const { name } = facts;
  const aim = facts.targets ? `my ${facts.targets}` : 'my MS';
  const questions: string[] = [];
  if (facts.status === 'approved') questions.push(`${name} is approved for some people with progressive MS. Is it an option for me, and what are its risks?`);
  else if (facts.status === 'did-not-work' || facts.status === 'stopped')
    questions.push(`${name} did not succeed in its trials. What else is being tested for ${aim}?`);
  else questions.push(`${name} is still being studied. Is there anything I can try now for ${aim}?`);
  if (facts.ongoingTrials.length > 0) questions.push(`Could I take part in ${listSome(facts.ongoingTrials, 2)}, or a trial like it?`);
  if (facts.populations.length > 0)
    questions.push(
      `Its trials included people with ${listSome(
        facts.populations.map((p) => p.charAt(0).toLowerCase() + p.slice(1)),
        3,
      )}. Does that match my type of MS?`,
    );
  if (facts.measure) questions.push(`Its trial measured “${unstop(facts.measure)}”. What would a change in that mean for my daily life?`);
  questions.push(`Where can I read about ${name} from a source you trust?`);
  return questions;
}
