// The deck over HTTP on every database: writing one's own card (and what is refused), the list,
// deleting a card with its log, the Anki download byte for byte, and the review export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { as, signUp, type Signed } from '../../../test/support/accounts.js';
import { createTestApp } from '../../../test/support/app.js';
import { testDatabaseKinds } from '../../../test/support/databases.js';
import type { DeckCard } from '../../api/index.js';
import { readContent } from '../content/read-content.js';
import { defaultContentDir } from '../paths.js';
import type { Database } from '../db/database.js';
import { addCardsToDeck } from '../learning/deck.js';
import { exportReviewsForAccount } from '../learning/reviews.js';

const content = readContent(defaultContentDir).content!;
const contentCard = content.quizzes.get('retry-strategy')!.cards[0]!;
const ankiHeader =
  '#separator:Comma\r\n#html:false\r\n#columns:Front,Back,Tags\r\n#tags column:3\r\n#notetype:Basic\r\n#deck:Stafflab\r\n';

describe.each(testDatabaseKinds)('deck routes on %s', (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let dispose: () => Promise<void>;
  let clock = new Date('2026-05-04T08:00:00.000Z');
  beforeAll(async () => {
    ({ app, database, dispose } = await createTestApp(kind, { accounts: { now: () => clock } }));
  });
  afterAll(async () => dispose());

  const post = (user: Signed, payload: Record<string, unknown>) =>
    app.inject(as(user, { method: 'POST', url: '/api/v1/cards', payload }));
  const deck = async (user: Signed) =>
    (await app.inject(as(user, { url: '/api/v1/cards' }))).json() as DeckCard[];

  it('adds an own card, trimmed and due at once, and lists it', async () => {
    const user = await signUp(app);
    const response = await post(user, {
      topicId: 'retry-strategy',
      front: '  Why cap retries?\n',
      back: '\tA budget keeps load bounded. ',
    });
    expect(response.statusCode, response.body).toBe(201);
    const card = response.json() as DeckCard;
    expect(card).toEqual({
      id: expect.any(String),
      topicId: 'retry-strategy',
      topicTitle: content.topicById.get('retry-strategy')!.title,
      source: 'own',
      front: 'Why cap retries?',
      back: 'A budget keeps load bounded.',
      state: 'new',
      due: clock.toISOString(),
      reps: 0,
      lapses: 0,
      createdAt: clock.toISOString(),
    });
    expect(await deck(user)).toEqual([card]);
    // An own card's ref is its own id.
    const row = await database.db
      .selectFrom('deck_cards')
      .select(['ref', 'front'])
      .where('id', '=', card.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ ref: card.id, front: 'Why cap retries?' });
  });

  it('refuses an empty or overlong side and an unknown topic, saying which field and why', async () => {
    const user = await signUp(app);
    const blank = await post(user, { topicId: 'retry-strategy', front: '   ', back: 'b' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({
      errors: [{ path: 'body.front', message: 'write the front of the card' }],
    });
    const long = await post(user, {
      topicId: 'retry-strategy',
      front: 'f',
      back: 'x'.repeat(1001),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({
      errors: [{ path: 'body.back', message: 'must be at most 1,000 characters' }],
    });
    // 1,000 characters after trimming is fine.
    const longest = await post(user, {
      topicId: 'retry-strategy',
      front: ` ${'y'.repeat(1000)} `,
      back: 'b',
    });
    expect(longest.statusCode).toBe(201);
    const topic = await post(user, { topicId: 'retry-strategies', front: 'f', back: 'b' });
    expect(topic.statusCode).toBe(400);
    expect(topic.json()).toMatchObject({
      detail: expect.stringContaining('There is no topic "retry-strategies"'),
      errors: [{ path: 'body.topicId' }],
    });
    expect(await deck(user)).toHaveLength(1);
  });

  it('deletes a card with its review log; another learner’s card is a 404 and stays', async () => {
    const owner = await signUp(app);
    const other = await signUp(app);
    const card = (
      await post(owner, { topicId: 'retry-strategy', front: 'f', back: 'b' })
    ).json() as DeckCard;
    const rated = await app.inject(
      as(owner, { method: 'POST', url: `/api/v1/reviews/${card.id}`, payload: { rating: 'good' } }),
    );
    expect(rated.statusCode).toBe(200);
    const remove = (user: Signed) =>
      app.inject(as(user, { method: 'DELETE', url: `/api/v1/cards/${card.id}` }));
    expect((await remove(other)).statusCode).toBe(404);
    expect(await deck(owner)).toHaveLength(1);
    expect((await remove(owner)).statusCode).toBe(204);
    expect(await deck(owner)).toEqual([]);
    const logs = await database.db
      .selectFrom('review_logs')
      .select('id')
      .where('card_id', '=', card.id)
      .execute();
    expect(logs).toEqual([]);
    expect((await remove(owner)).statusCode).toBe(404);
  });

  it('downloads the deck as the exact bytes of an Anki import file', async () => {
    const user = await signUp(app);
    await addCardsToDeck(
      database.db,
      user.id,
      [{ source: 'content', ref: contentCard.id, topicId: 'retry-strategy' }],
      clock,
    );
    clock = new Date(clock.getTime() + 1000);
    await post(user, {
      topicId: 'slo-error-budgets',
      front: 'Budget, "burn" rate?',
      back: 'Line one\nLine two',
    });
    const response = await app.inject(as(user, { url: '/api/v1/me/deck.csv' }));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="stafflab-deck.csv"',
    );
    const quote = (field: string) =>
      /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
    expect(response.body).toBe(
      ankiHeader +
        `${quote(contentCard.front)},${quote(contentCard.back)},stafflab retry-strategy\r\n` +
        '"Budget, ""burn"" rate?","Line one\nLine two",stafflab slo-error-budgets own\r\n',
    );
    const empty = await signUp(app);
    const none = await app.inject(as(empty, { url: '/api/v1/me/deck.csv' }));
    expect(none.body).toBe(ankiHeader);
    // The API document describes the download as CSV text, not JSON.
    const doc = (await app.inject('/api/v1/openapi.json')).json() as {
      paths: Record<string, { get: { responses: Record<string, { content: object }> } }>;
    };
    expect(Object.keys(doc.paths['/api/v1/me/deck.csv']!.get.responses['200']!.content)).toEqual([
      'text/csv',
    ]);
  });

  it('exports the deck with its FSRS state and the review log for the account export', async () => {
    const user = await signUp(app);
    const card = (
      await post(user, { topicId: 'retry-strategy', front: 'f', back: 'b' })
    ).json() as DeckCard;
    await app.inject(
      as(user, { method: 'POST', url: `/api/v1/reviews/${card.id}`, payload: { rating: 'again' } }),
    );
    const ctx = { db: database.db, cost: { logN: 1, r: 1, p: 1 }, now: () => clock };
    const exported = await exportReviewsForAccount(ctx, user.id);
    expect(exported.cards).toEqual([
      expect.objectContaining({
        id: card.id,
        source: 'own',
        front: 'f',
        back: 'b',
        state: 'learning',
        reps: 1,
        lastReview: clock.toISOString(),
      }),
    ]);
    expect(exported.reviews).toEqual([
      expect.objectContaining({
        cardId: card.id,
        rating: 'again',
        stateBefore: 'new',
        reviewedAt: clock.toISOString(),
      }),
    ]);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});
