// Putting cards in a learner's deck. Several use cases add cards — marking a lesson read (its
// content cards), missing a question on a first attempt (the question becomes a card) and
// writing one's own — and all go through here, so a card is in a deck at most once and always
// starts as a new FSRS card due at once.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createEmptyCard } from 'ts-fsrs';
import type { DatabaseSchema, DeckCardSource } from '../db/schema.js';

export interface NewDeckCard {
  source: DeckCardSource;
  /** The content card or question id; omitted for an own card (it gets its own id). */
  ref?: string;
  topicId: string;
  /** Own cards only. */
  front?: string;
  back?: string;
}

/**
 * Adds the cards that are not in the deck yet (matched by `ref`) and returns how many were
 * added. Safe to call twice: the unique (user, ref) key turns a repeat into a no-op.
 */
export async function addCardsToDeck(
  db: Kysely<DatabaseSchema>,
  userId: string,
  cards: readonly NewDeckCard[],
  now: Date,
): Promise<number> {
  if (cards.length === 0) return 0;
  const empty = createEmptyCard(now);
  let added = 0;
  for (const card of cards) {
    const id = randomUUID();
    const result = await db
      .insertInto('deck_cards')
      .values({
        id,
        user_id: userId,
        source: card.source,
        ref: card.ref ?? id,
        topic_id: card.topicId,
        front: card.front ?? null,
        back: card.back ?? null,
        created_at: now.toISOString(),
        due: empty.due.toISOString(),
        stability: empty.stability,
        difficulty: empty.difficulty,
        scheduled_days: empty.scheduled_days,
        learning_steps: empty.learning_steps,
        reps: empty.reps,
        lapses: empty.lapses,
        state: empty.state,
        last_review: null,
      })
      .onConflict((conflict) => conflict.columns(['user_id', 'ref']).doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}
