import { z } from 'zod';

/** Stable ids: lower-case words joined by hyphens (`retry-strategy`). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(idPattern, 'must be lower-case words joined by hyphens, like `retry-strategy`');

/** A non-empty line of text (trimmed length ≥ 1). */
export const textSchema = z.string().trim().min(1, 'must not be empty');

export const practiceKinds = ['lab', 'tool', 'artifact', 'exercise'] as const;
export const practiceKindSchema = z.enum(practiceKinds);
export type PracticeKind = z.infer<typeof practiceKindSchema>;
