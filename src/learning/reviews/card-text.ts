// The two sides of a deck card. Content cards and missed questions live in the content, so a
// fix to a lesson's card reaches every deck; own cards carry their text with them.
import type { Question, Quiz } from '../../curriculum/index.js';
import type { CardSource } from './ratings.js';

export interface CardRef {
  source: CardSource;
  /** The content card or question id; for an own card, its own id. */
  ref: string;
  front: string | null;
  back: string | null;
}

export interface CardText {
  front: string;
  back: string;
}

function formatNumber(value: number, unit: string | undefined): string {
  if (!unit) return String(value);
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

/** A question as a card: the prompt (with its choices) in front, the answer and why behind. */
export function questionCard(question: Question): CardText {
  if (question.kind === 'numeric') {
    const answer = formatNumber(question.answer, question.unit);
    const within =
      question.tolerance > 0 ? ` (± ${formatNumber(question.tolerance, question.unit)})` : '';
    return {
      front: question.unit ? `${question.prompt}\n\nAnswer in ${question.unit}.` : question.prompt,
      back: `${answer}${within}\n\n${question.why}`,
    };
  }
  const right = question.choices.find((choice) => choice.correct === true)!;
  const choices = question.choices.map((choice) => `${choice.id}) ${choice.text}`).join('\n');
  return {
    front: `${question.prompt}\n\n${choices}`,
    back: `${right.id}) ${right.text}\n\n${right.why}`,
  };
}

/**
 * The card's text, or null when the content it points at is gone (a card or question removed
 * from a quiz): such a card is left out of reviews rather than shown empty.
 */
export function cardText(card: CardRef, quiz: Quiz | undefined): CardText | null {
  if (card.source === 'own') {
    return card.front !== null && card.back !== null
      ? { front: card.front, back: card.back }
      : null;
  }
  if (card.source === 'content') {
    const found = quiz?.cards.find((c) => c.id === card.ref);
    return found ? { front: found.front, back: found.back } : null;
  }
  const question = quiz?.questions.find((q) => q.id === card.ref);
  return question ? questionCard(question) : null;
}
