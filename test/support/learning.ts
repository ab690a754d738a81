// Quiz answers built from the content itself, for route tests of the learning loop: the right
// answer is the choice marked correct or the numeric answer, a wrong one anything else.
import type { Question } from '../../src/curriculum/index.js';
import { readContent } from '../../src/server/content/read-content.js';
import { defaultContentDir } from '../../src/server/paths.js';

export const realContent = readContent(defaultContentDir).content!;

export function questionsOf(topicId: string): Question[] {
  return realContent.quizzes.get(topicId)?.questions ?? [];
}

export function rightAnswer(question: Question): string | number {
  return question.kind === 'numeric'
    ? question.answer
    : question.choices.find((choice) => choice.correct === true)!.id;
}

export function wrongAnswer(question: Question): string | number {
  return question.kind === 'numeric'
    ? question.answer + question.tolerance + 1
    : question.choices.find((choice) => choice.correct !== true)!.id;
}

/** Answers to every question of the topic's quiz, the first `right` of them right. */
export function answersWithRight(topicId: string, right: number): Record<string, string | number> {
  return Object.fromEntries(
    questionsOf(topicId).map((q, i) => [q.id, i < right ? rightAnswer(q) : wrongAnswer(q)]),
  );
}

/** The fewest right answers that pass the topic's quiz (75%). */
export function passingCount(topicId: string): number {
  return Math.ceil(0.75 * questionsOf(topicId).length);
}
