// The self-assessments' and the program diagnostic's HTTP contract. The level and archetype
// definitions are served whole (they hold no right answers); a diagnostic form is served without
// its correct flags and explanations, which only come back with a scored result.
import { z } from 'zod';
import {
  archetypeAssessmentSchema,
  archetypeIdSchema,
  diagnosticForms,
  levelAssessmentSchema,
} from '../curriculum/schema/assessments.js';
import type {
  ArchetypeComparison,
  ArchetypeResult,
  DiagnosticComparison,
  DiagnosticFeedback,
  DiagnosticQuestionView,
  DiagnosticResult,
  LevelComparison,
  LevelResult,
} from '../learning/assessments/index.js';

export const assessmentKinds = [
  'level',
  'archetypes',
  'diagnostic-start',
  'diagnostic-end',
] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];

export const levelDefinitionSchema = levelAssessmentSchema.meta({ id: 'LevelAssessment' });
export const archetypeDefinitionSchema = archetypeAssessmentSchema.meta({
  id: 'ArchetypeAssessment',
});

export const diagnosticFormParamsSchema = z.object({ form: z.enum(diagnosticForms) });

export const diagnosticFormSchema = z
  .object({
    form: z.enum(diagnosticForms),
    title: z.string(),
    intro: z.string(),
    questions: z.array(
      z.object({
        id: z.string(),
        topic: z.string(),
        module: z.string(),
        prompt: z.string(),
        choices: z.array(z.object({ id: z.string(), text: z.string() })),
      }) satisfies z.ZodType<DiagnosticQuestionView>,
    ),
  })
  .meta({ id: 'DiagnosticForm' });
export type DiagnosticFormView = z.infer<typeof diagnosticFormSchema>;

const placementSchema = z.literal([1, 1.5, 2, 2.5, 3]);
const targetSchema = z.literal([2, 3]);

export const levelAnswersSchema = z
  .object({
    target: targetSchema.describe('2 = Staff, 3 = Principal'),
    dimensions: z
      .record(z.string(), z.object({ placement: placementSchema, evidence: z.string() }))
      .describe('One entry per dimension id: Senior = 1, Staff = 2, Principal = 3, half steps'),
  })
  .meta({ id: 'LevelAnswers' });

export const archetypeAnswersSchema = z
  .object({ items: z.record(z.string(), z.string()).describe('The chosen option id by item id') })
  .meta({ id: 'ArchetypeAnswers' });

export const diagnosticAnswersSchema = z
  .object({
    questions: z
      .record(z.string(), z.string())
      .describe('The chosen choice id by question id; a question left out counts as wrong'),
  })
  .meta({ id: 'DiagnosticAnswers' });

export const assessmentKindParamsSchema = z.object({ kind: z.enum(assessmentKinds) });

export const assessmentSubmissionSchema = z
  .object({
    answers: z
      .record(z.string(), z.unknown())
      .describe(
        'LevelAnswers for `level`, ArchetypeAnswers for `archetypes`, DiagnosticAnswers for a ' +
          'diagnostic form. Checked against the definition: a missing dimension or item, an ' +
          'unknown option or a bad placement is a 400 naming the field.',
      ),
  })
  .meta({ id: 'AssessmentSubmission' });

export const levelResultSchema = z
  .object({
    target: targetSchema,
    dimensions: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        placement: placementSchema,
        counted: placementSchema.describe('Senior (1) when a higher placement has no evidence'),
        evidence: z.string(),
        gap: z.number().describe('Target minus the counted placement'),
      }),
    ),
    largestGaps: z.array(z.string()).describe('At most two dimension ids, largest gap first'),
  })
  .meta({ id: 'LevelResult' }) satisfies z.ZodType<LevelResult>;

const interpretationSchema = z.object({
  primary: archetypeIdSchema,
  secondary: archetypeIdSchema,
  text: z.string(),
});

export const archetypeResultSchema = z
  .object({
    ranking: z.array(z.object({ id: archetypeIdSchema, title: z.string(), score: z.number() })),
    primary: archetypeIdSchema,
    secondary: archetypeIdSchema,
    interpretation: z.string().nullable(),
    closeCalls: z.array(interpretationSchema),
  })
  .meta({ id: 'ArchetypeResult' }) satisfies z.ZodType<ArchetypeResult>;

export const diagnosticResultSchema = z
  .object({
    form: z.enum(diagnosticForms),
    correct: z.int(),
    total: z.int(),
    modules: z.array(
      z.object({ id: z.string(), title: z.string(), correct: z.int(), total: z.int() }),
    ),
    questions: z.array(
      z.object({
        id: z.string(),
        pair: z.string(),
        topic: z.string(),
        module: z.string(),
        given: z.string().nullable(),
        correct: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'DiagnosticResult' }) satisfies z.ZodType<DiagnosticResult>;

export const diagnosticFeedbackSchema = z.array(
  z.object({
    id: z.string(),
    topic: z.string(),
    prompt: z.string(),
    given: z.string().nullable(),
    correct: z.boolean(),
    answer: z.string().describe('The id of the right choice'),
    choices: z.array(
      z.object({ id: z.string(), text: z.string(), why: z.string(), correct: z.boolean() }),
    ),
  }),
) satisfies z.ZodType<DiagnosticFeedback[]>;

const recordBase = { id: z.string(), takenAt: z.string() };

export const assessmentRecordSchema = z
  .discriminatedUnion('kind', [
    z.object({
      ...recordBase,
      kind: z.literal('level'),
      answers: levelAnswersSchema,
      result: levelResultSchema,
    }),
    z.object({
      ...recordBase,
      kind: z.literal('archetypes'),
      answers: archetypeAnswersSchema,
      result: archetypeResultSchema,
    }),
    ...(['diagnostic-start', 'diagnostic-end'] as const).map((kind) =>
      z.object({
        ...recordBase,
        kind: z.literal(kind),
        answers: diagnosticAnswersSchema,
        result: diagnosticResultSchema,
        feedback: diagnosticFeedbackSchema
          .optional()
          .describe('Right or wrong, and why, for each question: with one result, not in lists'),
      }),
    ),
  ])
  .meta({ id: 'AssessmentResult' });
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

export const assessmentListSchema = z
  .object({
    level: z.array(assessmentRecordSchema),
    archetypes: z.array(assessmentRecordSchema),
    'diagnostic-start': z.array(assessmentRecordSchema),
    'diagnostic-end': z.array(assessmentRecordSchema),
  })
  .describe('Each kind’s results, newest first')
  .meta({ id: 'AssessmentResults' }) satisfies z.ZodType<Record<AssessmentKind, unknown[]>>;
export type AssessmentList = z.infer<typeof assessmentListSchema>;

export const assessmentIdParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const assessmentCompareQuerySchema = z.object({
  from: z.string().min(1).max(100).describe('The id of the earlier result'),
  to: z.string().min(1).max(100).describe('The id of the later result'),
});

const resultRef = z.object({ id: z.string(), takenAt: z.string() });

export const assessmentComparisonSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('level'),
      from: resultRef,
      to: resultRef,
      comparison: z.object({
        target: z.object({ from: targetSchema, to: targetSchema }),
        dimensions: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            from: placementSchema.nullable(),
            to: placementSchema.nullable(),
            change: z.number().nullable(),
          }),
        ),
      }) satisfies z.ZodType<LevelComparison>,
    }),
    z.object({
      kind: z.literal('archetypes'),
      from: resultRef,
      to: resultRef,
      comparison: z.object({
        archetypes: z.array(
          z.object({
            id: archetypeIdSchema,
            title: z.string(),
            from: z.number(),
            to: z.number(),
            change: z.number(),
          }),
        ),
        primary: z.object({ from: archetypeIdSchema, to: archetypeIdSchema }),
        secondary: z.object({ from: archetypeIdSchema, to: archetypeIdSchema }),
      }) satisfies z.ZodType<ArchetypeComparison>,
    }),
    z.object({
      kind: z.literal('diagnostic'),
      from: resultRef,
      to: resultRef,
      comparison: z.object({
        overall: z.object({ from: z.int(), to: z.int(), total: z.int(), change: z.int() }),
        modules: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            from: z.int(),
            to: z.int(),
            total: z.int(),
            change: z.int(),
          }),
        ),
        learned: z.array(z.string()).describe('Concepts wrong in `from` and right in `to`'),
        forgotten: z.array(z.string()).describe('Concepts right in `from` and wrong in `to`'),
      }) satisfies z.ZodType<DiagnosticComparison>,
    }),
  ])
  .meta({ id: 'AssessmentComparison' });
export type AssessmentComparison = z.infer<typeof assessmentComparisonSchema>;
