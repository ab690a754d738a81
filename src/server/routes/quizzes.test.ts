// Quizzes over HTTP on every database: nothing of the answers before an attempt, grading and
// explanations after it, the first attempt kept apart, misses turned into cards, test-out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import {
  answersWithRight,
  passingCount,
  questionsOf,
  realContent,
  rightAnswer,
  wrongAnswer,
} from '../../../test/support/learning.js';
import type { Database } from '../db/database.js';

const topic = 'retry-strategy';
const questions = questionsOf(topic);
const cards = realContent.quizzes.get(topic)!.cards;

describe.each(testDatabaseKinds)('quiz routes on %s', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind));
  });
  afterAll(async () => dispose());

  const attempt = (user: Signed, answers: Record<string, unknown>, topicId = topic) =>
    app.inject(
      as(user, {
        method: 'POST',
        url: `/api/v1/topics/${topicId}/quiz-attempts`,
        payload: { answers },
      }),
    );
  const deck = (user: Signed) =>
    database.db
      .selectFrom('deck_cards')
      .select(['source', 'ref', 'topic_id'])
      .where('user_id', '=', user.id)
      .orderBy('ref')
      .execute();
  const progressOf = async (user: Signed) => {
    const body = (await app.inject(as(user, { url: '/api/v1/progress' }))).json() as {
      topics: { topicId: string; read: unknown; check: unknown }[];
    };
    return body.topics.find((t) => t.topicId === topic)!;
  };

  it('serves the questions to anyone, with no answer, explanation or tolerance in the JSON', async () => {
    const response = await app.inject({ url: `/api/v1/topics/${topic}/quiz` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    for (const secret of ['"correct"', '"why"', '"answer"', '"tolerance"'])
      expect(response.body).not.toContain(secret);
    for (const question of questions) {
      const hidden =
        question.kind === 'numeric' ? [question.why] : question.choices.map((c) => c.why);
      for (const text of hidden)
        expect(response.body).not.toContain(JSON.stringify(text).slice(1, -1));
    }
    const quiz = response.json() as {
      passMark: number;
      questions: { id: string; kind: string; choices?: { id: string }[]; unit?: string | null }[];
    };
    expect(quiz.passMark).toBe(0.75);
    expect(quiz.questions.map((q) => q.id)).toEqual(questions.map((q) => q.id));
    const numeric = questions.find((q) => q.kind === 'numeric')!;
    expect(quiz.questions.find((q) => q.id === numeric.id)).toEqual({
      id: numeric.id,
      kind: 'numeric',
      prompt: numeric.prompt,
      unit: numeric.kind === 'numeric' ? (numeric.unit ?? null) : null,
    });
  });

  it('shuffles the options on every request', async () => {
    const question = questions.find((q) => q.kind === 'choice' && q.choices.length >= 4)!;
    const orders = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const quiz = (await app.inject({ url: `/api/v1/topics/${topic}/quiz` })).json() as {
        questions: { id: string; choices?: { id: string }[] }[];
      };
      const ids = quiz.questions.find((q) => q.id === question.id)!.choices!.map((c) => c.id);
      expect([...ids].sort()).toEqual(
        question.kind === 'choice' ? question.choices.map((c) => c.id).sort() : [],
      );
      orders.add(ids.join(''));
    }
    // Twenty identical draws of 24 orders would happen with probability 24^-19.
    expect(orders.size).toBeGreaterThan(1);
  });

  it('answers an unknown topic with 404', async () => {
    const response = await app.inject({ url: '/api/v1/topics/no-such-topic/quiz' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ detail: expect.stringContaining('no-such-topic') });
    const user = await signUp(app);
    expect((await attempt(user, {}, 'no-such-topic')).statusCode).toBe(404);
  });

  it('records the first attempt apart, turns its misses into cards, and only its misses', async () => {
    const user = await signUp(app);
    await app.inject(as(user, { method: 'POST', url: `/api/v1/topics/${topic}/read` }));
    const contentCards = (await deck(user)).length;
    expect(contentCards).toBe(cards.length);

    const first = await attempt(user, answersWithRight(topic, 2));
    expect(first.statusCode, first.body).toBe(200);
    const missedFirst = questions.slice(2).map((q) => q.id);
    expect(first.json()).toMatchObject({
      attemptNumber: 1,
      firstAttempt: true,
      correct: 2,
      total: questions.length,
      score: 2 / questions.length,
      passed: false,
      testedOut: false,
      cardsAdded: missedFirst.length,
      missedCardsAdded: missedFirst.length,
    });
    const missedCards = (await deck(user)).filter((c) => c.source === 'missed');
    expect(missedCards.map((c) => c.ref)).toEqual([...missedFirst].sort());
    expect(missedCards.every((c) => c.topic_id === topic)).toBe(true);

    // The second attempt misses the first two questions instead: no new cards.
    const secondAnswers = Object.fromEntries(
      questions.map((q, i) => [q.id, i < 2 ? wrongAnswer(q) : rightAnswer(q)]),
    );
    const second = await attempt(user, secondAnswers);
    expect(second.json()).toMatchObject({
      attemptNumber: 2,
      firstAttempt: false,
      correct: questions.length - 2,
      passed: true,
      cardsAdded: 0,
      missedCardsAdded: 0,
    });
    expect((await deck(user)).length).toBe(contentCards + missedFirst.length);

    const rows = await database.db
      .selectFrom('quiz_attempts')
      .innerJoin('quiz_answers', 'quiz_answers.attempt_id', 'quiz_attempts.id')
      .select(['attempt_number', 'first_attempt', 'before_reading'])
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(2 * questions.length);
    for (const row of rows) {
      expect(Number(row.first_attempt)).toBe(Number(row.attempt_number) === 1 ? 1 : 0);
      expect(Number(row.before_reading)).toBe(0);
    }
    // The best score counts for progress; the first is kept.
    expect(await progressOf(user)).toMatchObject({
      check: {
        done: true,
        attempts: 2,
        firstScore: 2 / questions.length,
        bestScore: (questions.length - 2) / questions.length,
      },
    });
  });

  it('explains each answer: the option chosen, then the right one', async () => {
    const user = await signUp(app);
    const choice = questions.find((q) => q.kind === 'choice')!;
    const numeric = questions.find((q) => q.kind === 'numeric')!;
    if (choice.kind !== 'choice' || numeric.kind !== 'numeric') throw new Error('fixture');
    const wrong = choice.choices.find((c) => c.correct !== true)!;
    const right = choice.choices.find((c) => c.correct === true)!;
    const result = (
      await attempt(user, { [choice.id]: wrong.id, [numeric.id]: numeric.answer })
    ).json() as { questions: { questionId: string }[] };
    expect(result.questions.find((q) => q.questionId === choice.id)).toEqual({
      questionId: choice.id,
      kind: 'choice',
      prompt: choice.prompt,
      correct: false,
      given: wrong.id,
      chosen: { id: wrong.id, text: wrong.text, why: wrong.why },
      right: { id: right.id, text: right.text, why: right.why },
    });
    expect(result.questions.find((q) => q.questionId === numeric.id)).toMatchObject({
      correct: true,
      given: numeric.answer,
      answer: numeric.answer,
      tolerance: numeric.tolerance,
      why: numeric.why,
    });
    // Unanswered questions are wrong, and are cards too.
    expect(result).toMatchObject({ correct: 1, missedCardsAdded: questions.length - 1 });
  });

  it('tests out: a first attempt that passes before reading marks the lesson read and adds its cards', async () => {
    const user = await signUp(app);
    const passed = await attempt(user, answersWithRight(topic, passingCount(topic)));
    expect(passed.json()).toMatchObject({
      attemptNumber: 1,
      passed: true,
      testedOut: true,
      cardsAdded: cards.length + (questions.length - passingCount(topic)),
    });
    expect(await progressOf(user)).toMatchObject({ read: { done: true, via: 'test-out' } });
    expect((await deck(user)).filter((c) => c.source === 'content')).toHaveLength(cards.length);
    const beforeReading = await database.db
      .selectFrom('quiz_attempts')
      .select('before_reading')
      .where('user_id', '=', user.id)
      .orderBy('attempt_number')
      .execute();
    expect(beforeReading.map((r) => Number(r.before_reading))).toEqual([1]);

    // Marking it read afterwards keeps how it was first read.
    const read = await app.inject(
      as(user, { method: 'POST', url: `/api/v1/topics/${topic}/read` }),
    );
    expect(read.json()).toMatchObject({ via: 'test-out', cardsAdded: 0 });
    const again = await attempt(user, answersWithRight(topic, questions.length));
    expect(again.json()).toMatchObject({ passed: true, testedOut: false });
  });

  it('does not test out on a later attempt: the first one’s feedback named the answers', async () => {
    const user = await signUp(app);
    const failed = await attempt(user, answersWithRight(topic, passingCount(topic) - 1));
    expect(failed.json()).toMatchObject({ passed: false, testedOut: false });
    const passed = await attempt(user, answersWithRight(topic, questions.length));
    expect(passed.json()).toMatchObject({ attemptNumber: 2, passed: true, testedOut: false });
    expect(await progressOf(user)).toMatchObject({ read: { done: false } });
    // The pass still counts for the check.
    expect(await progressOf(user)).toMatchObject({ check: { done: true } });
  });

  it('keeps before-reading attempts marked as such', async () => {
    const user = await signUp(app);
    await attempt(user, answersWithRight(topic, passingCount(topic) - 1));
    await attempt(user, answersWithRight(topic, passingCount(topic) - 1));
    const beforeReading = await database.db
      .selectFrom('quiz_attempts')
      .select('before_reading')
      .where('user_id', '=', user.id)
      .orderBy('attempt_number')
      .execute();
    expect(beforeReading.map((r) => Number(r.before_reading))).toEqual([1, 1]);
  });

  it('gives two simultaneous attempts different numbers, and only one is the first', async () => {
    const user = await signUp(app);
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => attempt(user, answersWithRight(topic, 1))),
    );
    const bodies = results.map((r) => {
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as { attemptNumber: number; firstAttempt: boolean; missedCardsAdded: number };
    });
    expect(bodies.map((b) => b.attemptNumber).sort()).toEqual([1, 2, 3, 4]);
    expect(bodies.filter((b) => b.firstAttempt)).toHaveLength(1);
    expect(bodies.reduce((sum, b) => sum + b.missedCardsAdded, 0)).toBe(questions.length - 1);
  });

  it('refuses answers it cannot grade with a 400 that names the field', async () => {
    const user = await signUp(app);
    const unknown = await attempt(user, { 'retry-strategy.q-nope': 'a' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      errors: [{ path: 'body.answers.retry-strategy.q-nope' }],
      detail: expect.stringContaining('there is no question'),
    });
    const choice = questions.find((q) => q.kind === 'choice')!;
    const wrongType = await attempt(user, { [choice.id]: 2 });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json()).toMatchObject({ errors: [{ path: `body.answers.${choice.id}` }] });
    const notAnAnswer = await attempt(user, { [choice.id]: true });
    expect(notAnAnswer.statusCode).toBe(400);
    expect((notAnAnswer.json() as { errors: { path: string }[] }).errors[0]!.path).toContain(
      'answers',
    );
    const noAnswers = await app.inject(
      as(user, { method: 'POST', url: `/api/v1/topics/${topic}/quiz-attempts`, payload: {} }),
    );
    expect(noAnswers.statusCode).toBe(400);
    // Nothing was recorded for any of them.
    const attempts = await database.db
      .selectFrom('quiz_attempts')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(attempts).toHaveLength(0);
  });

  it('needs a session and the CSRF token to submit', async () => {
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/v1/topics/${topic}/quiz-attempts`,
      payload: { answers: {} },
    });
    expect(anonymous.statusCode).toBe(401);
    const user = await signUp(app);
    const noToken = await app.inject(
      as(user, {
        method: 'POST',
        url: `/api/v1/topics/${topic}/quiz-attempts`,
        payload: { answers: {} },
        headers: { 'x-csrf-token': '' },
      }),
    );
    expect(noToken.statusCode).toBe(403);
  });

  it('keeps one learner’s attempts out of another’s progress', async () => {
    const alice = await signUp(app);
    const bob = await signUp(app);
    await attempt(alice, answersWithRight(topic, questions.length));
    expect(await progressOf(alice)).toMatchObject({ check: { attempts: 1 }, read: { done: true } });
    expect(await progressOf(bob)).toMatchObject({ check: { attempts: 0 }, read: { done: false } });
    expect(await deck(bob)).toEqual([]);
  });
});
