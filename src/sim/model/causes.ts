// How an attempt or a request ends. Small integers so they travel inside event kinds and
// typed arrays; the output names them with CAUSE_NAMES.

export const OK = 0;
/** A fallback answered: a success for the caller, counted separately. */
export const DEGRADED = 1;
export const TIMEOUT = 2;
export const SHED = 3;
export const RATE_LIMITED = 4;
export const BREAKER_OPEN = 5;
export const DEPENDENCY_FAILED = 6;
export const DEADLINE_EXCEEDED = 7;
export const FAULT = 8;
/** An optimistic-concurrency write lost: another write committed since the read. */
export const CONFLICT = 9;
/** A call's bulkhead was full: the attempt was rejected locally. */
export const BULKHEAD_FULL = 10;

export const CAUSE_COUNT = 11;

/** Output names of the error causes, in output order (OK and DEGRADED are not errors). */
export type ErrorCauseName =
  | 'timeout'
  | 'shed'
  | 'rateLimited'
  | 'breakerOpen'
  | 'dependencyFailed'
  | 'deadlineExceeded'
  | 'fault'
  | 'conflict'
  | 'bulkheadFull';

export const ERROR_CAUSES: readonly { cause: number; name: ErrorCauseName }[] = [
  { cause: TIMEOUT, name: 'timeout' },
  { cause: SHED, name: 'shed' },
  { cause: RATE_LIMITED, name: 'rateLimited' },
  { cause: BREAKER_OPEN, name: 'breakerOpen' },
  { cause: DEPENDENCY_FAILED, name: 'dependencyFailed' },
  { cause: DEADLINE_EXCEEDED, name: 'deadlineExceeded' },
  { cause: FAULT, name: 'fault' },
  { cause: CONFLICT, name: 'conflict' },
  { cause: BULKHEAD_FULL, name: 'bulkheadFull' },
];

export function isSuccess(cause: number): boolean {
  return cause === OK || cause === DEGRADED;
}
