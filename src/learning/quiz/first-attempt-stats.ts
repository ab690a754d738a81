// What authors learn from first attempts: per question, how many learners answered it on their
// first try at the quiz, how many got it right, and for a choice question how often each option
// was picked. First attempts only, because later attempts follow the feedback of the first and
// say more about memory than about the question. The hardest questions come first.
import type { Quiz } from '../../curriculum/schema/quiz.js';

/** One row of quiz_answers from a first attempt. */
export interface FirstAttemptAnswer {
  questionId: string;
  /** The JSON of the choice id or number given; null when unanswered. */
  given: string | null;
  correct: boolean;
}

export interface OptionPicks {
  id: string;
  text: string;
  correct: boolean;
  picked: number;
  /** picked / attempts. */
  share: number;
}

export interface QuestionStats {
  questionId: string;
  topicId: string;
  kind: 'choice' | 'numeric';
  prompt: string;
  attempts: number;
  correct: number;
  /** correct / attempts. */
  shareCorrect: number;
  unanswered: number;
  /** Choice questions only, in the author's order. */
  options: OptionPicks[] | null;
}

export interface QuizStats {
  questions: QuestionStats[];
  /** Questions of the quizzes asked about that nobody has answered on a first attempt yet. */
  unattempted: string[];
}

function parseGiven(given: string | null): unknown {
  if (given === null) return null;
  try {
    return JSON.parse(given) as unknown;
  } catch {
    return null;
  }
}

/**
 * Statistics for the questions of `quizzes` (topic id → quiz). Answers to questions no longer
 * in the content are left out: there is no prompt or option left to show them against.
 */
export function firstAttemptStats(
  quizzes: ReadonlyMap<string, Quiz>,
  answers: readonly FirstAttemptAnswer[],
): QuizStats {
  const byQuestion = new Map<string, FirstAttemptAnswer[]>();
  for (const answer of answers) {
    const list = byQuestion.get(answer.questionId) ?? [];
    list.push(answer);
    byQuestion.set(answer.questionId, list);
  }
  const questions: QuestionStats[] = [];
  const unattempted: string[] = [];
  for (const [topicId, quiz] of quizzes) {
    for (const question of quiz.questions) {
      const rows = byQuestion.get(question.id) ?? [];
      if (rows.length === 0) {
        unattempted.push(question.id);
        continue;
      }
      const givens = rows.map((row) => parseGiven(row.given));
      const correct = rows.filter((row) => row.correct).length;
      questions.push({
        questionId: question.id,
        topicId,
        kind: question.kind,
        prompt: question.prompt,
        attempts: rows.length,
        correct,
        shareCorrect: correct / rows.length,
        unanswered: givens.filter((given) => given === null).length,
        options:
          question.kind === 'choice'
            ? question.choices.map((choice) => {
                const picked = givens.filter((given) => given === choice.id).length;
                return {
                  id: choice.id,
                  text: choice.text,
                  correct: choice.correct === true,
                  picked,
                  share: picked / rows.length,
                };
              })
            : null,
      });
    }
  }
  // Hardest first; among equally hard questions, the better-evidenced one first.
  questions.sort(
    (a, b) =>
      a.shareCorrect - b.shareCorrect ||
      b.attempts - a.attempts ||
      a.questionId.localeCompare(b.questionId),
  );
  return { questions, unattempted };
}
