// What checking a learner's answers against an assessment's definition gives back: the answers,
// typed and normalised, or every problem, each at the path of the field at fault.

export interface AnswerProblem {
  /** Dotted path inside the answers, like `dimensions.scope.placement`. */
  path: string;
  message: string;
}

export type Checked<T> = { ok: true; answers: T } | { ok: false; problems: AnswerProblem[] };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names a list for a message: `a, b or c`. */
export function listOf(items: readonly (string | number)[], last = 'or'): string {
  const strings = items.map(String);
  if (strings.length <= 1) return strings.join('');
  return `${strings.slice(0, -1).join(', ')} ${last} ${strings.at(-1)}`;
}
