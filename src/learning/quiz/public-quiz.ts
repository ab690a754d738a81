// What a learner sees of a quiz before answering it: the prompts and the options, never which
// option is right, why, or a numeric answer and its tolerance. The view is built field by field
// from the content rather than by removing fields, so a field added to the quiz format later
// stays private until someone decides to show it.
import type { Quiz } from '../../curriculum/schema/quiz.js';

/**
 * A uniform random integer in [0, n). The server passes cryptographic randomness, so the order
 * of the options cannot be predicted; tests pass a fixed sequence.
 */
export type RandomBelow = (n: number) => number;

export interface PublicChoice {
  id: string;
  text: string;
}

export type PublicQuestion =
  | { id: string; kind: 'choice'; prompt: string; choices: PublicChoice[] }
  | { id: string; kind: 'numeric'; prompt: string; unit: string | null };

/** A Fisher–Yates shuffle: every order is equally likely when `randomBelow` is uniform. */
export function shuffle<T>(items: readonly T[], randomBelow: RandomBelow): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The questions in the author's order, each choice question's options shuffled so that a
 * learner cannot lean on "it was the second one last time". A topic without a quiz has none.
 */
export function publicQuiz(quiz: Quiz | undefined, randomBelow: RandomBelow): PublicQuestion[] {
  return (quiz?.questions ?? []).map((question): PublicQuestion => {
    if (question.kind === 'numeric')
      return {
        id: question.id,
        kind: 'numeric',
        prompt: question.prompt,
        unit: question.unit ?? null,
      };
    return {
      id: question.id,
      kind: 'choice',
      prompt: question.prompt,
      choices: shuffle(
        question.choices.map((choice) => ({ id: choice.id, text: choice.text })),
        randomBelow,
      ),
    };
  });
}
