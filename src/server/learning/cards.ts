// The learner's deck as a list: read with each card's text resolved from the content, write an
// own card, delete a card, and download the deck as an Anki import file.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Content } from '../../curriculum/index.js';
import { ankiCsv, cardText, stateName, type CardText } from '../../learning/reviews/index.js';
import type { DeckCard, DueCard, NewCardBody } from '../../api/index.js';
import { AccountError, type AccountsContext } from '../accounts/context.js';
import type { DeckCardsTable } from '../db/schema.js';
import { addCardsToDeck } from './deck.js';

export type DeckCardRow = Selectable<DeckCardsTable>;

/** The fields a due card and a deck card share (`cardSideFields` in the API). */
export type CardSide = Omit<DueCard, 'next'>;

export interface ResolvedCard {
  row: DeckCardRow;
  topicTitle: string;
  text: CardText;
}

/**
 * Each card with its text, leaving out cards whose content is gone (a card or question removed
 * from a quiz since it joined the deck): they can be neither shown nor answered.
 */
export function resolveCards(content: Content, rows: readonly DeckCardRow[]): ResolvedCard[] {
  return rows.flatMap((row) => {
    const text = cardText(row, content.quizzes.get(row.topic_id));
    if (!text) return [];
    // An own card outlives a topic renamed away; it then shows under the old id.
    const topicTitle = content.topicById.get(row.topic_id)?.title ?? row.topic_id;
    return [{ row, topicTitle, text }];
  });
}

/** Every card in the learner's deck, by due time (oldest first). */
export async function deckRows(ctx: AccountsContext, userId: string): Promise<DeckCardRow[]> {
  return ctx.db
    .selectFrom('deck_cards')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('due')
    .orderBy('id')
    .execute();
}

/** What a card shows wherever it is listed: the due queue and the deck both start from this. */
export function cardSideView({ row, topicTitle, text }: ResolvedCard): CardSide {
  return {
    id: row.id,
    topicId: row.topic_id,
    topicTitle,
    source: row.source,
    front: text.front,
    back: text.back,
    state: stateName(row.state),
    due: row.due,
  };
}

export function deckCardView(card: ResolvedCard): DeckCard {
  const { row } = card;
  return {
    ...cardSideView(card),
    reps: row.reps,
    lapses: row.lapses,
    createdAt: row.created_at,
  };
}

/** The deck in the order cards joined it, the newest last. */
export async function listDeck(
  ctx: AccountsContext,
  content: Content,
  userId: string,
): Promise<DeckCard[]> {
  const rows = await deckRows(ctx, userId);
  rows.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  return resolveCards(content, rows).map(deckCardView);
}

/** Adds a card the learner wrote; it is due at once, like every new card. */
export async function createOwnCard(
  ctx: AccountsContext,
  content: Content,
  userId: string,
  body: NewCardBody,
): Promise<DeckCard> {
  const topic = content.topicById.get(body.topicId);
  if (!topic)
    throw new AccountError(
      400,
      `There is no topic "${body.topicId}". Use a topic id from GET /api/v1/program, like "retry-strategy".`,
      'body.topicId',
    );
  const now = ctx.now();
  const row = await ctx.db.transaction().execute(async (trx) => {
    // addCardsToDeck names a new row by a ref we choose; an own card's ref is then set to its
    // own id, as for every own card, so the ref never means anything but the card itself.
    const ref = randomUUID();
    await addCardsToDeck(
      trx,
      userId,
      [{ source: 'own', ref, topicId: topic.id, front: body.front, back: body.back }],
      now,
    );
    const added = await trx
      .selectFrom('deck_cards')
      .selectAll()
      .where('user_id', '=', userId)
      .where('ref', '=', ref)
      .executeTakeFirstOrThrow();
    await trx.updateTable('deck_cards').set({ ref: added.id }).where('id', '=', added.id).execute();
    return { ...added, ref: added.id };
  });
  return deckCardView({
    row,
    topicTitle: topic.title,
    text: { front: body.front, back: body.back },
  });
}

/** Removes a card and its review log from the learner's deck; 404 for anyone else's card. */
export async function deleteCard(
  ctx: AccountsContext,
  userId: string,
  cardId: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('review_logs')
      .where('user_id', '=', userId)
      .where('card_id', '=', cardId)
      .execute();
    const deleted = await trx
      .deleteFrom('deck_cards')
      .where('user_id', '=', userId)
      .where('id', '=', cardId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw noSuchCard(cardId);
  });
}

export function noSuchCard(cardId: string): AccountError {
  return new AccountError(
    404,
    `There is no card "${cardId}" in your deck. GET /api/v1/cards lists your cards.`,
  );
}

/** The deck as an Anki import file, tagged `stafflab`, the topic id and missed/own. */
export async function deckCsv(
  ctx: AccountsContext,
  content: Content,
  userId: string,
): Promise<string> {
  const cards = await listDeck(ctx, content, userId);
  return ankiCsv(
    cards.map((card) => ({
      front: card.front,
      back: card.back,
      tags: ['stafflab', card.topicId, ...(card.source === 'content' ? [] : [card.source])],
    })),
  );
}
