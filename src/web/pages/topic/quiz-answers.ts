// What the quiz form holds while a learner answers, and turning it into an attempt's answers.
// A numeric answer is typed as text so any locale's decimal comma works and a half-typed
// number is not lost; it is read as a number only when submitted.

/** Question id → the choice id picked or the text typed; absent when untouched. */
export type Draft = Readonly<Record<string, string>>;

/** Reads "1.5", "1,5", " 1 200 " or "-3" as a number; null for anything else or nothing. */
export function parseNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const normalised = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^-?(\d+(\.\d*)?|\.\d+)(e-?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

export interface DraftQuestion {
  id: string;
  kind: 'choice' | 'numeric';
}

/**
 * The answers to send, and the numeric questions whose text is not a number (the form shows
 * those instead of sending). Blank questions are left out: the server counts them wrong.
 */
export function answersFromDraft(
  questions: readonly DraftQuestion[],
  draft: Draft,
): { answers: Record<string, string | number>; notNumbers: string[] } {
  const answers: Record<string, string | number> = {};
  const notNumbers: string[] = [];
  for (const question of questions) {
    const text = draft[question.id];
    if (text === undefined || text.trim() === '') continue;
    if (question.kind === 'choice') answers[question.id] = text;
    else {
      const value = parseNumber(text);
      if (value === null) notNumbers.push(question.id);
      else answers[question.id] = value;
    }
  }
  return { answers, notNumbers };
}

/** "83%": scores are shown as whole percentages. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
