// A learner's right to their learning data: after a day of reading, a quiz, reviews, an
// assessment and a plan, the account export holds every one of those rows and nobody else's,
// and erasing the account leaves no row about them in any learning table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import { answersWithRight, questionsOf, realContent } from '../../../test/support/learning.js';
import { levelAnswers, submitAssessment } from '../../../test/support/assessments.js';
import type { Database } from '../db/database.js';

const topic = 'retry-strategy';
const learningTables = [
  'learner_settings',
  'topic_reads',
  'exercise_completions',
  'quiz_attempts',
  'deck_cards',
  'review_logs',
  'assessment_results',
] as const;

describe.each(testDatabaseKinds)('learning data in the export and erasure (%s)', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind));
    await signUp(app); // the first account is the admin; the learners below are not
  });
  afterAll(() => dispose());

  const rowsAbout = async (userId: string) => {
    const counts: Record<string, number> = {};
    for (const table of learningTables) {
      const row = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  };

  async function aDayOfLearning(user: Signed) {
    const send = async (method: 'POST' | 'PUT', url: string, payload?: object) => {
      const response = await app.inject(
        as(user, {
          method,
          url,
          ...(payload ? { payload: payload as Record<string, unknown> } : {}),
        }),
      );
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
      return response.json() as Record<string, unknown>;
    };
    await send('PUT', '/api/v1/me/plan', { startDate: '2026-11-23', daysPerWeek: 7 });
    // One question right on the first attempt: the rest become cards.
    await send('POST', `/api/v1/topics/${topic}/quiz-attempts`, {
      answers: answersWithRight(topic, 1),
    });
    await send('POST', `/api/v1/topics/${topic}/read`);
    await send('PUT', `/api/v1/topics/${topic}/exercise`, {
      reflection: 'A retry budget of 10% keeps the load under 1.1× in a full outage.',
    });
    const due = (await app.inject(as(user, { url: '/api/v1/reviews/due' }))).json() as {
      cards: { id: string }[];
    };
    await send('POST', `/api/v1/reviews/${due.cards[0]!.id}`, { rating: 'good' });
    const saved = await submitAssessment(app, user, 'level', levelAnswers());
    expect(saved.statusCode).toBe(201);
  }

  it('exports every learning row of the learner, and only theirs', async () => {
    const learner = await signUp(app, { name: 'Learner' });
    const other = await signUp(app, { name: 'Other' });
    await aDayOfLearning(learner);
    await aDayOfLearning(other);

    const response = await app.inject(as(learner, { url: '/api/v1/me/export' }));
    expect(response.statusCode).toBe(200);
    const data = response.json() as {
      learning: {
        plan: { startDate: string } | null;
        reads: { topicId: string }[];
        exercises: { reflection: string }[];
        quizAttempts: { attemptNumber: number; answers: unknown[] }[];
      };
      reviews: { cards: { source: string }[]; reviews: { rating: string }[] };
      assessments: { kind: string }[];
    };
    const questions = questionsOf(topic).length;
    const cards = realContent.quizzes.get(topic)!.cards.length;
    expect(data.learning.plan).toMatchObject({ startDate: '2026-11-23' });
    expect(data.learning.reads).toEqual([expect.objectContaining({ topicId: topic })]);
    expect(data.learning.exercises[0]!.reflection).toMatch(/retry budget/);
    expect(data.learning.quizAttempts).toHaveLength(1);
    expect(data.learning.quizAttempts[0]!.answers).toHaveLength(questions);
    expect(data.reviews.cards.filter((c) => c.source === 'missed')).toHaveLength(questions - 1);
    expect(data.reviews.cards.filter((c) => c.source === 'content')).toHaveLength(cards);
    expect(data.reviews.reviews).toEqual([expect.objectContaining({ rating: 'good' })]);
    expect(data.assessments).toEqual([expect.objectContaining({ kind: 'level' })]);
    expect(response.body).not.toContain(other.id);
  });

  it('erases every learning row with the account, and keeps everyone else’s', async () => {
    const learner = await signUp(app);
    const other = await signUp(app);
    await aDayOfLearning(learner);
    await aDayOfLearning(other);
    const before = await rowsAbout(learner.id);
    for (const table of learningTables) expect(before[table], table).toBeGreaterThan(0);

    const erased = await app.inject(
      as(learner, { method: 'DELETE', url: '/api/v1/me', payload: { password: learner.password } }),
    );
    expect(erased.statusCode).toBe(204);
    expect(Object.values(await rowsAbout(learner.id))).toEqual(learningTables.map(() => 0));
    expect(await rowsAbout(other.id)).toEqual(before);
  });
});
