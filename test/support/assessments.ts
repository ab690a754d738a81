// Answers to the real self-assessments and diagnostic, for route tests: built from the content,
// so the right and wrong diagnostic choices are the ones the file marks.
import type { FastifyInstance } from 'fastify';
import { as, type Signed } from './accounts.js';
import { realContent } from './learning.js';

export const archetypes = realContent.archetypeAssessment!;
export const diagnostic = realContent.diagnostic!;

type Choices = { choices: { id: string; correct?: boolean }[] };
const rightChoice = (q: Choices) => q.choices.find((c) => c.correct === true)!.id;
const wrongChoice = (q: Choices) => q.choices.find((c) => c.correct !== true)!.id;

/** A diagnostic form's answers: the pairs whose index `isRight` accepts are answered right. */
export const diagnosticAnswers = (form: 'start' | 'end', isRight: (i: number) => boolean) => ({
  questions: Object.fromEntries(
    diagnostic.pairs.map((pair, i) => [
      pair[form].id,
      isRight(i) ? rightChoice(pair[form]) : wrongChoice(pair[form]),
    ]),
  ),
});

/**
 * Placements on the eight dimensions of level.yaml, with evidence. Against a Staff target the
 * counted placements are scope 1.5, radius 1, horizon 1 (2 without evidence), ownership 2,
 * ambiguity 1, influence 1.5, judgement 2.5 and multiplying 1.5.
 */
export const placed: Record<string, [number, string]> = {
  scope: [1.5, 'Retry-budget RFC, March: 3 teams'],
  'operating-radius': [1, 'Own team only'],
  'time-horizon': [2, ''],
  ownership: [2, 'Dependency-age scorecard for 4 teams, Q2'],
  ambiguity: [1, 'Framed tickets'],
  influence: [1.5, 'Idempotency standard, 2 of 5 teams'],
  'technical-judgement': [2.5, 'ADR-31, queue choice, held 3 quarters'],
  'multiplying-others': [1.5, 'Sponsored two seniors'],
};

export const levelAnswers = (over: Record<string, unknown> = {}) => ({
  target: 2,
  dimensions: Object.fromEntries(
    Object.entries(placed).map(([id, [placement, evidence]]) => [id, { placement, evidence }]),
  ),
  ...over,
});

/** POST /assessments/:kind/results as the user. */
export const submitAssessment = (
  app: FastifyInstance,
  user: Signed,
  kind: string,
  answers: unknown,
) =>
  app.inject(
    as(user, {
      method: 'POST',
      url: `/api/v1/assessments/${kind}/results`,
      payload: { answers } as Record<string, unknown>,
    }),
  );
