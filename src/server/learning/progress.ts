// A learner's progress: their facts from the database, handed to the pure computation.
import type { Kysely } from 'kysely';
import {
  learnerProgress,
  type LearnerFacts,
  type LearnerProgress,
  type ProgramContent,
} from '../../learning/progress/index.js';
import type { AccountsContext } from '../accounts/context.js';
import type { DatabaseSchema } from '../db/schema.js';
import { readPlan } from './plan.js';

export async function loadLearnerFacts(
  db: Kysely<DatabaseSchema>,
  userId: string,
): Promise<LearnerFacts> {
  const [reads, exercises, labPasses, quizAttempts, assessments] = await Promise.all([
    db
      .selectFrom('topic_reads')
      .select(['topic_id as topicId', 'read_at as readAt', 'via'])
      .where('user_id', '=', userId)
      .execute(),
    db
      .selectFrom('exercise_completions')
      .select(['exercise_id as exerciseId', 'done_at as doneAt'])
      .where('user_id', '=', userId)
      .execute(),
    db
      .selectFrom('lab_passes')
      .select(['lab_id as labId', 'passed_at as passedAt'])
      .where('user_id', '=', userId)
      .execute(),
    db
      .selectFrom('quiz_attempts')
      .select(['topic_id as topicId', 'attempt_number as attemptNumber', 'correct', 'total'])
      .where('user_id', '=', userId)
      .execute(),
    db
      .selectFrom('assessment_results')
      .select(['kind', 'taken_at as takenAt'])
      .where('user_id', '=', userId)
      .execute(),
  ]);
  return {
    reads,
    exercises,
    labPasses,
    quizAttempts: quizAttempts.map((a) => ({
      ...a,
      attemptNumber: Number(a.attemptNumber),
      correct: Number(a.correct),
      total: Number(a.total),
    })),
    assessments,
  };
}

/** Progress as of `today` (the learner's local date), or the server's UTC date. */
export async function progressFor(
  ctx: AccountsContext,
  content: ProgramContent,
  userId: string,
  today?: string,
): Promise<LearnerProgress> {
  const [facts, plan] = await Promise.all([
    loadLearnerFacts(ctx.db, userId),
    readPlan(ctx.db, userId),
  ]);
  return learnerProgress(content, facts, plan, today ?? ctx.now().toISOString().slice(0, 10));
}
