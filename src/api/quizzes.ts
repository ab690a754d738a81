// A topic's quiz over HTTP. Before an attempt the API sends prompts and options only — no
// right answer, no explanation, no numeric answer or tolerance — and a fresh option order on
// every request. The answers and their explanations come back with the graded attempt.
import { z } from 'zod';

const publicChoiceSchema = z.object({ id: z.string(), text: z.string() });

export const publicQuestionSchema = z
  .discriminatedUnion('kind', [
    z.object({
      id: z.string().describe('Question id, `TOPIC-ID.local-id`: the key of its answer'),
      kind: z.literal('choice'),
      prompt: z.string(),
      choices: z.array(publicChoiceSchema).describe('In a new random order on every request'),
    }),
    z.object({
      id: z.string(),
      kind: z.literal('numeric'),
      prompt: z.string(),
      unit: z.string().nullable().describe('The unit the answer is in, like `req/s`'),
    }),
  ])
  .meta({ id: 'PublicQuestion' });
export type PublicQuestionView = z.infer<typeof publicQuestionSchema>;

export const topicQuizSchema = z
  .object({
    topicId: z.string(),
    passMark: z.number().describe('The share of questions to get right to pass: 0.75'),
    questions: z.array(publicQuestionSchema).describe('Empty when the topic has no quiz questions'),
  })
  .meta({ id: 'TopicQuiz' });
export type TopicQuiz = z.infer<typeof topicQuizSchema>;

export const quizAttemptBodySchema = z
  .object({
    answers: z
      .record(
        z.string().max(200),
        z.union([z.string().max(100), z.number()]).describe('A choice id, or a number'),
      )
      .describe(
        'By question id: the choice id for a choice question, a number for a numeric one. ' +
          'A question left out counts as wrong.',
      ),
  })
  .meta({ id: 'QuizAttempt' });
export type QuizAttemptBody = z.infer<typeof quizAttemptBodySchema>;

const explainedChoiceSchema = z.object({ id: z.string(), text: z.string(), why: z.string() });

export const questionFeedbackSchema = z
  .discriminatedUnion('kind', [
    z.object({
      questionId: z.string(),
      kind: z.literal('choice'),
      prompt: z.string(),
      correct: z.boolean(),
      given: z.string().nullable().describe('The choice id given; null when unanswered'),
      chosen: explainedChoiceSchema
        .nullable()
        .describe('The option picked, with why it is right or wrong'),
      right: explainedChoiceSchema.describe('The right option, with why'),
    }),
    z.object({
      questionId: z.string(),
      kind: z.literal('numeric'),
      prompt: z.string(),
      correct: z.boolean(),
      given: z.number().nullable(),
      answer: z.number(),
      tolerance: z.number().describe('Answers within ± tolerance of `answer` count as right'),
      unit: z.string().nullable(),
      why: z.string(),
    }),
  ])
  .meta({ id: 'QuestionFeedback' });
export type QuestionFeedbackView = z.infer<typeof questionFeedbackSchema>;

export const quizAttemptResultSchema = z
  .object({
    topicId: z.string(),
    attemptNumber: z.int().describe('1 for the learner’s first attempt at this quiz'),
    firstAttempt: z.boolean().describe('The first attempt’s score is kept apart from later ones'),
    correct: z.int(),
    total: z.int(),
    score: z.number().describe('correct / total'),
    passed: z.boolean().describe('score ≥ passMark'),
    passMark: z.number(),
    questions: z.array(questionFeedbackSchema).describe('In the quiz’s order'),
    testedOut: z
      .boolean()
      .describe('True when this attempt passed before the lesson was read: it is now read'),
    cardsAdded: z
      .int()
      .describe('Cards added to the learner’s deck by this attempt, of both kinds below'),
    missedCardsAdded: z.int().describe('Questions missed on a first attempt, now review cards'),
  })
  .meta({ id: 'QuizAttemptResult' });
export type QuizAttemptResult = z.infer<typeof quizAttemptResultSchema>;
