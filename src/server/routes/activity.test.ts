// Recent activity over HTTP on every database: events from every source, newest first, a lab's
// first pass only, reviews summed per day of the learner's clock, and nothing of anyone else.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import { realContent } from '../../../test/support/learning.js';
import type { ActivityItem } from '../../api/index.js';
import type { Database } from '../db/database.js';
import { addCardsToDeck } from '../learning/deck.js';

const topicTitle = (id: string) => realContent.topicById.get(id)!.title;

describe.each(testDatabaseKinds)('activity on %s', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind));
  });
  afterAll(async () => dispose());

  const activity = async (user: Signed, query = '') => {
    const response = await app.inject(as(user, { url: `/api/v1/me/activity${query}` }));
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: ActivityItem[] }).items;
  };

  /** One event of every kind, at known times, oldest first. */
  async function seed(user: Signed) {
    const db = database.db;
    await db
      .insertInto('topic_reads')
      .values([
        {
          user_id: user.id,
          topic_id: 'retry-strategy',
          via: 'read',
          read_at: '2026-03-02T08:00:00.000Z',
        },
        {
          user_id: user.id,
          topic_id: 'failure-behavior',
          via: 'test-out',
          read_at: '2026-03-02T08:30:00.000Z',
        },
      ])
      .execute();
    const attempt = (n: number, correct: number, at: string) => ({
      id: randomUUID(),
      user_id: user.id,
      topic_id: 'retry-strategy',
      attempt_number: n,
      correct,
      total: 4,
      before_reading: 0,
      submitted_at: at,
    });
    await db
      .insertInto('quiz_attempts')
      .values([
        attempt(1, 2, '2026-03-02T09:00:00.000Z'),
        attempt(2, 3, '2026-03-02T09:10:00.000Z'),
      ])
      .execute();
    await db
      .insertInto('exercise_completions')
      .values({
        user_id: user.id,
        topic_id: 'retry-strategy',
        exercise_id: 'ex-retry-strategy',
        reflection: 'Wrote the standard and had two teams review it.',
        done_at: '2026-03-02T11:00:00.000Z',
      })
      .execute();
    const pass = (at: string) => ({
      id: randomUUID(),
      user_id: user.id,
      lab_id: 'retry-storm',
      knobs: '{}',
      seed: 1,
      answer: null,
      conditions: '[]',
      passed_at: at,
    });
    // Passed twice: only the first pass is news.
    await db
      .insertInto('lab_passes')
      .values([pass('2026-03-02T12:00:00.000Z'), pass('2026-03-04T12:00:00.000Z')])
      .execute();
    await db
      .insertInto('assessment_results')
      .values({
        id: randomUUID(),
        user_id: user.id,
        kind: 'level',
        answers: '{}',
        result: '{}',
        taken_at: '2026-03-02T13:00:00.000Z',
      })
      .execute();
    await addCardsToDeck(
      db,
      user.id,
      [{ source: 'own', topicId: 'retry-strategy', front: 'Q', back: 'A' }],
      new Date('2026-03-02T08:00:00.000Z'),
    );
    const card = await db
      .selectFrom('deck_cards')
      .select('id')
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    const review = (at: string) => ({
      id: randomUUID(),
      user_id: user.id,
      card_id: card.id,
      rating: 3,
      state: 0,
      due: at,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      reviewed_at: at,
    });
    // In UTC: two on 2 March, two on 3 March. At UTC+2 the 23:30 review falls on 3 March too.
    await db
      .insertInto('review_logs')
      .values([
        review('2026-03-02T20:00:00.000Z'),
        review('2026-03-02T23:30:00.000Z'),
        review('2026-03-03T01:00:00.000Z'),
        review('2026-03-03T21:00:00.000Z'),
      ])
      .execute();
  }

  it('has nothing for a new learner', async () => {
    expect(await activity(await signUp(app))).toEqual([]);
  });

  it('merges every kind of event, newest first, with what it is about and where it leads', async () => {
    const user = await signUp(app);
    await seed(user);
    const other = await signUp(app);
    await seed(other);
    const items = await activity(user);
    expect(items.map((i) => [i.kind, i.at])).toEqual([
      ['reviews', '2026-03-03T21:00:00.000Z'],
      ['reviews', '2026-03-02T23:30:00.000Z'],
      ['assessment', '2026-03-02T13:00:00.000Z'],
      ['lab-passed', '2026-03-02T12:00:00.000Z'],
      ['exercise-done', '2026-03-02T11:00:00.000Z'],
      ['quiz-attempt', '2026-03-02T09:10:00.000Z'],
      ['quiz-attempt', '2026-03-02T09:00:00.000Z'],
      ['tested-out', '2026-03-02T08:30:00.000Z'],
      ['lesson-read', '2026-03-02T08:00:00.000Z'],
    ]);
    const retry = { id: 'retry-strategy', title: topicTitle('retry-strategy') };
    expect(items[0]).toMatchObject({
      summary: 'Reviewed 2 cards',
      link: '/reviews',
      reviews: { count: 2, day: '2026-03-03' },
    });
    expect(items[2]).toMatchObject({ link: '/assessments/level', assessment: { kind: 'level' } });
    expect(items[3]).toMatchObject({
      summary: 'Passed the lab “Retry storm”',
      lab: { id: 'retry-storm', title: 'Retry storm' },
      topic: retry,
      link: '/labs/retry-storm',
    });
    expect(items[4]).toMatchObject({ topic: retry, link: '/topics/retry-strategy' });
    // 3 of 4 is 75%, the pass mark; 2 of 4 is below it.
    expect(items[5]!.quiz).toEqual({ correct: 3, total: 4, score: 0.75, passed: true, attempt: 2 });
    expect(items[6]!.quiz).toEqual({ correct: 2, total: 4, score: 0.5, passed: false, attempt: 1 });
    expect(items[6]!.summary).toBe(`Took the quiz on “${retry.title}”: 2 of 4`);
    expect(items[8]).toEqual({
      kind: 'lesson-read',
      at: '2026-03-02T08:00:00.000Z',
      summary: `Read “${retry.title}”`,
      topic: retry,
      lab: null,
      link: '/topics/retry-strategy',
      quiz: null,
      reviews: null,
      assessment: null,
    });
  });

  it('sums reviews per day of the learner’s clock, and keeps to the limit', async () => {
    const user = await signUp(app);
    await seed(user);
    const reviews = (items: ActivityItem[]) =>
      items.filter((i) => i.kind === 'reviews').map((i) => i.reviews);
    expect(reviews(await activity(user, '?tzOffset=120'))).toEqual([
      { count: 3, day: '2026-03-03' },
      { count: 1, day: '2026-03-02' },
    ]);
    // At UTC−5 the 01:00 review of 3 March is still the evening of 2 March.
    expect(reviews(await activity(user, '?tzOffset=-300'))).toEqual([
      { count: 1, day: '2026-03-03' },
      { count: 3, day: '2026-03-02' },
    ]);
    const two = await activity(user, '?limit=2');
    expect(two.map((i) => i.kind)).toEqual(['reviews', 'reviews']);
  });

  it('answers a bad limit or offset with a 400 that names the parameter', async () => {
    const user = await signUp(app);
    for (const query of ['?limit=0', '?limit=101', '?limit=ten', '?tzOffset=900']) {
      const response = await app.inject(as(user, { url: `/api/v1/me/activity${query}` }));
      expect(response.statusCode, query).toBe(400);
      const name = query.slice(1).split('=')[0];
      expect(response.json()).toMatchObject({
        errors: [expect.objectContaining({ path: `querystring.${name}` })],
      });
    }
  });
});
