// Search over the lessons. The server sends what the index is built from; the browser builds
// the index itself (docs/adr/0002-client-side-search.md), so searching needs no server round trip.
import { z } from 'zod';

export const searchDocumentSchema = z
  .object({
    id: z
      .string()
      .describe('`TOPIC` for a lesson’s opening, `TOPIC#anchor` for one of its sections'),
    topic: z.string().describe('The topic id: the result opens /topics/TOPIC'),
    title: z.string().describe('The lesson’s title'),
    week: z.int(),
    heading: z.string().nullable().describe('The section’s heading; null for the lesson’s opening'),
    anchor: z
      .string()
      .nullable()
      .describe('The heading’s id on the lesson page (/topics/TOPIC#anchor); null for the opening'),
    text: z.string().describe('The section’s plain text, without Markdown or JSX'),
  })
  .meta({ id: 'SearchDocument' });
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

export const searchDocumentsSchema = z
  .object({
    documents: z
      .array(searchDocumentSchema)
      .describe('One per section of every lesson, in program order'),
  })
  .meta({ id: 'SearchDocuments' });
export type SearchDocuments = z.infer<typeof searchDocumentsSchema>;
