// Parsing text sources (YAML files, Markdown frontmatter) while keeping enough position
// information to report a bad field by file and line. Pure: the caller supplies the text.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { z } from 'zod';

/** A problem found in a content or scenario file, located as precisely as we can. */
export interface SourceIssue {
  file: string;
  line?: number;
  /** Dotted field path inside the document, e.g. `topics[3].title`. */
  path?: string;
  message: string;
}

export interface ParsedYaml {
  /** The plain JavaScript value of the document (undefined when it failed to parse). */
  value: unknown;
  /** Syntax errors, with their lines. */
  issues: SourceIssue[];
  /** The 1-based line where the value at `path` starts, or the nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML text. `lineOffset` shifts reported lines, for YAML embedded in a larger file
 * (frontmatter starts on line 2 of a lesson).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues: SourceIssue[] = doc.errors.map((error) => ({
    file,
    line: (error.linePos?.[0]?.line ?? 1) + lineOffset,
    message: `YAML syntax: ${firstLine(error.message)}`,
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc.contents as Node | null, path.slice(0, depth));
      const offset = node?.range?.[0];
      if (offset !== undefined) return lineCounter.linePos(offset).line + lineOffset;
    }
    return undefined;
  };
  return { value: issues.length > 0 ? undefined : doc.toJS(), issues, lineOf };
}

function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node: Node | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(key),
      );
      // Point at the key itself when the value is missing (e.g. `title:` with nothing after it).
      node = pair ? ((pair.value as Node | null) ?? (pair.key as Node)) : null;
    } else if (isSeq(node) && typeof key === 'number') {
      node = (node.items[key] as Node | undefined) ?? null;
    } else {
      return null;
    }
  }
  return node;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** Formats a field path the way people write it: `weeks[2].topics[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Turns zod issues into located source issues. */
export function zodIssuesToSource(
  error: z.ZodError,
  file: string,
  lineOf: ParsedYaml['lineOf'],
  basePath: readonly PropertyKey[] = [],
): SourceIssue[] {
  return error.issues.map((issue) => {
    const path = [...basePath, ...issue.path];
    const where = formatPath(path);
    return { file, line: lineOf(path), path: where || undefined, message: issue.message };
  });
}

/** Renders an issue as `file:line: path: message`, the shape editors and terminals link. */
export function formatIssue(issue: SourceIssue): string {
  const location = issue.line !== undefined ? `${issue.file}:${issue.line}` : issue.file;
  return `${location}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}

/**
 * Parses a YAML source and validates it against a zod schema in one step.
 * Returns the typed value, or every located issue.
 */
export function parseYamlWith<T>(
  schema: z.ZodType<T>,
  text: string,
  file: string,
): { ok: true; value: T } | { ok: false; issues: SourceIssue[] } {
  const parsed = parseYaml(text, file);
  if (parsed.issues.length > 0) return { ok: false, issues: parsed.issues };
  const result = schema.safeParse(parsed.value);
  if (!result.success)
    return { ok: false, issues: zodIssuesToSource(result.error, file, parsed.lineOf) };
  return { ok: true, value: result.data };
}
