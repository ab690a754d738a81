// A topic's exercise, marked done with a short reflection. The exercise is the practice item of
// kind `exercise` in the lesson; every lesson names one, and it is what makes every topic
// completable before its labs and tools exist.
import type { ExerciseResult } from '../../api/index.js';
import { exerciseOf, type ProgramContent } from '../../learning/progress/index.js';
import { AccountError, type AccountsContext } from '../accounts/context.js';
import { assertTopic } from './reading.js';

function exerciseIdOf(content: ProgramContent, topicId: string): string {
  assertTopic(content, topicId);
  const exerciseId = exerciseOf(content, topicId);
  if (exerciseId === null)
    throw new AccountError(
      404,
      `Topic "${topicId}" has no exercise in its practice list, so there is nothing to mark done.`,
    );
  return exerciseId;
}

/** Marks the exercise done, or replaces the reflection of one already done (keeping its time). */
export async function completeExercise(
  ctx: AccountsContext,
  content: ProgramContent,
  userId: string,
  topicId: string,
  reflection: string,
): Promise<ExerciseResult> {
  const exerciseId = exerciseIdOf(content, topicId);
  await ctx.db
    .insertInto('exercise_completions')
    .values({
      user_id: userId,
      topic_id: topicId,
      exercise_id: exerciseId,
      reflection,
      done_at: ctx.now().toISOString(),
    })
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'exercise_id']).doUpdateSet({ reflection }),
    )
    .execute();
  const row = await ctx.db
    .selectFrom('exercise_completions')
    .select(['reflection', 'done_at'])
    .where('user_id', '=', userId)
    .where('exercise_id', '=', exerciseId)
    .executeTakeFirstOrThrow();
  return { topicId, exerciseId, reflection: row.reflection, doneAt: row.done_at };
}

export async function undoExercise(
  ctx: AccountsContext,
  content: ProgramContent,
  userId: string,
  topicId: string,
): Promise<void> {
  const exerciseId = exerciseIdOf(content, topicId);
  await ctx.db
    .deleteFrom('exercise_completions')
    .where('user_id', '=', userId)
    .where('exercise_id', '=', exerciseId)
    .execute();
}
