import { z } from 'zod';

/** RFC 9457 problem details: every error response of the API has this shape. */
export const problemSchema = z
  .object({
    type: z
      .string()
      .describe('A URI reference naming the kind of problem; `about:blank` for plain HTTP errors'),
    title: z.string().describe('Short, human-readable summary of the kind of problem'),
    status: z.int().describe('The HTTP status code'),
    detail: z.string().optional().describe('What went wrong in this occurrence and how to fix it'),
    instance: z.string().optional().describe('The request path that failed'),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('For validation problems: each bad field and what is wrong with it'),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;
