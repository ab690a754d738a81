import { z } from 'zod';
import { textSchema } from './common.js';

/** Question and card ids are `TOPIC-ID.local-id`; they are forever (attempts point at them). */
const quizIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be the topic id, a dot, then a kebab-case name, like `retry-strategy.q-amplification`',
  );

export const choiceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+$/, 'a choice id is a short lower-case token like `a`'),
  text: textSchema,
  correct: z.boolean().optional(),
  /** Why this option is right or wrong: shown after the learner answers. */
  why: textSchema,
});

export const choiceQuestionSchema = z
  .strictObject({
    id: quizIdSchema,
    kind: z.literal('choice'),
    prompt: textSchema,
    choices: z.array(choiceSchema).min(2, 'a choice question needs at least two choices'),
  })
  .superRefine((question, ctx) => {
    const correct = question.choices.filter((choice) => choice.correct === true).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `exactly one choice must have \`correct: true\` (found ${correct})`,
      });
    }
    const seen = new Set<string>();
    question.choices.forEach((choice, index) => {
      if (seen.has(choice.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices', index, 'id'],
          message: `duplicate choice id "${choice.id}"`,
        });
      }
      seen.add(choice.id);
    });
  });

export const numericQuestionSchema = z.strictObject({
  id: quizIdSchema,
  kind: z.literal('numeric'),
  prompt: textSchema,
  answer: z.number(),
  /** Accepted absolute distance from `answer`. */
  tolerance: z.number().min(0),
  unit: textSchema.optional(),
  why: textSchema,
});

/** `kind` may be left out for choice questions, the common case. */
export const questionSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && !('kind' in value)
      ? { ...value, kind: 'choice' }
      : value,
  z.discriminatedUnion('kind', [choiceQuestionSchema, numericQuestionSchema]),
);

export const cardSchema = z.strictObject({
  id: quizIdSchema,
  front: textSchema,
  back: textSchema,
});

export const quizSchema = z.strictObject({
  questions: z.array(questionSchema).default([]),
  cards: z.array(cardSchema).default([]),
});

export type Choice = z.infer<typeof choiceSchema>;
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;
export type NumericQuestion = z.infer<typeof numericQuestionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Card = z.infer<typeof cardSchema>;
export type Quiz = z.infer<typeof quizSchema>;
