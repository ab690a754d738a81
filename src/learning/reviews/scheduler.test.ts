import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { get_fuzz_range } from 'ts-fsrs';
import {
  createScheduler,
  effectiveRetention,
  fromFsrsCard,
  newCardState,
  previewCard,
  reviewCard,
  toFsrsCard,
  type StoredCardState,
} from './scheduler.js';
import { reviewRatings, type ReviewRating } from './ratings.js';

const minute = 60_000;
const day = 24 * 60 * minute;
const start = new Date('2026-03-02T09:00:00.000Z');
const exact = createScheduler(0.9, { fuzz: false });

/** Reviews a card at each due time with the given ratings; returns the card after the last. */
function history(
  ratings: readonly ReviewRating[],
  scheduler = exact,
  id = 'card-1',
): StoredCardState {
  let card = newCardState(start);
  for (const rating of ratings)
    card = reviewCard(scheduler, id, card, rating, new Date(card.due)).card;
  return card;
}

/** A card in the Review state: learned with Easy, then some successful reviews. */
const reviewCardArb = fc
  .array(fc.constantFrom<ReviewRating>('hard', 'good', 'easy'), { maxLength: 6 })
  .map((later) => history(['easy', ...later]));

const ms = (iso: string) => Date.parse(iso);

describe('FSRS scheduling', () => {
  it('keeps every column through a round trip to a ts-fsrs card', () => {
    fc.assert(
      fc.property(
        fc.record({
          due: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          stability: fc.double({ min: 0, max: 1e4, noNaN: true }),
          difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
          scheduled_days: fc.nat(36500),
          learning_steps: fc.nat(3),
          reps: fc.nat(1000),
          lapses: fc.nat(100),
          state: fc.integer({ min: 0, max: 3 }),
          last_review: fc.option(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
        }),
        (stored) => {
          expect(fromFsrsCard(toFsrsCard(stored))).toEqual(stored);
        },
      ),
    );
  });

  it('takes a new card through the default learning steps of 1 and 10 minutes', () => {
    const card = newCardState(start);
    expect(card).toMatchObject({ state: 0, reps: 0, lapses: 0, due: start.toISOString() });
    const again = reviewCard(exact, 'c', card, 'again', start);
    expect(ms(again.card.due) - start.getTime()).toBe(1 * minute);
    expect(again.card.state).toBe(1);
    const good = reviewCard(exact, 'c', card, 'good', start);
    expect(ms(good.card.due) - start.getTime()).toBe(10 * minute);
    expect(good.card).toMatchObject({ state: 1, reps: 1, last_review: start.toISOString() });
    // Easy skips the steps: the card graduates to whole days at once.
    const easy = reviewCard(exact, 'c', card, 'easy', start);
    expect(easy.card.state).toBe(2);
    expect(easy.card.scheduled_days).toBeGreaterThanOrEqual(1);
  });

  it('sends a review card rated Again to relearning and counts a lapse', () => {
    fc.assert(
      fc.property(reviewCardArb, fc.integer({ min: 0, max: 30 }), (card, lateDays) => {
        expect(card.state).toBe(2);
        const when = new Date(ms(card.due) + lateDays * day);
        const { card: next } = reviewCard(exact, 'c', card, 'again', when);
        expect(next.state).toBe(3);
        expect(next.lapses).toBe(card.lapses + 1);
        expect(next.reps).toBe(card.reps + 1);
        // Forgetting lowers stability (FSRS's post-lapse stability is capped by the old one).
        expect(next.stability).toBeLessThan(card.stability);
        // The default relearning step is 10 minutes.
        expect(ms(next.due) - when.getTime()).toBe(10 * minute);
      }),
    );
  });

  it('grows stability and the interval with every successful review on time', () => {
    fc.assert(
      fc.property(
        reviewCardArb,
        fc.array(fc.constantFrom<ReviewRating>('good', 'easy'), { minLength: 1, maxLength: 5 }),
        (first, ratings) => {
          let card = first;
          // Near the 100-year maximum interval the cap, not memory, decides: stop well before.
          for (const rating of ratings) {
            if (card.scheduled_days > 3650) break;
            const { card: next } = reviewCard(exact, 'c', card, rating, new Date(card.due));
            expect(next.stability).toBeGreaterThan(card.stability);
            expect(next.scheduled_days).toBeGreaterThanOrEqual(card.scheduled_days);
            expect(next.state).toBe(2);
            card = next;
          }
        },
      ),
    );
  });

  it('orders the intervals of a review card: Hard < Good < Easy', () => {
    fc.assert(
      fc.property(reviewCardArb, (card) => {
        const preview = previewCard(exact, 'c', card, new Date(card.due));
        expect(ms(preview.again)).toBeLessThan(ms(preview.hard));
        expect(ms(preview.hard)).toBeLessThan(ms(preview.good));
        expect(ms(preview.good)).toBeLessThan(ms(preview.easy));
      }),
    );
  });

  it('gives shorter (or equal) intervals for a higher desired retention', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...reviewRatings), { maxLength: 6 }),
        fc.constantFrom(...reviewRatings),
        fc.double({ min: 0.7, max: 0.97, noNaN: true }),
        fc.double({ min: 0.7, max: 0.97, noNaN: true }),
        (past, rating, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const card = history(past);
          const when = new Date(card.due);
          const dueWith = (retention: number) =>
            ms(
              reviewCard(createScheduler(retention, { fuzz: false }), 'c', card, rating, when).card
                .due,
            );
          expect(dueWith(high)).toBeLessThanOrEqual(dueWith(low));
        },
      ),
    );
    // And strictly shorter once intervals are long enough for the difference to show.
    const mature = history(['easy', 'good', 'good', 'good']);
    const when = new Date(mature.due);
    const days = (retention: number) =>
      reviewCard(createScheduler(retention, { fuzz: false }), 'c', mature, 'good', when).card
        .scheduled_days;
    expect(days(0.97)).toBeLessThan(days(0.9));
    expect(days(0.9)).toBeLessThan(days(0.7));
  });

  it('fuzzes long intervals within the FSRS fuzz range, the same way for the same card and review', () => {
    const fuzzy = createScheduler(0.9);
    const card = history(['easy', 'good', 'good']);
    const when = new Date(card.due);
    const plain = reviewCard(exact, 'a', card, 'good', when).card.scheduled_days;
    const elapsed = Math.round((when.getTime() - ms(card.last_review!)) / day);
    const { min_ivl, max_ivl } = get_fuzz_range(plain, elapsed, 36500);
    const fuzzed = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
      (id) => reviewCard(fuzzy, id, card, 'good', when).card.scheduled_days,
    );
    for (const interval of fuzzed) {
      expect(interval).toBeGreaterThanOrEqual(min_ivl);
      expect(interval).toBeLessThanOrEqual(max_ivl);
    }
    // Eight cards do not all land on one day: the fuzz spreads them.
    expect(new Set(fuzzed).size).toBeGreaterThan(1);
    // The preview shown before a review agrees with the review, even seconds later.
    const shown = previewCard(fuzzy, 'a', card, when);
    const later = new Date(when.getTime() + 20_000);
    const reviewed = reviewCard(fuzzy, 'a', card, 'good', later).card;
    expect(ms(reviewed.due) - later.getTime()).toBe(ms(shown.good) - when.getTime());
  });

  it('logs the state before the review and the whole days since the last one', () => {
    const card = history(['easy']);
    expect(card.last_review).toBe(start.toISOString());
    // 09:00 on the 2nd to 23:59 on the 4th: two calendar days later (FSRS counts days, not hours).
    const when = new Date('2026-03-04T23:59:00.000Z');
    const { log } = reviewCard(exact, 'c', card, 'hard', when);
    expect(log).toEqual({
      rating: 2,
      state: 2,
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      elapsed_days: 2,
      scheduled_days: card.scheduled_days,
      reviewed_at: when.toISOString(),
    });
    expect(reviewCard(exact, 'c', newCardState(start), 'good', start).log).toMatchObject({
      rating: 3,
      state: 0,
      elapsed_days: 0,
    });
  });

  it('uses 0.9 when the learner chose no retention, and keeps a choice inside 0.70–0.97', () => {
    expect(effectiveRetention(null)).toBe(0.9);
    expect(effectiveRetention(undefined)).toBe(0.9);
    expect(effectiveRetention(Number.NaN)).toBe(0.9);
    expect(effectiveRetention(0.85)).toBe(0.85);
    expect(effectiveRetention(0.5)).toBe(0.7);
    expect(effectiveRetention(0.99)).toBe(0.97);
  });
});
