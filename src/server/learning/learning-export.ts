// The learning part of a learner's data export: plan, reads, exercises with reflections, and
// every quiz attempt with its answers. The account export (GET /api/v1/me/export) includes it.
import type { LearningExport } from '../../api/index.js';
import type { AccountsContext } from '../accounts/context.js';

export async function exportLearningForAccount(
  ctx: AccountsContext,
  userId: string,
): Promise<LearningExport> {
  const settings = await ctx.db
    .selectFrom('learner_settings')
    .select(['start_date', 'days_per_week', 'desired_retention', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const reads = await ctx.db
    .selectFrom('topic_reads')
    .select(['topic_id as topicId', 'via', 'read_at as readAt'])
    .where('user_id', '=', userId)
    .orderBy('read_at')
    .orderBy('topic_id')
    .execute();
  const exercises = await ctx.db
    .selectFrom('exercise_completions')
    .select(['topic_id as topicId', 'exercise_id as exerciseId', 'reflection', 'done_at as doneAt'])
    .where('user_id', '=', userId)
    .orderBy('done_at')
    .orderBy('exercise_id')
    .execute();
  const attempts = await ctx.db
    .selectFrom('quiz_attempts')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('submitted_at')
    .orderBy('topic_id')
    .orderBy('attempt_number')
    .execute();
  const answers = await ctx.db
    .selectFrom('quiz_answers')
    .innerJoin('quiz_attempts', 'quiz_attempts.id', 'quiz_answers.attempt_id')
    .select([
      'quiz_answers.attempt_id as attemptId',
      'quiz_answers.question_id as questionId',
      'quiz_answers.given',
      'quiz_answers.correct',
    ])
    .where('quiz_attempts.user_id', '=', userId)
    .orderBy('quiz_answers.question_id')
    .execute();
  return {
    plan: settings
      ? {
          startDate: settings.start_date,
          daysPerWeek: Number(settings.days_per_week),
          desiredRetention: Number(settings.desired_retention),
          updatedAt: settings.updated_at,
        }
      : null,
    reads,
    exercises,
    quizAttempts: attempts.map((attempt) => ({
      topicId: attempt.topic_id,
      attemptNumber: Number(attempt.attempt_number),
      correct: Number(attempt.correct),
      total: Number(attempt.total),
      beforeReading: Number(attempt.before_reading) === 1,
      submittedAt: attempt.submitted_at,
      answers: answers
        .filter((answer) => answer.attemptId === attempt.id)
        .map((answer) => ({
          questionId: answer.questionId,
          given: answer.given === null ? null : (JSON.parse(answer.given) as string | number),
          correct: Number(answer.correct) === 1,
        })),
    })),
  };
}
