// Grading a quiz attempt and explaining it. A choice answer is right when it names the correct
// option; a numeric answer when it lies within the question's tolerance of the answer; a
// question left unanswered is wrong. The attempt passes at 75% of the questions.
import type { ChoiceQuestion, NumericQuestion, Quiz } from '../../curriculum/schema/quiz.js';

export const passMark = 0.75;

/** A choice id for a choice question, a number for a numeric one. */
export type GivenAnswer = string | number;
export type Answers = Readonly<Record<string, GivenAnswer>>;

export interface ExplainedChoice {
  id: string;
  text: string;
  why: string;
}

export type QuestionFeedback =
  | {
      questionId: string;
      kind: 'choice';
      prompt: string;
      correct: boolean;
      /** The choice id given, or null when unanswered. */
      given: string | null;
      /** The option the learner picked, with why it is right or wrong. */
      chosen: ExplainedChoice | null;
      /** The right option and why. */
      right: ExplainedChoice;
    }
  | {
      questionId: string;
      kind: 'numeric';
      prompt: string;
      correct: boolean;
      given: number | null;
      answer: number;
      tolerance: number;
      unit: string | null;
      why: string;
    };

export interface QuizGrade {
  correct: number;
  total: number;
  /** correct / total, from 0 to 1. */
  score: number;
  passed: boolean;
  questions: QuestionFeedback[];
}

export interface AnswerProblem {
  /** Where in the request body: `answers.QUESTION-ID`. */
  path: string;
  message: string;
}

export function passes(score: number): boolean {
  return score >= passMark;
}

/**
 * Whether a number is within tolerance of the answer. Decimal answers such as 1.417 ± 0.01 are
 * not exact in binary floating point, so |1.427 − 1.417| comes out a hair above 0.01; the
 * comparison allows that rounding error (far below any tolerance an author writes) so that the
 * boundary itself counts as inside, as "within ± tolerance" promises.
 */
export function withinTolerance(given: number, answer: number, tolerance: number): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(answer), tolerance);
  return Math.abs(given - answer) <= tolerance + slack;
}

/** What is wrong with an attempt's answers, each with its field path; empty when usable. */
export function answerProblems(quiz: Quiz | undefined, answers: Answers): AnswerProblem[] {
  const questions = new Map((quiz?.questions ?? []).map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  for (const [id, given] of Object.entries(answers)) {
    const path = `answers.${id}`;
    const question = questions.get(id);
    if (!question) {
      problems.push({
        path,
        message: `there is no question "${id}" in this quiz; send the ids from GET …/quiz`,
      });
    } else if (question.kind === 'numeric' && typeof given !== 'number') {
      problems.push({ path, message: 'this is a numeric question: send a number, like 42' });
    } else if (question.kind === 'choice') {
      const ids = question.choices.map((c) => c.id);
      if (typeof given !== 'string')
        problems.push({
          path,
          message: `this is a choice question: send one of the choice ids ${ids.join(', ')}`,
        });
      else if (!ids.includes(given))
        problems.push({
          path,
          message: `"${given}" is not a choice of this question; send one of ${ids.join(', ')}`,
        });
    }
  }
  return problems;
}

function explain(question: ChoiceQuestion, id: string): ExplainedChoice | null {
  const choice = question.choices.find((c) => c.id === id);
  return choice ? { id: choice.id, text: choice.text, why: choice.why } : null;
}

function gradeChoice(question: ChoiceQuestion, given: GivenAnswer | undefined): QuestionFeedback {
  const right = question.choices.find((c) => c.correct === true)!;
  const givenId = typeof given === 'string' ? given : null;
  return {
    questionId: question.id,
    kind: 'choice',
    prompt: question.prompt,
    correct: givenId === right.id,
    given: givenId,
    chosen: givenId === null ? null : explain(question, givenId),
    right: { id: right.id, text: right.text, why: right.why },
  };
}

function gradeNumeric(question: NumericQuestion, given: GivenAnswer | undefined): QuestionFeedback {
  const value = typeof given === 'number' && Number.isFinite(given) ? given : null;
  return {
    questionId: question.id,
    kind: 'numeric',
    prompt: question.prompt,
    correct: value !== null && withinTolerance(value, question.answer, question.tolerance),
    given: value,
    answer: question.answer,
    tolerance: question.tolerance,
    unit: question.unit ?? null,
    why: question.why,
  };
}

/**
 * Grades every question of the quiz in the author's order. Answers to questions the quiz does
 * not have are ignored here: `answerProblems` is where a caller refuses them.
 */
export function gradeQuiz(quiz: Quiz | undefined, answers: Answers): QuizGrade {
  const questions = (quiz?.questions ?? []).map((question) =>
    question.kind === 'numeric'
      ? gradeNumeric(question, answers[question.id])
      : gradeChoice(question, answers[question.id]),
  );
  const correct = questions.filter((q) => q.correct).length;
  const total = questions.length;
  const score = total === 0 ? 0 : correct / total;
  return { correct, total, score, passed: total > 0 && passes(score), questions };
}
