// Reviewing the deck: the cards due now with what each rating would do to them, recording a
// rating (the card's new FSRS state and the review log, in one transaction), the statistics,
// and the learner's review data for their export.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Content } from '../../curriculum/index.js';
import {
  createScheduler,
  effectiveRetention,
  previewCard,
  reviewCard,
  reviewRatings,
  reviewStats,
  stateName,
  statsDays,
  type ReviewRating,
} from '../../learning/reviews/index.js';
import type { DueReviews, ReviewResult, ReviewsExport, ReviewStatsView } from '../../api/index.js';
import { AccountError, days, type AccountsContext } from '../accounts/context.js';
import type { DatabaseSchema } from '../db/schema.js';
import { cardSideView, deckRows, noSuchCard, resolveCards } from './cards.js';

/** The learner's desired retention from their plan, 0.9 until they choose one. */
export async function learnerRetention(
  db: Kysely<DatabaseSchema>,
  userId: string,
): Promise<number> {
  const settings = await db
    .selectFrom('learner_settings')
    .select('desired_retention')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return effectiveRetention(settings?.desired_retention);
}

/**
 * The cards due now, the longest overdue first. The counts cover every due card; `limit` only
 * bounds the list. The four next due times are computed here, with the learner's retention,
 * so the browser shows exactly what a rating will do without a scheduler of its own.
 */
export async function dueReviews(
  ctx: AccountsContext,
  content: Content,
  userId: string,
  limit: number,
): Promise<DueReviews> {
  const now = ctx.now();
  const nowIso = now.toISOString();
  const cards = resolveCards(content, await deckRows(ctx, userId));
  const due = cards.filter((card) => card.row.due <= nowIso);
  const later = cards.find((card) => card.row.due > nowIso);
  const scheduler = createScheduler(await learnerRetention(ctx.db, userId));
  return {
    now: nowIso,
    dueCount: due.length,
    newCount: due.filter((card) => card.row.state === 0).length,
    cards: due.slice(0, limit).map((card) => ({
      ...cardSideView(card),
      next: previewCard(scheduler, card.row.id, card.row, now),
    })),
    nextDueAt: later?.row.due ?? null,
  };
}

/**
 * Records a rating. A card may be reviewed before it is due (FSRS accounts for the shorter
 * gap); two reviews of one card racing each other cannot both apply: the second finds the
 * review count changed and is refused with 409.
 */
export async function submitReview(
  ctx: AccountsContext,
  userId: string,
  cardId: string,
  rating: ReviewRating,
): Promise<ReviewResult> {
  const now = ctx.now();
  const retention = await learnerRetention(ctx.db, userId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('deck_cards')
      .selectAll()
      .where('id', '=', cardId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!row) throw noSuchCard(cardId);
    const { card, log } = reviewCard(createScheduler(retention), row.id, row, rating, now);
    const updated = await trx
      .updateTable('deck_cards')
      .set(card)
      .where('id', '=', row.id)
      .where('reps', '=', row.reps)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      throw new AccountError(409, 'This card was reviewed again meanwhile. Reload the reviews.');
    await trx
      .insertInto('review_logs')
      .values({ id: randomUUID(), user_id: userId, card_id: row.id, ...log })
      .execute();
    return {
      id: row.id,
      rating,
      state: stateName(card.state),
      due: card.due,
      intervalMinutes: Math.round((Date.parse(card.due) - now.getTime()) / 60_000),
      scheduledDays: card.scheduled_days,
      reps: card.reps,
      lapses: card.lapses,
      reviewedAt: log.reviewed_at,
    };
  });
}

/** Reviews per day, true retention and the forecast, in days at `offsetMinutes` from UTC. */
export async function reviewStatsFor(
  ctx: AccountsContext,
  content: Content,
  userId: string,
  offsetMinutes: number,
): Promise<ReviewStatsView> {
  const now = ctx.now();
  // A day more than the window, so that no offset from UTC cuts off its first day.
  const since = new Date(now.getTime() - (statsDays + 1) * days).toISOString();
  const logs = await ctx.db
    .selectFrom('review_logs')
    .select(['rating', 'state', 'reviewed_at'])
    .where('user_id', '=', userId)
    .where('reviewed_at', '>=', since)
    .execute();
  const cards = resolveCards(content, await deckRows(ctx, userId)).map((card) => card.row);
  return reviewStats(logs, cards, now, offsetMinutes);
}

/** The learner's deck with its FSRS state and every review, for the account export. */
export async function exportReviewsForAccount(
  ctx: AccountsContext,
  userId: string,
): Promise<ReviewsExport> {
  const cards = await deckRows(ctx, userId);
  const logs = await ctx.db
    .selectFrom('review_logs')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('reviewed_at')
    .orderBy('id')
    .execute();
  return {
    cards: cards.map((row) => ({
      id: row.id,
      source: row.source,
      ref: row.ref,
      topicId: row.topic_id,
      front: row.front,
      back: row.back,
      createdAt: row.created_at,
      due: row.due,
      state: stateName(row.state),
      stability: row.stability,
      difficulty: row.difficulty,
      scheduledDays: row.scheduled_days,
      learningSteps: row.learning_steps,
      reps: row.reps,
      lapses: row.lapses,
      lastReview: row.last_review,
    })),
    reviews: logs.map((log) => ({
      cardId: log.card_id,
      reviewedAt: log.reviewed_at,
      // Stored as 1–4 by `reviewCard` only.
      rating: reviewRatings[log.rating - 1]!,
      stateBefore: stateName(log.state),
      dueBefore: log.due,
      stabilityBefore: log.stability,
      difficultyBefore: log.difficulty,
      elapsedDays: log.elapsed_days,
      scheduledDaysBefore: log.scheduled_days,
    })),
  };
}
