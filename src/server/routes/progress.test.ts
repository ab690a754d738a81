// Progress over HTTP on every database: reading, exercises, lab passes and quizzes adding up
// to complete topics; the plan and the week it puts a learner in; each learner sees only
// their own; the learning export; and erasure with the account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp, testPasswordCost } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import { answersWithRight, questionsOf, realContent } from '../../../test/support/learning.js';
import type { ProgressView } from '../../api/index.js';
import type { Database } from '../db/database.js';
import { exportLearningForAccount } from '../learning/learning-export.js';

const topic = 'retry-strategy';
const reflection = 'I wrote our retry standard: 3 attempts, full jitter, a 10% budget.';

describe.each(testDatabaseKinds)('progress routes on %s', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  let now = new Date('2026-03-03T09:00:00.000Z');
  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind, { accounts: { now: () => now } }));
  });
  afterAll(async () => dispose());

  const progress = async (user: Signed, query = '') => {
    const response = await app.inject(as(user, { url: `/api/v1/progress${query}` }));
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ProgressView;
  };
  const topicOf = async (user: Signed, id = topic) =>
    (await progress(user)).topics.find((t) => t.topicId === id)!;
  const request = (
    user: Signed,
    method: 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    app.inject(
      as(user, {
        method,
        url: `/api/v1${url}`,
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      }),
    );
  const countOf = async (
    table: 'topic_reads' | 'deck_cards' | 'exercise_completions',
    user: Signed,
  ) =>
    (await database.db.selectFrom(table).select('user_id').where('user_id', '=', user.id).execute())
      .length;

  it('starts empty, with the first lesson as the next step', async () => {
    const user = await signUp(app);
    const body = await progress(user);
    expect(body.plan).toEqual({ startDate: null, daysPerWeek: 7, desiredRetention: 0.9 });
    expect(body.totals).toMatchObject({ topics: 43, complete: 0, read: 0 });
    expect(body.nextStep).toMatchObject({ topicId: 'senior-staff-principal', part: 'read' });
    expect(body.currentWeek).toBeNull();
  });

  it('marks a lesson read once, adds its cards once, and un-marks it without removing cards', async () => {
    const user = await signUp(app);
    const cards = realContent.quizzes.get(topic)!.cards.length;
    const first = await request(user, 'POST', `/topics/${topic}/read`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      topicId: topic,
      readAt: now.toISOString(),
      via: 'read',
      cardsAdded: cards,
    });
    const firstReadAt = now.toISOString();
    now = new Date(now.getTime() + 60_000);
    const again = await request(user, 'POST', `/topics/${topic}/read`);
    expect(again.json()).toMatchObject({ readAt: firstReadAt, cardsAdded: 0 });
    expect(await topicOf(user)).toMatchObject({
      read: { done: true, at: firstReadAt, via: 'read' },
    });

    const undo = await request(user, 'DELETE', `/topics/${topic}/read`);
    expect(undo.statusCode).toBe(204);
    expect(await topicOf(user)).toMatchObject({ read: { done: false, at: null } });
    expect(await countOf('deck_cards', user)).toBe(cards);
    expect((await request(user, 'POST', '/topics/no-such-topic/read')).statusCode).toBe(404);
  });

  it('marks the exercise done with a trimmed reflection of 20–2,000 characters', async () => {
    const user = await signUp(app);
    const short = await request(user, 'PUT', `/topics/${topic}/exercise`, {
      reflection: `   ${'x'.repeat(19)}   `,
    });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      errors: [{ path: 'body.reflection', message: expect.stringContaining('at least 20') }],
    });
    const long = await request(user, 'PUT', `/topics/${topic}/exercise`, {
      reflection: 'x'.repeat(2001),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ errors: [{ path: 'body.reflection' }] });
    expect(await countOf('exercise_completions', user)).toBe(0);

    const done = await request(user, 'PUT', `/topics/${topic}/exercise`, {
      reflection: `  ${reflection}\n`,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({
      topicId: topic,
      exerciseId: 'ex-retry-strategy',
      reflection,
      doneAt: now.toISOString(),
    });
    const doneAt = now.toISOString();
    now = new Date(now.getTime() + 60_000);
    const edited = await request(user, 'PUT', `/topics/${topic}/exercise`, {
      reflection: `${reflection} Edited.`,
    });
    expect(edited.json()).toMatchObject({ reflection: `${reflection} Edited.`, doneAt });
    const item = (await topicOf(user)).practice.items.find((i) => i.id === 'ex-retry-strategy');
    expect(item).toMatchObject({ kind: 'exercise', required: true, done: true, doneAt });

    expect((await request(user, 'DELETE', `/topics/${topic}/exercise`)).statusCode).toBe(204);
    expect(
      (await topicOf(user)).practice.items.find((i) => i.id === 'ex-retry-strategy')!.done,
    ).toBe(false);
    expect((await request(user, 'PUT', '/topics/nope/exercise', { reflection })).statusCode).toBe(
      404,
    );
  });

  it('completes a topic when it is read, its labs pass on the server, its exercise is done and its quiz passes', async () => {
    const user = await signUp(app);
    await request(user, 'POST', `/topics/${topic}/read`);
    await request(user, 'PUT', `/topics/${topic}/exercise`, { reflection });
    await request(user, 'POST', '/labs/retry-storm/attempts', { knobs: { budget: 0.1 }, seed: 5 });
    let state = await topicOf(user);
    expect(state.practice.done).toBe(false);
    expect(state.practice.items.find((i) => i.id === 'retry-storm')).toMatchObject({ done: true });

    const lab = await request(user, 'POST', '/labs/backoff-and-jitter/attempts', {
      knobs: { jitter: 'full' },
      seed: 1,
    });
    expect(lab.json()).toMatchObject({ recorded: true });
    state = await topicOf(user);
    expect(state.practice.done).toBe(true);
    expect(state.complete).toBe(false);

    const failing = await request(user, 'POST', `/topics/${topic}/quiz-attempts`, {
      answers: answersWithRight(topic, 1),
    });
    expect(failing.json()).toMatchObject({ passed: false });
    expect((await topicOf(user)).complete).toBe(false);
    await request(user, 'POST', `/topics/${topic}/quiz-attempts`, {
      answers: answersWithRight(topic, questionsOf(topic).length),
    });
    const body = await progress(user);
    expect(body.topics.find((t) => t.topicId === topic)!.complete).toBe(true);
    const week4 = body.weeks.find((w) => w.number === 4)!;
    expect(week4).toMatchObject({ complete: 1, topics: week4.topicIds.length });
    expect(week4.fraction).toBe(1 / week4.topicIds.length);
    expect(body.totals).toMatchObject({ complete: 1, read: 1, practiced: 1, checked: 1 });
  });

  it('counts a self-assessment result for the tool that records it', async () => {
    const user = await signUp(app);
    await database.db
      .insertInto('assessment_results')
      .values({
        id: crypto.randomUUID(),
        user_id: user.id,
        kind: 'level',
        answers: '{}',
        result: '{}',
        taken_at: now.toISOString(),
      })
      .execute();
    const item = (await topicOf(user, 'senior-staff-principal')).practice.items.find(
      (i) => i.id === 'level-assessment',
    );
    expect(item).toMatchObject({ done: true, doneAt: now.toISOString() });
  });

  it('stores the plan, refuses impossible values, and places the learner in a week', async () => {
    const user = await signUp(app);
    const plan = (body: unknown) => request(user, 'PUT', '/me/plan', body);
    for (const [body, path] of [
      [{ startDate: '2026-02-30' }, 'body.startDate'],
      [{ startDate: '02/03/2026' }, 'body.startDate'],
      [{ daysPerWeek: 2 }, 'body.daysPerWeek'],
      [{ daysPerWeek: 29 }, 'body.daysPerWeek'],
      [{ daysPerWeek: 7.5 }, 'body.daysPerWeek'],
      [{ desiredRetention: 0.5 }, 'body.desiredRetention'],
      [{ desiredRetention: 0.99 }, 'body.desiredRetention'],
    ] as const) {
      const response = await plan(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect((response.json() as { errors: { path: string }[] }).errors[0]!.path).toBe(path);
    }
    const saved = await plan({ startDate: '2026-03-02', daysPerWeek: 14, desiredRetention: 0.85 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({
      startDate: '2026-03-02',
      daysPerWeek: 14,
      desiredRetention: 0.85,
    });
    // A field left out keeps its value.
    expect((await plan({ daysPerWeek: 7 })).json()).toEqual({
      startDate: '2026-03-02',
      daysPerWeek: 7,
      desiredRetention: 0.85,
    });
    const read = await app.inject(as(user, { url: '/api/v1/me/plan' }));
    expect(read.json()).toEqual({
      startDate: '2026-03-02',
      daysPerWeek: 7,
      desiredRetention: 0.85,
    });
    const settings = await database.db
      .selectFrom('learner_settings')
      .select(['desired_retention', 'days_per_week', 'start_date'])
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(Number(settings.desired_retention)).toBe(0.85);

    const inWeek3 = await progress(user, '?today=2026-03-18');
    expect(inWeek3.currentWeek).toBe(3);
    expect(inWeek3.schedule).toEqual({
      status: 'in-progress',
      today: '2026-03-18',
      endDate: '2026-07-19',
    });
    expect(inWeek3.weeks[2]).toMatchObject({
      startDate: '2026-03-16',
      endDate: '2026-03-22',
      current: true,
    });
    expect(inWeek3.nextStep).toMatchObject({ week: 3, inCurrentWeek: true });
    // Without `today`, the server's date (2026-03-03 on this test clock) is week 1.
    expect((await progress(user)).currentWeek).toBe(1);
    expect((await progress(user, '?today=2026-03-01')).schedule.status).toBe('not-started');
    const badDay = await app.inject(as(user, { url: '/api/v1/progress?today=2026-02-30' }));
    expect(badDay.statusCode).toBe(400);

    expect((await plan({ startDate: null })).json()).toMatchObject({ startDate: null });
    expect((await progress(user, '?today=2026-03-18')).currentWeek).toBeNull();
  });

  it('shows each learner only their own progress and plan', async () => {
    const alice = await signUp(app);
    const bob = await signUp(app);
    await request(alice, 'POST', `/topics/${topic}/read`);
    await request(alice, 'PUT', `/topics/${topic}/exercise`, { reflection });
    await request(alice, 'PUT', '/me/plan', { startDate: '2026-03-02' });
    const bobs = await progress(bob);
    expect(bobs.totals.read).toBe(0);
    expect(bobs.plan.startDate).toBeNull();
    expect(JSON.stringify(bobs)).not.toContain(reflection);
    const bobPlan = await app.inject(as(bob, { url: '/api/v1/me/plan' }));
    expect(bobPlan.json()).toMatchObject({ startDate: null });
  });

  it('exports a learner’s learning data, and erases it with the account', async () => {
    const user = await signUp(app);
    await request(user, 'PUT', '/me/plan', { startDate: '2026-03-02', daysPerWeek: 10 });
    await request(user, 'POST', `/topics/${topic}/read`);
    await request(user, 'PUT', `/topics/${topic}/exercise`, { reflection });
    const choice = questionsOf(topic).find((q) => q.kind === 'choice')!;
    await request(user, 'POST', `/topics/${topic}/quiz-attempts`, {
      answers: { [choice.id]: 'a' },
    });
    const other = await signUp(app);
    await request(other, 'POST', '/topics/failure-behavior/read');

    const exported = await exportLearningForAccount(
      { db: database.db, cost: testPasswordCost, now: () => now },
      user.id,
    );
    expect(exported.plan).toMatchObject({
      startDate: '2026-03-02',
      daysPerWeek: 10,
      desiredRetention: 0.9,
    });
    expect(exported.reads).toEqual([{ topicId: topic, via: 'read', readAt: now.toISOString() }]);
    expect(exported.exercises).toEqual([
      { topicId: topic, exerciseId: 'ex-retry-strategy', reflection, doneAt: now.toISOString() },
    ]);
    expect(exported.quizAttempts).toHaveLength(1);
    const [attempt] = exported.quizAttempts;
    expect(attempt).toMatchObject({ topicId: topic, attemptNumber: 1, beforeReading: false });
    expect(attempt!.answers).toHaveLength(questionsOf(topic).length);
    expect(attempt!.answers.find((a) => a.questionId === choice.id)).toEqual({
      questionId: choice.id,
      given: 'a',
      correct:
        choice.kind === 'choice' && choice.choices.find((c) => c.id === 'a')!.correct === true,
    });
    expect(attempt!.answers.filter((a) => a.given === null)).toHaveLength(
      questionsOf(topic).length - 1,
    );

    const erased = await app.inject(
      as(user, { method: 'DELETE', url: '/api/v1/me', payload: { password: user.password } }),
    );
    expect(erased.statusCode).toBe(204);
    for (const table of ['topic_reads', 'exercise_completions', 'deck_cards'] as const)
      expect(await countOf(table, user), table).toBe(0);
    const left = await exportLearningForAccount(
      { db: database.db, cost: testPasswordCost, now: () => now },
      user.id,
    );
    expect(left).toEqual({ plan: null, reads: [], exercises: [], quizAttempts: [] });
    expect(await countOf('topic_reads', other)).toBe(1);
  });
});
