import { z } from 'zod';
import { idSchema, practiceKindSchema, textSchema } from './common.js';

export const lessonPracticeSchema = z.strictObject({
  kind: practiceKindSchema,
  id: idSchema,
  title: textSchema,
});

/** The frontmatter of `content/weeks/NN-slug/TOPIC-ID.mdx` (CONTENT_GUIDE.md). */
export const lessonFrontmatterSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  week: z.int().min(1),
  /** The exact outline bullet the lesson covers. */
  outline: textSchema,
  /** Honest reading + practice time. */
  minutes: z.int().min(5).max(600),
  objectives: z
    .array(textSchema)
    .min(3, 'a lesson states 3–5 objectives')
    .max(5, 'a lesson states 3–5 objectives'),
  practice: z.array(lessonPracticeSchema).min(1, 'name at least one practice'),
  /** Full citations: author, title, venue or publisher, year, and a URL where one is stable. */
  references: z.array(textSchema).default([]),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
