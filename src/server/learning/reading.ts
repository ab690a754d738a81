// Marking a lesson read, by reading it or by passing its quiz first ("test out"). Reading a
// lesson puts its review cards in the learner's deck; un-marking it leaves them there, since
// the learner may already be reviewing them.
import type { Kysely } from 'kysely';
import type { TopicReadResult } from '../../api/index.js';
import type { ProgramContent, ReadVia } from '../../learning/progress/index.js';
import { AccountError, type AccountsContext } from '../accounts/context.js';
import type { DatabaseSchema } from '../db/schema.js';
import { addCardsToDeck } from './deck.js';

export function unknownTopic(topicId: string): AccountError {
  return new AccountError(
    404,
    `There is no topic "${topicId}". GET /api/v1/program lists every topic id.`,
  );
}

export function assertTopic(content: ProgramContent, topicId: string): void {
  if (!content.topicById.has(topicId)) throw unknownTopic(topicId);
}

/**
 * Records the read (the first one stands: reading again keeps the first time and how) and adds
 * the topic's content cards to the deck. Takes a database or a transaction.
 */
export async function recordRead(
  db: Kysely<DatabaseSchema>,
  content: ProgramContent,
  userId: string,
  topicId: string,
  via: ReadVia,
  now: Date,
): Promise<TopicReadResult> {
  await db
    .insertInto('topic_reads')
    .values({ user_id: userId, topic_id: topicId, via, read_at: now.toISOString() })
    .onConflict((conflict) => conflict.columns(['user_id', 'topic_id']).doNothing())
    .execute();
  const row = await db
    .selectFrom('topic_reads')
    .select(['read_at', 'via'])
    .where('user_id', '=', userId)
    .where('topic_id', '=', topicId)
    .executeTakeFirstOrThrow();
  const cards = content.quizzes.get(topicId)?.cards ?? [];
  const cardsAdded = await addCardsToDeck(
    db,
    userId,
    cards.map((card) => ({ source: 'content' as const, ref: card.id, topicId })),
    now,
  );
  return { topicId, readAt: row.read_at, via: row.via, cardsAdded };
}

export async function markTopicRead(
  ctx: AccountsContext,
  content: ProgramContent,
  userId: string,
  topicId: string,
): Promise<TopicReadResult> {
  assertTopic(content, topicId);
  return ctx.db
    .transaction()
    .execute((trx) => recordRead(trx, content, userId, topicId, 'read', ctx.now()));
}

export async function unmarkTopicRead(
  ctx: AccountsContext,
  content: ProgramContent,
  userId: string,
  topicId: string,
): Promise<void> {
  assertTopic(content, topicId);
  await ctx.db
    .deleteFrom('topic_reads')
    .where('user_id', '=', userId)
    .where('topic_id', '=', topicId)
    .execute();
}
