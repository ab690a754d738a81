// The review page's keyboard: Space shows the answer, 1–4 rate it. Keys typed into a field, or
// pressed with a modifier (browser and screen-reader shortcuts), are never taken; nor is Space
// on a focused button or link, which it activates (the "Show answer" button reveals by itself).
import type { ReviewRating } from '../../../api/index.js';

export type ReviewKeyAction = { kind: 'reveal' } | { kind: 'rate'; rating: ReviewRating } | null;

export interface KeyPress {
  key: string;
  repeat: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

const ratingKeys: Record<string, ReviewRating> = {
  '1': 'again',
  '2': 'hard',
  '3': 'good',
  '4': 'easy',
};

/** True for inputs, text areas, selects and editable content, where keys are text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!element?.tagName) return false;
  return (
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName.toUpperCase()) ||
    element.isContentEditable === true
  );
}

function isActivatable(target: EventTarget | null): boolean {
  const tag = (target as { tagName?: string } | null)?.tagName?.toUpperCase();
  return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
}

export function reviewKeyAction(press: KeyPress, revealed: boolean): ReviewKeyAction {
  if (press.altKey || press.ctrlKey || press.metaKey || press.repeat) return null;
  if (isTypingTarget(press.target)) return null;
  if (!revealed)
    return press.key === ' ' && !isActivatable(press.target) ? { kind: 'reveal' } : null;
  const rating = ratingKeys[press.key];
  return rating ? { kind: 'rate', rating } : null;
}
