// The words of spaced repetition shared by the API, the server and the web app. Kept apart from
// the scheduler so that importing them does not pull the FSRS library into a bundle.

/** The four answers to "did you remember it?", in the order of FSRS grades 1–4. */
export const reviewRatings = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof reviewRatings)[number];

/** FSRS card states, indexed by the number stored in the database (ts-fsrs `State`). */
export const cardStates = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof cardStates)[number];

/** Where a card came from: a lesson's own card, a question missed on a first attempt, or the learner's. */
export const cardSources = ['content', 'missed', 'own'] as const;
export type CardSource = (typeof cardSources)[number];

/**
 * FSRS desired retention: the default, and the range the learner may choose from in their plan.
 * Below 0.7 reviews stop being worth doing; above 0.97 their number explodes.
 */
export const defaultRetention = 0.9;
export const retentionBounds = { min: 0.7, max: 0.97 } as const;

/** Own cards: the most characters a side may have, after trimming. */
export const cardTextMax = 1000;

export function stateName(state: number): CardStateName {
  return cardStates[state] ?? 'new';
}
