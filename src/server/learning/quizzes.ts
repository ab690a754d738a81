// Taking a topic's quiz. The learner gets the questions without their answers, in a fresh
// option order; a submitted attempt is graded, stored with each answer, and explained. The
// first attempt is kept apart (it says what the learner knew), every question missed on it
// becomes a review card, and passing before reading the lesson marks it read ("test out").
import { randomInt, randomUUID } from 'node:crypto';
import type { QuizAttemptBody, QuizAttemptResult, TopicQuiz } from '../../api/index.js';
import type { ProgramContent } from '../../learning/progress/index.js';
import {
  answerProblems,
  gradeQuiz,
  passMark,
  publicQuiz,
  type RandomBelow,
} from '../../learning/quiz/index.js';
import { AccountError, type AccountsContext } from '../accounts/context.js';
import { addCardsToDeck } from './deck.js';
import { assertTopic, recordRead } from './reading.js';

const cryptoRandomBelow: RandomBelow = (n) => randomInt(n);

export function topicQuiz(
  content: ProgramContent,
  topicId: string,
  randomBelow: RandomBelow = cryptoRandomBelow,
): TopicQuiz {
  assertTopic(content, topicId);
  return { topicId, passMark, questions: publicQuiz(content.quizzes.get(topicId), randomBelow) };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Two attempts racing for the same number: the loser retries with the next one. */
const maxTries = 5;

export async function submitQuizAttempt(
  ctx: AccountsContext,
  content: ProgramContent,
  userId: string,
  topicId: string,
  body: QuizAttemptBody,
): Promise<QuizAttemptResult> {
  assertTopic(content, topicId);
  const quiz = content.quizzes.get(topicId);
  if (!quiz || quiz.questions.length === 0)
    throw new AccountError(400, `Topic "${topicId}" has no quiz questions to answer.`);
  const problems = answerProblems(quiz, body.answers);
  if (problems.length > 0)
    throw new AccountError(
      400,
      `Some answers cannot be graded: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}.`,
      `body.${problems[0]!.path}`,
    );
  const grade = gradeQuiz(quiz, body.answers);
  const now = ctx.now();

  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('quiz_attempts')
          .select((eb) => eb.fn.max('attempt_number').as('n'))
          .where('user_id', '=', userId)
          .where('topic_id', '=', topicId)
          .executeTakeFirst();
        const attemptNumber = Number(last?.n ?? 0) + 1;
        const firstAttempt = attemptNumber === 1;
        const read = await trx
          .selectFrom('topic_reads')
          .select('via')
          .where('user_id', '=', userId)
          .where('topic_id', '=', topicId)
          .executeTakeFirst();
        const attemptId = randomUUID();
        // The unique (user, topic, attempt_number) key refuses the slower of two racing attempts.
        await trx
          .insertInto('quiz_attempts')
          .values({
            id: attemptId,
            user_id: userId,
            topic_id: topicId,
            attempt_number: attemptNumber,
            correct: grade.correct,
            total: grade.total,
            before_reading: read ? 0 : 1,
            submitted_at: now.toISOString(),
          })
          .execute();
        await trx
          .insertInto('quiz_answers')
          .values(
            grade.questions.map((q) => ({
              attempt_id: attemptId,
              question_id: q.questionId,
              given: q.given === null ? null : JSON.stringify(q.given),
              correct: q.correct ? 1 : 0,
              first_attempt: firstAttempt ? 1 : 0,
            })),
          )
          .execute();
        const missed = firstAttempt ? grade.questions.filter((q) => !q.correct) : [];
        const missedCardsAdded = await addCardsToDeck(
          trx,
          userId,
          missed.map((q) => ({ source: 'missed' as const, ref: q.questionId, topicId })),
          now,
        );
        // Only a first attempt can test out: a later one has seen the explanations, which name
        // the right answers, so passing it shows the learner read those, not that they knew.
        const testedOut = firstAttempt && grade.passed && !read;
        const contentCardsAdded = testedOut
          ? (await recordRead(trx, content, userId, topicId, 'test-out', now)).cardsAdded
          : 0;
        return {
          topicId,
          attemptNumber,
          firstAttempt,
          correct: grade.correct,
          total: grade.total,
          score: grade.score,
          passed: grade.passed,
          passMark,
          questions: grade.questions,
          testedOut,
          cardsAdded: missedCardsAdded + contentCardsAdded,
          missedCardsAdded,
        };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= maxTries)
        throw new AccountError(
          409,
          'Other attempts at this quiz were being recorded at the same moment. Submit again.',
        );
    }
  }
}
