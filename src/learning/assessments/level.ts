// The week-1 level self-assessment (content/assessments/level.yaml): a placement on each
// dimension, Senior = 1, Staff = 2, Principal = 3 with half steps, one piece of evidence each,
// and a target level. Scored as the file's intro tells the learner: a placement above Senior
// without evidence counts as Senior, each gap is target minus placement, and the two largest
// gaps are named, equal gaps ranked by how long their evidence takes to produce.
import type { LevelAssessment } from '../../curriculum/schema/assessments.js';
import { isRecord, listOf, type AnswerProblem, type Checked } from './answers.js';

export const placements = [1, 1.5, 2, 2.5, 3] as const;
export type Placement = (typeof placements)[number];

/** A target is a level, not a half step: Staff or Principal. */
export const targetLevels = [2, 3] as const;
export type TargetLevel = (typeof targetLevels)[number];

export const levelNames: Record<1 | 2 | 3, string> = { 1: 'Senior', 2: 'Staff', 3: 'Principal' };

/** Enough for the artifact, its date, the teams, the quarters and who can confirm it. */
export const maxEvidenceLength = 2000;

export interface LevelAnswers {
  target: TargetLevel;
  dimensions: Record<string, { placement: Placement; evidence: string }>;
}

export interface LevelDimensionResult {
  id: string;
  title: string;
  /** Where the learner placed themselves. */
  placement: Placement;
  /** What the placement counts as: Senior when it is above Senior and has no evidence. */
  counted: Placement;
  evidence: string;
  /** Target minus the counted placement; negative when the learner is past the target. */
  gap: number;
}

export interface LevelResult {
  target: TargetLevel;
  /** In the order of the definition's dimensions. */
  dimensions: LevelDimensionResult[];
  /** Ids of the (at most) two dimensions with the largest positive gaps, largest first. */
  largestGaps: string[];
}

/** "2.5 (Staff to Principal)": a placement in words. */
export function placementLabel(value: number): string {
  const whole = levelNames[value as 1 | 2 | 3];
  if (whole) return `${value} (${whole})`;
  const below = levelNames[Math.floor(value) as 1 | 2];
  const above = levelNames[Math.ceil(value) as 2 | 3];
  return `${value} (${below} to ${above})`;
}

export function checkLevelAnswers(
  definition: LevelAssessment,
  input: unknown,
): Checked<LevelAnswers> {
  const problems: AnswerProblem[] = [];
  if (!isRecord(input))
    return {
      ok: false,
      problems: [{ path: '', message: 'send an object with `target` and `dimensions`' }],
    };
  const target = input.target;
  if (!(targetLevels as readonly unknown[]).includes(target))
    problems.push({
      path: 'target',
      message: `the target level is 2 (Staff) or 3 (Principal), not ${JSON.stringify(target ?? null)}`,
    });
  const given = isRecord(input.dimensions) ? input.dimensions : null;
  if (!given) {
    problems.push({
      path: 'dimensions',
      message: `send an object with one entry per dimension: ${listOf(
        definition.dimensions.map((d) => d.id),
        'and',
      )}`,
    });
    return { ok: false, problems };
  }
  const known = new Set(definition.dimensions.map((d) => d.id));
  for (const id of Object.keys(given)) {
    if (!known.has(id))
      problems.push({
        path: `dimensions.${id}`,
        message: `unknown dimension "${id}": the dimensions are ${listOf([...known], 'and')}`,
      });
  }
  const dimensions: LevelAnswers['dimensions'] = {};
  for (const dimension of definition.dimensions) {
    const path = `dimensions.${dimension.id}`;
    const answer = given[dimension.id];
    if (!isRecord(answer)) {
      problems.push({
        path,
        message: `place yourself on "${dimension.title}": a placement of ${listOf(placements)}`,
      });
      continue;
    }
    const placement = answer.placement;
    if (!(placements as readonly unknown[]).includes(placement)) {
      problems.push({
        path: `${path}.placement`,
        message: `a placement is ${listOf(placements)} (Senior = 1, Staff = 2, Principal = 3), not ${JSON.stringify(placement ?? null)}`,
      });
      continue;
    }
    const evidence = answer.evidence ?? '';
    if (typeof evidence !== 'string' || evidence.length > maxEvidenceLength) {
      problems.push({
        path: `${path}.evidence`,
        message: `evidence is text of at most ${maxEvidenceLength} characters`,
      });
      continue;
    }
    dimensions[dimension.id] = { placement: placement as Placement, evidence: evidence.trim() };
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answers: { target: target as TargetLevel, dimensions } };
}

/** Scores answers that `checkLevelAnswers` accepted. */
export function scoreLevel(definition: LevelAssessment, answers: LevelAnswers): LevelResult {
  const dimensions = definition.dimensions.map((dimension): LevelDimensionResult => {
    const { placement, evidence } = answers.dimensions[dimension.id]!;
    const counted: Placement = placement > 1 && evidence === '' ? 1 : placement;
    return {
      id: dimension.id,
      title: dimension.title,
      placement,
      counted,
      evidence,
      gap: answers.target - counted,
    };
  });
  const slowness = (id: string) => {
    const rank = definition.slowestEvidenceFirst.indexOf(id);
    return rank === -1 ? Number.MAX_SAFE_INTEGER : rank;
  };
  const largestGaps = dimensions
    .filter((d) => d.gap > 0)
    .sort((a, b) => b.gap - a.gap || slowness(a.id) - slowness(b.id))
    .slice(0, 2)
    .map((d) => d.id);
  return { target: answers.target, dimensions, largestGaps };
}

export interface LevelComparison {
  target: { from: TargetLevel; to: TargetLevel };
  /** Every dimension of either result; null where one result lacks it. */
  dimensions: {
    id: string;
    title: string;
    from: Placement | null;
    to: Placement | null;
    /** Change of the counted placement, later minus earlier. */
    change: number | null;
  }[];
}

/** How the counted placements moved from one result to a later one. */
export function compareLevel(from: LevelResult, to: LevelResult): LevelComparison {
  const earlier = new Map(from.dimensions.map((d) => [d.id, d]));
  const later = new Map(to.dimensions.map((d) => [d.id, d]));
  const ids = [...later.keys(), ...[...earlier.keys()].filter((id) => !later.has(id))];
  return {
    target: { from: from.target, to: to.target },
    dimensions: ids.map((id) => {
      const a = earlier.get(id);
      const b = later.get(id);
      return {
        id,
        title: (b ?? a)!.title,
        from: a?.counted ?? null,
        to: b?.counted ?? null,
        change: a && b ? b.counted - a.counted : null,
      };
    }),
  };
}
