// Spaced repetition over HTTP: the cards due now (with what each rating would do), rating one,
// the statistics, and the deck itself — list, write one's own card, delete, download for Anki.
import { z } from 'zod';
import {
  cardSources,
  cardStates,
  cardTextMax,
  reviewRatings,
} from '../learning/reviews/ratings.js';

const isoTime = z.string().describe('ISO 8601 UTC time');

export const reviewRatingSchema = z
  .enum(reviewRatings)
  .describe('again (forgot), hard, good or easy; the keys 1–4 in the web app')
  .meta({ id: 'ReviewRating' });
export type ReviewRating = z.infer<typeof reviewRatingSchema>;

export const cardStateSchema = z
  .enum(cardStates)
  .describe('FSRS state: new (never reviewed), learning, review or relearning (after a lapse)')
  .meta({ id: 'CardState' });

export const cardSourceSchema = z
  .enum(cardSources)
  .describe(
    'content: a lesson’s card; missed: a question missed on a first attempt; own: written by the learner',
  )
  .meta({ id: 'CardSource' });

export const cardIdParamsSchema = z.object({ cardId: z.string().min(1).max(100) });

export const dueQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(200, 'must be at most 200')
    .default(50)
    .describe('How many due cards to send (the counts are always complete); default 50'),
});

const cardSideFields = {
  id: z.string(),
  topicId: z.string(),
  topicTitle: z.string(),
  source: cardSourceSchema,
  front: z.string(),
  back: z.string(),
  state: cardStateSchema,
  due: isoTime,
};

export const dueCardSchema = z
  .object({
    ...cardSideFields,
    next: z
      .object({ again: isoTime, hard: isoTime, good: isoTime, easy: isoTime })
      .describe('When the card would next be due for each rating given at `now`'),
  })
  .meta({ id: 'DueCard' });
export type DueCard = z.infer<typeof dueCardSchema>;

export const dueReviewsSchema = z
  .object({
    now: isoTime.describe('The server’s time when the answer was made; `next` is relative to it'),
    dueCount: z.int().describe('Cards due now (due ≤ now), new ones included'),
    newCount: z.int().describe('Of those, cards never reviewed'),
    cards: z.array(dueCardSchema).describe('Due cards, the longest overdue first, up to `limit`'),
    nextDueAt: isoTime.nullable().describe('When the next card not yet due will be; null if none'),
  })
  .meta({ id: 'DueReviews' });
export type DueReviews = z.infer<typeof dueReviewsSchema>;

export const reviewBodySchema = z.object({ rating: reviewRatingSchema }).meta({ id: 'Review' });
export type ReviewBody = z.infer<typeof reviewBodySchema>;

export const reviewResultSchema = z
  .object({
    id: z.string(),
    rating: reviewRatingSchema,
    state: cardStateSchema,
    due: isoTime.describe('When the card is next due'),
    intervalMinutes: z.int().describe('From this review to the next due time'),
    scheduledDays: z.int().describe('The interval in whole days (0 during learning steps)'),
    reps: z.int(),
    lapses: z.int(),
    reviewedAt: isoTime,
  })
  .meta({ id: 'ReviewResult' });
export type ReviewResult = z.infer<typeof reviewResultSchema>;

/**
 * The learner's clock, for counting reviews per day: minutes east of UTC, as far as time zones
 * go (UTC−14:00 to UTC+14:00). Each query that takes it describes what it counts.
 */
export const tzOffsetSchema = z.coerce
  .number()
  .int('must be a whole number of minutes')
  .min(-840, 'must be between -840 and 840')
  .max(840, 'must be between -840 and 840')
  .default(0);

export const reviewStatsQuerySchema = z.object({
  tzOffset: tzOffsetSchema.describe(
    'Minutes east of UTC that days are counted in (UTC+2 is 120); default 0, UTC days',
  ),
});

const dayCount = z.int().min(0);
export const reviewStatsSchema = z
  .object({
    days: z
      .array(
        z.object({
          date: z.string(),
          again: dayCount,
          hard: dayCount,
          good: dayCount,
          easy: dayCount,
          total: dayCount,
        }),
      )
      .describe('Reviews per day over the last 30 days, oldest first, ending today'),
    trueRetention: z
      .object({
        rate: z.number().nullable().describe('passed ÷ reviews; null when there are none'),
        reviews: z.int(),
        passed: z.int(),
      })
      .describe(
        'Anki’s true retention over the same 30 days: of the reviews of cards in the review state, the share not rated again',
      ),
    forecast: z
      .array(z.object({ date: z.string(), due: dayCount }))
      .describe(
        'Cards due per day for the next 30 days, starting today; overdue cards count today',
      ),
    totals: z.object({
      new: dayCount,
      learning: dayCount,
      review: dayCount,
      relearning: dayCount,
      total: dayCount,
    }),
  })
  .meta({ id: 'ReviewStats' });
export type ReviewStatsView = z.infer<typeof reviewStatsSchema>;

export const deckCardSchema = z
  .object({
    ...cardSideFields,
    reps: z.int(),
    lapses: z.int(),
    createdAt: isoTime,
  })
  .meta({ id: 'DeckCard' });
export type DeckCard = z.infer<typeof deckCardSchema>;

export const deckSchema = z.array(deckCardSchema).meta({ id: 'Deck' });

const cardSide = (side: string) =>
  z
    .string()
    .trim()
    .min(1, `write the ${side} of the card`)
    .max(cardTextMax, `must be at most ${cardTextMax.toLocaleString('en')} characters`);

export const newCardBodySchema = z
  .object({
    topicId: z.string().min(1).max(100).describe('The topic the card belongs to'),
    front: cardSide('front').describe('The question side, 1–1,000 characters (trimmed)'),
    back: cardSide('back').describe('The answer side, 1–1,000 characters (trimmed)'),
  })
  .meta({ id: 'NewCard' });
export type NewCardBody = z.infer<typeof newCardBodySchema>;

export const deckCsvSchema = z
  .string()
  .describe(
    'The deck as an Anki import file: #-header lines (comma separator, plain text, columns Front,Back,Tags, note type Basic, deck Stafflab), then one RFC 4180 record per card',
  );

/** The review part of a learner's data export: every card with its memory state, every review. */
export const reviewsExportSchema = z
  .object({
    cards: z.array(
      z.object({
        id: z.string(),
        source: cardSourceSchema,
        ref: z.string(),
        topicId: z.string(),
        front: z.string().nullable().describe('Own cards only; content cards are in the lessons'),
        back: z.string().nullable(),
        createdAt: z.string(),
        due: z.string(),
        state: cardStateSchema,
        stability: z.number(),
        difficulty: z.number(),
        scheduledDays: z.int(),
        learningSteps: z.int(),
        reps: z.int(),
        lapses: z.int(),
        lastReview: z.string().nullable(),
      }),
    ),
    reviews: z.array(
      z.object({
        cardId: z.string(),
        reviewedAt: z.string(),
        rating: reviewRatingSchema,
        stateBefore: cardStateSchema,
        dueBefore: z.string(),
        stabilityBefore: z.number(),
        difficultyBefore: z.number(),
        elapsedDays: z.int(),
        scheduledDaysBefore: z.int(),
      }),
    ),
  })
  .meta({ id: 'ReviewsExport' });
export type ReviewsExport = z.infer<typeof reviewsExportSchema>;
