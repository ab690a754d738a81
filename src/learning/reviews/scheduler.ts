// Scheduling reviews with FSRS through ts-fsrs. A deck card is stored as plain columns (ISO text
// dates, the state as 0–3); this module converts it to a ts-fsrs `Card`, asks the scheduler what
// a rating does to it, and converts the answer back, with the review-log row to keep.
//
// Fuzz is on: FSRS spreads intervals of 3 days and more by a few percent so that cards learned
// together do not stay due together forever. ts-fsrs draws the fuzz from a seed; by default the
// seed includes the review time, so the interval shown on a rating button a few seconds before the
// review would differ from the one the review gives. Seeding with the card id and its review count
// instead makes the preview and the review agree, and makes the scheduler a pure function of its
// inputs (tests pass a fixed card id).
import {
  createEmptyCard,
  dateDiffInDays,
  fsrs,
  GenSeedStrategyWithCardId,
  StrategyMode,
  type Card,
  type FSRS,
  type Grade,
} from 'ts-fsrs';
import { defaultRetention, retentionBounds, reviewRatings, type ReviewRating } from './ratings.js';

/** A deck card's memory state as the database keeps it (the `deck_cards` columns). */
export interface StoredCardState {
  due: string;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review: string | null;
}

/** One review as the database keeps it (the `review_logs` columns but ids and owner). */
export interface StoredReviewLog {
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** The card's state before the review. */
  state: number;
  /** When the card was due, before this review. */
  due: string;
  /** Memory state before the review. */
  stability: number;
  difficulty: number;
  /** Whole UTC days since the previous review (0 for a new card). */
  elapsed_days: number;
  /** The interval, in days, the card had been given before this review. */
  scheduled_days: number;
  reviewed_at: string;
}

export interface ReviewOutcome {
  card: StoredCardState;
  log: StoredReviewLog;
}

export function ratingGrade(rating: ReviewRating): Grade {
  return (reviewRatings.indexOf(rating) + 1) as Grade;
}

/** The learner's desired retention, or the default when none is set; kept inside the bounds. */
export function effectiveRetention(value: number | null | undefined): number {
  if (value == null || !Number.isFinite(value)) return defaultRetention;
  return Math.min(retentionBounds.max, Math.max(retentionBounds.min, value));
}

const seedField = 'cardId';

/** A scheduler for one desired retention. `fuzz: false` is for tests of exact intervals. */
export function createScheduler(retention: number, options: { fuzz?: boolean } = {}): FSRS {
  return fsrs({
    request_retention: effectiveRetention(retention),
    enable_fuzz: options.fuzz ?? true,
  }).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId(seedField));
}

/** A card that has never been reviewed, due at `now`. */
export function newCardState(now: Date): StoredCardState {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(stored: StoredCardState): Card {
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    // Deprecated in ts-fsrs 5 and not read by its scheduler, which counts from last_review.
    elapsed_days: 0,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.last_review ? { last_review: new Date(stored.last_review) } : {}),
  };
}

export function fromFsrsCard(card: Card): StoredCardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.toISOString() : null,
  };
}

function seeded(cardId: string, stored: StoredCardState): Card {
  return { ...toFsrsCard(stored), [seedField]: cardId } as Card;
}

/** What rating the card `rating` at `now` does: its next state and the log row of the review. */
export function reviewCard(
  scheduler: FSRS,
  cardId: string,
  stored: StoredCardState,
  rating: ReviewRating,
  now: Date,
): ReviewOutcome {
  const { card } = scheduler.next(seeded(cardId, stored), now, ratingGrade(rating));
  return {
    card: fromFsrsCard(card),
    log: {
      rating: ratingGrade(rating),
      state: stored.state,
      due: stored.due,
      stability: stored.stability,
      difficulty: stored.difficulty,
      elapsed_days: stored.last_review ? dateDiffInDays(new Date(stored.last_review), now) : 0,
      scheduled_days: stored.scheduled_days,
      reviewed_at: now.toISOString(),
    },
  };
}

/** When the card would next be due for each of the four ratings given at `now`. */
export function previewCard(
  scheduler: FSRS,
  cardId: string,
  stored: StoredCardState,
  now: Date,
): Record<ReviewRating, string> {
  const preview = scheduler.repeat(seeded(cardId, stored), now);
  const due = (rating: ReviewRating) => preview[ratingGrade(rating)].card.due.toISOString();
  return { again: due('again'), hard: due('hard'), good: due('good'), easy: due('easy') };
}
