import { z } from 'zod';
import { idSchema, textSchema } from './common.js';
import { choiceSchema } from './quiz.js';

/** The three levels a self-assessment places the learner against. */
export const careerLevels = ['senior', 'staff', 'principal'] as const;

export const levelDimensionSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** An observable descriptor of this dimension at each level: behaviours, not adjectives. */
  descriptors: z.strictObject({ senior: textSchema, staff: textSchema, principal: textSchema }),
  /** What the learner should write down as evidence for their rating. */
  evidence: textSchema,
  /** Topics whose lessons work on this dimension: a result links them from a gap. */
  topics: z.array(idSchema).default([]),
});

/** `content/assessments/level.yaml`: the week-1 Senior / Staff / Principal self-assessment. */
export const levelAssessmentSchema = z.strictObject({
  title: textSchema,
  intro: textSchema,
  dimensions: z.array(levelDimensionSchema).min(1),
  /**
   * Every dimension id once, the one whose evidence takes longest to produce first: it breaks
   * ties between equal gaps, as the intro tells the learner.
   */
  slowestEvidenceFirst: z.array(idSchema).min(1),
});

/** The four Staff archetypes (Larson, Staff Engineer, 2021). */
export const archetypeIds = ['tech-lead', 'architect', 'solver', 'right-hand'] as const;
export const archetypeIdSchema = z.enum(archetypeIds);

const scoresSchema = z.record(z.string(), z.number().min(0).max(5)).superRefine((scores, ctx) => {
  const keys = Object.keys(scores);
  if (keys.length === 0)
    ctx.addIssue({ code: 'custom', message: 'an answer must score at least one archetype' });
  for (const key of keys) {
    if (!(archetypeIds as readonly string[]).includes(key)) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `unknown archetype "${key}": use ${archetypeIds.join(', ')}`,
      });
    }
  }
}) as unknown as z.ZodType<Partial<Record<ArchetypeId, number>>>;

export const archetypeItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id like `q-incident-call`'),
  prompt: textSchema,
  options: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+$/),
        text: textSchema,
        scores: scoresSchema,
      }),
    )
    .min(2, 'an item needs at least two options'),
});

/** `content/assessments/archetypes.yaml`: the week-2 archetype questionnaire. */
export const archetypeAssessmentSchema = z.strictObject({
  title: textSchema,
  intro: textSchema,
  archetypes: z
    .array(z.strictObject({ id: archetypeIdSchema, title: textSchema, summary: textSchema }))
    .length(4, 'describe each of the four archetypes once'),
  /** How answers become a result: scores are summed per archetype; this text explains it. */
  scoring: z.strictObject({
    method: z.literal('sum'),
    description: textSchema,
  }),
  items: z.array(archetypeItemSchema).min(1),
  /** What each primary/secondary combination means for the learner. */
  interpretations: z.array(
    z.strictObject({ primary: archetypeIdSchema, secondary: archetypeIdSchema, text: textSchema }),
  ),
});

/** The program diagnostic's two parallel forms: week 1 and week 20. */
export const diagnosticForms = ['start', 'end'] as const;
export type DiagnosticForm = (typeof diagnosticForms)[number];

const diagnosticIdSchema = z
  .string()
  .regex(
    /^diagnostic\.[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'a diagnostic question id is `diagnostic.` then a kebab-case name, like `diagnostic.start-error-budget`',
  );

export const diagnosticQuestionSchema = z
  .strictObject({
    id: diagnosticIdSchema,
    /** The topic whose lesson teaches what this question tests. */
    topic: idSchema,
    prompt: textSchema,
    choices: z.array(choiceSchema).length(4, 'a diagnostic question has exactly four choices'),
  })
  .superRefine((question, ctx) => {
    const correct = question.choices.filter((choice) => choice.correct === true).length;
    if (correct !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `exactly one choice must have \`correct: true\` (found ${correct})`,
      });
    const seen = new Set<string>();
    question.choices.forEach((choice, index) => {
      if (seen.has(choice.id))
        ctx.addIssue({
          code: 'custom',
          path: ['choices', index, 'id'],
          message: `duplicate choice id "${choice.id}"`,
        });
      seen.add(choice.id);
    });
  });

/** One concept tested twice at the same difficulty: once in each form, with a different scenario. */
export const diagnosticPairSchema = z.strictObject({
  id: idSchema,
  start: diagnosticQuestionSchema,
  end: diagnosticQuestionSchema,
});

/** `content/assessments/diagnostic.yaml`: the program diagnostic, taken in week 1 and week 20. */
export const diagnosticSchema = z.strictObject({
  title: textSchema,
  intro: textSchema,
  pairs: z.array(diagnosticPairSchema).min(1),
});

export type LevelAssessment = z.infer<typeof levelAssessmentSchema>;
export type ArchetypeAssessment = z.infer<typeof archetypeAssessmentSchema>;
export type ArchetypeId = z.infer<typeof archetypeIdSchema>;
export type DiagnosticQuestion = z.infer<typeof diagnosticQuestionSchema>;
export type DiagnosticPair = z.infer<typeof diagnosticPairSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
