// First-attempt statistics per question, for authors (`stafflab content quiz-stats`).
import type { Kysely } from 'kysely';
import type { Quiz } from '../../curriculum/index.js';
import { firstAttemptStats, type QuizStats } from '../../learning/quiz/index.js';
import type { DatabaseSchema } from '../db/schema.js';

/** Statistics for the given quizzes (topic id → quiz) from every learner's first attempt. */
export async function quizStatsFromDatabase(
  db: Kysely<DatabaseSchema>,
  quizzes: ReadonlyMap<string, Quiz>,
): Promise<QuizStats> {
  const questionIds = [...quizzes.values()].flatMap((quiz) => quiz.questions.map((q) => q.id));
  if (questionIds.length === 0) return { questions: [], unattempted: [] };
  const rows = await db
    .selectFrom('quiz_answers')
    .select(['question_id', 'given', 'correct'])
    .where('first_attempt', '=', 1)
    .where('question_id', 'in', questionIds)
    .execute();
  return firstAttemptStats(
    quizzes,
    rows.map((row) => ({
      questionId: row.question_id,
      given: row.given,
      correct: Number(row.correct) === 1,
    })),
  );
}
