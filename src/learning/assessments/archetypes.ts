// The week-2 archetype questionnaire (content/assessments/archetypes.yaml): one option per item,
// each option's points summed per archetype. The highest total is the primary archetype and the
// second highest the secondary; equal totals rank in the order of the file's archetypes list
// (the archetype listed first ranks higher), as the file's scoring description says.
import {
  archetypeIds,
  type ArchetypeAssessment,
  type ArchetypeId,
} from '../../curriculum/schema/assessments.js';
import { isRecord, type AnswerProblem, type Checked } from './answers.js';

/** Totals this close are a near tie: the learner should read the neighbouring interpretations. */
export const closeCallPoints = 3;

export interface ArchetypeAnswers {
  /** The chosen option id, by item id. */
  items: Record<string, string>;
}

export interface ArchetypeScore {
  id: ArchetypeId;
  title: string;
  score: number;
}

export interface ArchetypeInterpretation {
  primary: ArchetypeId;
  secondary: ArchetypeId;
  text: string;
}

export interface ArchetypeResult {
  /** All four archetypes, highest total first; equal totals in the order of the archetypes list. */
  ranking: ArchetypeScore[];
  primary: ArchetypeId;
  secondary: ArchetypeId;
  /** The interpretation of this primary and secondary, or null when the file has none for it. */
  interpretation: string | null;
  /**
   * The interpretations to read as well when totals are within `closeCallPoints`: the top two
   * swapped, or the third as secondary.
   */
  closeCalls: ArchetypeInterpretation[];
}

export function checkArchetypeAnswers(
  definition: ArchetypeAssessment,
  input: unknown,
): Checked<ArchetypeAnswers> {
  const given = isRecord(input) && isRecord(input.items) ? input.items : null;
  if (!given)
    return {
      ok: false,
      problems: [{ path: 'items', message: 'send an object with the chosen option id by item id' }],
    };
  const problems: AnswerProblem[] = [];
  const known = new Set(definition.items.map((item) => item.id));
  for (const id of Object.keys(given))
    if (!known.has(id))
      problems.push({
        path: `items.${id}`,
        message: `unknown item "${id}": answer the ${definition.items.length} items of the questionnaire`,
      });
  const items: Record<string, string> = {};
  for (const item of definition.items) {
    const path = `items.${item.id}`;
    const choice = given[item.id];
    const options = item.options.map((o) => o.id);
    if (choice === undefined || choice === null) {
      problems.push({
        path,
        message: `choose one option (${options.join(', ')}): "${item.prompt}"`,
      });
    } else if (typeof choice !== 'string' || !options.includes(choice)) {
      problems.push({
        path,
        message: `unknown option ${JSON.stringify(choice)}: this item's options are ${options.join(', ')}`,
      });
    } else items[item.id] = choice;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answers: { items } };
}

/** Scores answers that `checkArchetypeAnswers` accepted. */
export function scoreArchetypes(
  definition: ArchetypeAssessment,
  answers: ArchetypeAnswers,
): ArchetypeResult {
  const totals = new Map<ArchetypeId, number>(definition.archetypes.map((a) => [a.id, 0]));
  for (const item of definition.items) {
    const option = item.options.find((o) => o.id === answers.items[item.id])!;
    for (const [id, points] of Object.entries(option.scores) as [ArchetypeId, number][])
      totals.set(id, (totals.get(id) ?? 0) + points);
  }
  // Array.prototype.sort is stable: equal totals keep the order of the archetypes list.
  const ranking = definition.archetypes
    .map((a) => ({ id: a.id, title: a.title, score: totals.get(a.id)! }))
    .sort((a, b) => b.score - a.score);
  const [first, second, third] = ranking as [ArchetypeScore, ArchetypeScore, ArchetypeScore];
  const interpretationOf = (primary: ArchetypeId, secondary: ArchetypeId) =>
    definition.interpretations.find((i) => i.primary === primary && i.secondary === secondary) ??
    null;
  const closeCalls: ArchetypeInterpretation[] = [];
  if (first.score - second.score <= closeCallPoints) {
    const swapped = interpretationOf(second.id, first.id);
    if (swapped) closeCalls.push(swapped);
  }
  if (second.score - third.score <= closeCallPoints) {
    const withThird = interpretationOf(first.id, third.id);
    if (withThird) closeCalls.push(withThird);
  }
  return {
    ranking,
    primary: first.id,
    secondary: second.id,
    interpretation: interpretationOf(first.id, second.id)?.text ?? null,
    closeCalls,
  };
}

export interface ArchetypeComparison {
  /** The four archetypes in their fixed order (Tech Lead, Architect, Solver, Right Hand). */
  archetypes: { id: ArchetypeId; title: string; from: number; to: number; change: number }[];
  primary: { from: ArchetypeId; to: ArchetypeId };
  secondary: { from: ArchetypeId; to: ArchetypeId };
}

/** How each archetype's total moved from one result to a later one. */
export function compareArchetypes(from: ArchetypeResult, to: ArchetypeResult): ArchetypeComparison {
  const scoreIn = (result: ArchetypeResult, id: ArchetypeId) =>
    result.ranking.find((a) => a.id === id)?.score ?? 0;
  return {
    archetypes: archetypeIds.map((id) => {
      const title = (to.ranking.find((a) => a.id === id) ?? from.ranking.find((a) => a.id === id))
        ?.title;
      const a = scoreIn(from, id);
      const b = scoreIn(to, id);
      return { id, title: title ?? id, from: a, to: b, change: b - a };
    }),
    primary: { from: from.primary, to: to.primary },
    secondary: { from: from.secondary, to: to.secondary },
  };
}
