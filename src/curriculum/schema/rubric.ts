import { z } from 'zod';
import { idSchema, textSchema } from './common.js';

/**
 * The automatic document checks a rubric may declare (CONTENT_GUIDE.md). Each runs on the
 * learner's Markdown, optionally scoped to the text under one heading, and carries the
 * message that tells the writer what to add.
 */
const scoped = { heading: textSchema.optional(), message: textSchema };

export const documentCheckSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('section'), heading: textSchema, message: textSchema }),
  z.strictObject({
    kind: z.literal('min-items'),
    heading: textSchema,
    min: z.int().min(1),
    message: textSchema,
  }),
  z.strictObject({ kind: z.literal('has-number'), heading: textSchema, message: textSchema }),
  z.strictObject({ kind: z.literal('min-words'), ...scoped, min: z.int().min(1) }),
  z.strictObject({ kind: z.literal('max-words'), ...scoped, max: z.int().min(1) }),
  z.strictObject({ kind: z.literal('mentions'), ...scoped, words: z.array(textSchema).min(1) }),
  z.strictObject({ kind: z.literal('avoid'), ...scoped, phrases: z.array(textSchema).min(1) }),
]);

/** Level 1 missing, 2 emerging, 3 solid (the Staff bar), 4 exemplary. */
export const rubricLevelsSchema = z.strictObject({
  missing: textSchema,
  emerging: textSchema,
  solid: textSchema,
  exemplary: textSchema,
});

export const rubricCriterionSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  levels: rubricLevelsSchema,
});

/** `content/rubrics/ARTIFACT.yaml`. */
export const rubricSchema = z.strictObject({
  artifact: idSchema,
  title: textSchema,
  criteria: z
    .array(rubricCriterionSchema)
    .min(4, 'a rubric has 4–6 criteria')
    .max(6, 'a rubric has 4–6 criteria'),
  checks: z.array(documentCheckSchema).default([]),
});

/** Frontmatter of `content/templates/ARTIFACT.md`; the body is the starting document. */
export const templateFrontmatterSchema = z.strictObject({
  artifact: idSchema,
  title: textSchema,
  summary: textSchema.optional(),
});

export type DocumentCheck = z.infer<typeof documentCheckSchema>;
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;
export type Rubric = z.infer<typeof rubricSchema>;
export type TemplateFrontmatter = z.infer<typeof templateFrontmatterSchema>;
