// The program diagnostic (content/assessments/diagnostic.yaml): twenty concepts from across the
// six modules, each asked in a start form (week 1) and a parallel end form (week 20). A form is
// scored per question and per module; two results compare pair by pair, so "learned" means a
// concept answered wrongly in the earlier result and rightly in the later one.
import type {
  Diagnostic,
  DiagnosticForm,
  DiagnosticQuestion,
} from '../../curriculum/schema/assessments.js';
import { isRecord, type AnswerProblem, type Checked } from './answers.js';
import { shuffle, type RandomBelow } from '../quiz/public-quiz.js';

/** What scoring needs of the program: its modules in order, and each topic's module. */
export interface ProgramModules {
  modules: readonly { id: string; title: string }[];
  topicById: ReadonlyMap<string, { moduleId: string }>;
}

export interface DiagnosticAnswers {
  /** The chosen choice id by question id; a question left out was not answered. */
  questions: Record<string, string>;
}

export interface DiagnosticQuestionResult {
  id: string;
  /** The concept: the same in both forms. */
  pair: string;
  topic: string;
  module: string;
  given: string | null;
  correct: boolean;
}

export interface ModuleScore {
  id: string;
  title: string;
  correct: number;
  total: number;
}

export interface DiagnosticResult {
  form: DiagnosticForm;
  correct: number;
  total: number;
  /** Modules with at least one question, in program order. */
  modules: ModuleScore[];
  questions: DiagnosticQuestionResult[];
}

/** A question as the learner sees it before answering: no correct flag, no explanations. */
export interface DiagnosticQuestionView {
  id: string;
  topic: string;
  module: string;
  prompt: string;
  choices: { id: string; text: string }[];
}

/** A question after answering: what was chosen, which choice is right, and why each is. */
export interface DiagnosticFeedback {
  id: string;
  topic: string;
  prompt: string;
  given: string | null;
  correct: boolean;
  answer: string;
  choices: { id: string; text: string; why: string; correct: boolean }[];
}

export function formQuestions(definition: Diagnostic, form: DiagnosticForm): DiagnosticQuestion[] {
  return definition.pairs.map((pair) => pair[form]);
}

/** The form without its answers, each question's choices shuffled as a quiz's are. */
export function diagnosticFormView(
  definition: Diagnostic,
  form: DiagnosticForm,
  program: ProgramModules,
  randomBelow: RandomBelow,
): DiagnosticQuestionView[] {
  return formQuestions(definition, form).map((question) => ({
    id: question.id,
    topic: question.topic,
    module: program.topicById.get(question.topic)?.moduleId ?? '',
    prompt: question.prompt,
    choices: shuffle(
      question.choices.map(({ id, text }) => ({ id, text })),
      randomBelow,
    ),
  }));
}

export function checkDiagnosticAnswers(
  definition: Diagnostic,
  form: DiagnosticForm,
  input: unknown,
): Checked<DiagnosticAnswers> {
  const given = isRecord(input) && isRecord(input.questions) ? input.questions : null;
  if (!given)
    return {
      ok: false,
      problems: [
        {
          path: 'questions',
          message: 'send an object with the chosen choice id by question id',
        },
      ],
    };
  const problems: AnswerProblem[] = [];
  const questions = new Map(formQuestions(definition, form).map((q) => [q.id, q]));
  const answers: Record<string, string> = {};
  for (const [id, choice] of Object.entries(given)) {
    const question = questions.get(id);
    if (!question) {
      problems.push({
        path: `questions.${id}`,
        message: `unknown question "${id}" in the ${form} form: GET the form for its question ids`,
      });
      continue;
    }
    if (choice === null) continue;
    const ids = question.choices.map((c) => c.id);
    if (typeof choice !== 'string' || !ids.includes(choice)) {
      problems.push({
        path: `questions.${id}`,
        message: `unknown choice ${JSON.stringify(choice)}: this question's choices are ${ids.join(', ')}`,
      });
      continue;
    }
    answers[id] = choice;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answers: { questions: answers } };
}

const correctChoice = (question: DiagnosticQuestion) =>
  question.choices.find((c) => c.correct === true)!.id;

/** Scores answers that `checkDiagnosticAnswers` accepted. A question left out counts as wrong. */
export function scoreDiagnostic(
  definition: Diagnostic,
  form: DiagnosticForm,
  answers: DiagnosticAnswers,
  program: ProgramModules,
): DiagnosticResult {
  const questions = definition.pairs.map((pair): DiagnosticQuestionResult => {
    const question = pair[form];
    const given = answers.questions[question.id] ?? null;
    return {
      id: question.id,
      pair: pair.id,
      topic: question.topic,
      module: program.topicById.get(question.topic)?.moduleId ?? '',
      given,
      correct: given === correctChoice(question),
    };
  });
  return {
    form,
    correct: questions.filter((q) => q.correct).length,
    total: questions.length,
    modules: moduleScores(questions, program),
    questions,
  };
}

function moduleScores(
  questions: readonly DiagnosticQuestionResult[],
  program: ProgramModules,
): ModuleScore[] {
  return program.modules.flatMap((module) => {
    const mine = questions.filter((q) => q.module === module.id);
    if (mine.length === 0) return [];
    const correct = mine.filter((q) => q.correct).length;
    return [{ id: module.id, title: module.title, correct, total: mine.length }];
  });
}

/** The explanations of a scored form, for the learner to read after answering. */
export function diagnosticFeedback(
  definition: Diagnostic,
  result: DiagnosticResult,
): DiagnosticFeedback[] {
  const byId = new Map(formQuestions(definition, result.form).map((q) => [q.id, q]));
  return result.questions.flatMap((answered) => {
    const question = byId.get(answered.id);
    if (!question) return [];
    return [
      {
        id: question.id,
        topic: question.topic,
        prompt: question.prompt,
        given: answered.given,
        correct: answered.correct,
        answer: correctChoice(question),
        choices: question.choices.map((c) => ({
          id: c.id,
          text: c.text,
          why: c.why,
          correct: c.correct === true,
        })),
      },
    ];
  });
}

export interface DiagnosticComparison {
  overall: { from: number; to: number; total: number; change: number };
  modules: { id: string; title: string; from: number; to: number; total: number; change: number }[];
  /** Concepts (pair ids) wrong in the earlier result and right in the later one. */
  learned: string[];
  /** Concepts right in the earlier result and wrong in the later one. */
  forgotten: string[];
}

/** How two results of the diagnostic compare, module by module and concept by concept. */
export function compareDiagnostic(
  from: DiagnosticResult,
  to: DiagnosticResult,
): DiagnosticComparison {
  const earlier = new Map(from.questions.map((q) => [q.pair, q.correct]));
  const pairs = to.questions.filter((q) => earlier.has(q.pair));
  const earlierModules = new Map(from.modules.map((m) => [m.id, m]));
  return {
    overall: {
      from: from.correct,
      to: to.correct,
      total: to.total,
      change: to.correct - from.correct,
    },
    modules: to.modules.map((module) => {
      const before = earlierModules.get(module.id)?.correct ?? 0;
      return {
        id: module.id,
        title: module.title,
        from: before,
        to: module.correct,
        total: module.total,
        change: module.correct - before,
      };
    }),
    learned: pairs.filter((q) => q.correct && !earlier.get(q.pair)).map((q) => q.pair),
    forgotten: pairs.filter((q) => !q.correct && earlier.get(q.pair)).map((q) => q.pair),
  };
}
