// Reviewing over HTTP on every database: what is due, what a rating does to a card and its log,
// another learner's card, and the statistics after a scripted run of reviews on a moved clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import type { DueReviews, ReviewResult, ReviewStatsView } from '../../api/index.js';
import { readContent } from '../content/read-content.js';
import { defaultContentDir } from '../paths.js';
import type { Database } from '../db/database.js';
import { addCardsToDeck } from '../learning/deck.js';

const content = readContent(defaultContentDir).content!;
const quiz = content.quizzes.get('retry-strategy')!;
const topicTitle = content.topicById.get('retry-strategy')!.title;
const minute = 60_000;

describe.each(testDatabaseKinds)('review routes on %s', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  let clock = new Date('2026-03-02T09:00:00.000Z');
  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind, { accounts: { now: () => clock } }));
  });
  afterAll(async () => dispose());

  const due = async (user: Signed, query = '') =>
    (await app.inject(as(user, { url: `/api/v1/reviews/due${query}` }))).json() as DueReviews;
  const rate = (user: Signed, cardId: string, rating: string) =>
    app.inject(as(user, { method: 'POST', url: `/api/v1/reviews/${cardId}`, payload: { rating } }));
  const rated = async (user: Signed, cardId: string, rating: string) => {
    const response = await rate(user, cardId, rating);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ReviewResult;
  };
  const deckRow = (id: string) =>
    database.db.selectFrom('deck_cards').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const logsOf = (id: string) =>
    database.db.selectFrom('review_logs').selectAll().where('card_id', '=', id).execute();

  it('tells a new learner nothing is due', async () => {
    const user = await signUp(app);
    expect(await due(user)).toEqual({
      now: clock.toISOString(),
      dueCount: 0,
      newCount: 0,
      cards: [],
      nextDueAt: null,
    });
  });

  it('lists due cards oldest first with their text from the content, skipping cards whose content is gone', async () => {
    const user = await signUp(app);
    const [first, second] = quiz.cards;
    const missed = quiz.questions.find((q) => q.kind === 'numeric')!;
    await addCardsToDeck(
      database.db,
      user.id,
      [{ source: 'content', ref: first!.id, topicId: 'retry-strategy' }],
      new Date(clock.getTime() - 2 * minute),
    );
    await addCardsToDeck(
      database.db,
      user.id,
      [
        { source: 'content', ref: second!.id, topicId: 'retry-strategy' },
        { source: 'missed', ref: missed.id, topicId: 'retry-strategy' },
        { source: 'content', ref: 'retry-strategy.c-removed-since', topicId: 'retry-strategy' },
      ],
      new Date(clock.getTime() - minute),
    );
    const list = await due(user);
    expect(list).toMatchObject({ dueCount: 3, newCount: 3, nextDueAt: null });
    expect(list.cards[0]).toMatchObject({
      topicId: 'retry-strategy',
      topicTitle,
      source: 'content',
      front: first!.front,
      back: first!.back,
      state: 'new',
      due: new Date(clock.getTime() - 2 * minute).toISOString(),
    });
    const question = list.cards.find((c) => c.source === 'missed')!;
    expect(question.front.startsWith(missed.prompt)).toBe(true);
    expect(question.back).toContain(missed.why);
    // A new card's four outcomes: 1 and 10 minutes (learning steps) or days (Easy).
    const next = list.cards[0]!.next;
    expect(Date.parse(next.again) - clock.getTime()).toBe(minute);
    expect(Date.parse(next.good) - clock.getTime()).toBe(10 * minute);
    expect(Date.parse(next.easy) - clock.getTime()).toBeGreaterThanOrEqual(24 * 60 * minute);
    // The limit bounds the list, never the counts.
    const one = await due(user, '?limit=1');
    expect(one.cards).toHaveLength(1);
    expect(one.dueCount).toBe(3);
    const bad = await app.inject(as(user, { url: '/api/v1/reviews/due?limit=500' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: 'querystring.limit' }] });
  });

  it('moves a rated card forward and logs the review, in one go', async () => {
    const user = await signUp(app);
    await addCardsToDeck(
      database.db,
      user.id,
      [{ source: 'content', ref: quiz.cards[0]!.id, topicId: 'retry-strategy' }],
      clock,
    );
    const [card] = (await due(user)).cards;
    const shown = card!.next.good;
    const result = await rated(user, card!.id, 'good');
    expect(result).toMatchObject({
      id: card!.id,
      rating: 'good',
      state: 'learning',
      due: shown,
      intervalMinutes: 10,
      scheduledDays: 0,
      reps: 1,
      lapses: 0,
      reviewedAt: clock.toISOString(),
    });
    expect(await deckRow(card!.id)).toMatchObject({ due: shown, reps: 1, state: 1 });
    expect(await logsOf(card!.id)).toEqual([
      expect.objectContaining({ rating: 3, state: 0, user_id: user.id, elapsed_days: 0 }),
    ]);
    // No longer due; the next due time is when the learning step ends.
    expect(await due(user)).toMatchObject({ dueCount: 0, cards: [], nextDueAt: shown });
    // Reviewing ahead of time is allowed: the card is simply scheduled from now.
    const early = await rated(user, card!.id, 'good');
    expect(early.reps).toBe(2);
  });

  it('counts a lapse and sends the card to relearning when a review card is rated Again', async () => {
    const user = await signUp(app);
    await addCardsToDeck(
      database.db,
      user.id,
      [{ source: 'content', ref: quiz.cards[1]!.id, topicId: 'retry-strategy' }],
      clock,
    );
    const [card] = (await due(user)).cards;
    const learned = await rated(user, card!.id, 'easy');
    expect(learned).toMatchObject({ state: 'review', lapses: 0 });
    expect(learned.scheduledDays).toBeGreaterThanOrEqual(1);
    clock = new Date(learned.due);
    const forgot = await rated(user, card!.id, 'again');
    expect(forgot).toMatchObject({ state: 'relearning', lapses: 1, reps: 2, intervalMinutes: 10 });
    expect((await logsOf(card!.id)).map((l) => [l.rating, l.state])).toEqual(
      expect.arrayContaining([
        [4, 0],
        [1, 2],
      ]),
    );
  });

  it('answers 404 for another learner’s card and leaves it alone; 400 for an unknown rating', async () => {
    const owner = await signUp(app);
    const other = await signUp(app);
    await addCardsToDeck(
      database.db,
      owner.id,
      [{ source: 'content', ref: quiz.cards[2]!.id, topicId: 'retry-strategy' }],
      clock,
    );
    const [card] = (await due(owner)).cards;
    const before = await deckRow(card!.id);
    const stranger = await rate(other, card!.id, 'good');
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json()).toMatchObject({ detail: expect.stringContaining('no card') });
    expect((await rate(other, 'no-such-card', 'good')).statusCode).toBe(404);
    expect(await deckRow(card!.id)).toEqual(before);
    expect(await logsOf(card!.id)).toEqual([]);
    const badRating = await rate(owner, card!.id, 'perfect');
    expect(badRating.statusCode).toBe(400);
    expect(badRating.json()).toMatchObject({ errors: [{ path: 'body.rating' }] });
  });

  it('counts reviews per day, true retention and the forecast from a scripted run', async () => {
    clock = new Date('2026-04-06T09:00:00.000Z');
    const user = await signUp(app);
    const add = (front: string) =>
      app.inject(
        as(user, {
          method: 'POST',
          url: '/api/v1/cards',
          payload: { topicId: 'retry-strategy', front, back: 'b' },
        }),
      );
    const a = (await add('card A')).json() as { id: string };
    const b = (await add('card B')).json() as { id: string };
    // Day 1 (6 April): A learned with Easy; B with Good twice (two learning steps).
    const aLearned = await rated(user, a.id, 'easy');
    await rated(user, b.id, 'good');
    clock = new Date(clock.getTime() + 10 * minute);
    const bLearned = await rated(user, b.id, 'good');
    expect([aLearned.state, bLearned.state]).toEqual(['review', 'review']);
    // A is forgotten when due; B remembered when due.
    clock = new Date(aLearned.due);
    await rated(user, a.id, 'again');
    const aDay = clock.toISOString().slice(0, 10);
    clock = new Date(Math.max(Date.parse(bLearned.due), clock.getTime()));
    const bReviewed = await rated(user, b.id, 'good');
    const bDay = clock.toISOString().slice(0, 10);

    const response = await app.inject(as(user, { url: '/api/v1/reviews/stats' }));
    expect(response.statusCode).toBe(200);
    const stats = response.json() as ReviewStatsView;
    const day = (date: string) => stats.days.find((d) => d.date === date);
    expect(stats.days).toHaveLength(30);
    expect(stats.days.at(-1)!.date).toBe(clock.toISOString().slice(0, 10));
    expect(day('2026-04-06')).toMatchObject({ again: 0, hard: 0, good: 2, easy: 1, total: 3 });
    const later = stats.days.filter((d) => d.date > '2026-04-06');
    expect(later.reduce((sum, d) => sum + d.again, 0)).toBe(1);
    expect(later.reduce((sum, d) => sum + d.good, 0)).toBe(1);
    expect(day(aDay)!.again).toBe(1);
    expect(day(bDay)!.good).toBeGreaterThanOrEqual(1);
    // Two reviews of cards in the review state (A's Again, B's Good): one passed.
    expect(stats.trueRetention).toEqual({ rate: 0.5, reviews: 2, passed: 1 });
    // A relearns 10 minutes from now: today. B is due on the day its review said, in the window.
    const today = clock.toISOString().slice(0, 10);
    expect(stats.forecast[0]).toEqual({ date: today, due: 1 });
    expect(stats.forecast.find((d) => d.date === bReviewed.due.slice(0, 10))?.due).toBe(1);
    expect(stats.forecast.reduce((sum, d) => sum + d.due, 0)).toBe(2);
    expect(stats.totals).toEqual({ new: 0, learning: 0, review: 1, relearning: 1, total: 2 });

    // Two hours west of UTC, the 6th ends two hours later: the same three reviews stay on it.
    const west = (
      await app.inject(as(user, { url: '/api/v1/reviews/stats?tzOffset=-120' }))
    ).json() as ReviewStatsView;
    expect(west.days.find((d) => d.date === '2026-04-06')!.total).toBe(3);
    const badOffset = await app.inject(as(user, { url: '/api/v1/reviews/stats?tzOffset=9999' }));
    expect(badOffset.statusCode).toBe(400);
  });

  it('answers statistics without any review: no retention, an empty deck', async () => {
    const user = await signUp(app);
    const stats = (
      await app.inject(as(user, { url: '/api/v1/reviews/stats' }))
    ).json() as ReviewStatsView;
    expect(stats.trueRetention).toEqual({ rate: null, reviews: 0, passed: 0 });
    expect(stats.totals.total).toBe(0);
    expect(stats.forecast.every((d) => d.due === 0)).toBe(true);
  });
});
