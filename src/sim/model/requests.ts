// The caller's side of a request: attempts, per-attempt timeouts, the end-to-end deadline,
// retries with backoff and budgets. An attempt is identified by a token; a reply or a timer
// whose token is no longer the op's current one is stale and ignored, which is how "a reply
// that arrives after its attempt timed out is discarded" is implemented without cancelling.
import { userDone } from './arrivals.js';
import { backoffDelay } from './backoff.js';
import { BREAKER_OPEN, DEADLINE_EXCEEDED, DEGRADED, OK, TIMEOUT, isSuccess } from './causes.js';
import type { Caller, Client } from './compiled.js';
import type { Engine } from './engine.js';
import { EV_JOB_ARRIVE, EV_RETRY, EV_TIMEOUT, EV_TIMERS } from './events.js';
import { callFinished } from './completion.js';
import { jobArrive } from './serving.js';
import { NOTE_RETRY_DENIED } from './tracer.js';

/** Starts a request from `caller`: parentJob ≥ 0 for a dependency call, user ≥ 0 for a closed-loop user. */
export function startOp(
  e: Engine,
  caller: Caller,
  parentJob: number,
  user: number,
  deadline: number,
): void {
  const ops = e.ops;
  const op = ops.alloc();
  ops.caller[op] = caller.index;
  ops.parentJob[op] = parentJob;
  ops.user[op] = user;
  ops.start[op] = e.now;
  ops.deadline[op] = deadline;
  ops.attempts[op] = 0;
  ops.prevDelay[op] = caller.retry?.backoff?.base ?? 0;
  if (e.carriesKeys) assignKey(e, caller, op, parentJob);
  const stats = caller.stats;
  stats.requests++;
  stats.open++;
  if (e.tracer !== null) e.tracer.opStarted(e, op, caller, parentJob);
  startAttempt(e, op, caller);
}

/** Gives a new op its key, read or write, and user-request id (see Engine.carriesKeys). */
function assignKey(e: Engine, caller: Caller, op: number, parentJob: number): void {
  const ops = e.ops;
  if (parentJob >= 0) {
    // A dependency call serves its parent's user request: same key, kind and id.
    const jobs = e.jobs;
    ops.key[op] = jobs.key[parentJob] as number;
    ops.write[op] = jobs.write[parentJob] as number;
    ops.req[op] = jobs.req[parentJob] as number;
  } else {
    ops.key[op] = caller.keys === null ? -1 : caller.keys.sample(e.keyRng);
    const share = caller.writeShare;
    ops.write[op] = share > 0 && (share >= 1 || e.keyRng.next01() < share) ? 1 : 0;
    ops.req[op] = e.nextRequest++;
  }
}

/**
 * Makes the op's next attempt. This runs for every attempt, so what only some callers use is
 * in functions of its own: V8 optimizes a function sooner, and inlines it into its callers,
 * the shorter its bytecode.
 */
function startAttempt(e: Engine, op: number, caller: Caller): void {
  const ops = e.ops;
  const now = e.now;
  const deadline = ops.deadline[op] as number;
  if (now >= deadline) {
    attemptTooLate(e, op, caller);
    return;
  }
  const isRetry = (ops.attempts[op] as number) > 0;
  ops.attempts[op]!++;
  const stats = caller.stats;
  stats.attempts++;
  if (isRetry) stats.retries++;
  if (
    (e.tracer !== null || caller.guards !== null || caller.retry !== null) &&
    !admitAttempt(e, op, caller, isRetry)
  )
    return;
  const token = e.nextToken++;
  ops.token[op] = token;
  const attemptEnd = armTimeout(e, op, caller, token, now + caller.timeout, deadline);

  const jobs = e.jobs;
  const job = jobs.alloc();
  jobs.op[job] = op;
  jobs.token[job] = token;
  jobs.service[job] = caller.target;
  jobs.deadline[job] = attemptEnd;
  jobs.caller[job] = caller.index;
  if (e.carriesKeys) {
    jobs.key[job] = ops.key[op] as number;
    jobs.write[job] = ops.write[op] as number;
    jobs.req[job] = ops.req[op] as number;
  }
  jobs.fetching[job] = 0;
  if (e.tracer !== null) e.tracer.jobCreated(job, op, caller.partitioned);
  if (caller.partitioned) {
    // A partition drops the request: the caller hears nothing and times out.
    jobs.release(job);
    return;
  }
  const hop = e.hop();
  if (hop > 0) e.queue.push(now + hop, EV_JOB_ARRIVE, job, 0);
  else jobArrive(e, job);
}

/** The request's deadline passed before its next attempt could start. */
function attemptTooLate(e: Engine, op: number, caller: Caller): void {
  const budget = caller.retry?.budget ?? null;
  if ((e.ops.attempts[op] as number) > 0 && budget !== null) budget.retryAbandoned();
  finishOp(e, op, caller, DEADLINE_EXCEEDED);
}

/**
 * Traces the attempt, lets the call's guards refuse it (false: it failed at once) and tells
 * the retry budget it started.
 */
function admitAttempt(e: Engine, op: number, caller: Caller, isRetry: boolean): boolean {
  const tracer = e.tracer;
  if (tracer !== null) tracer.attemptStarted(e, op);
  if (caller.guards !== null) {
    const refused = caller.guards.admit(e, op);
    if (refused !== OK) {
      if (tracer !== null) tracer.attemptEnded(e, op, refused);
      attemptFailed(e, op, caller, refused);
      return false;
    }
  }
  const budget = caller.retry?.budget ?? null;
  if (budget !== null) budget.attemptStarted(e.now, isRetry);
  return true;
}

/** Arms the attempt's timer; returns when the attempt ends: its timeout or the deadline. */
function armTimeout(
  e: Engine,
  op: number,
  caller: Caller,
  token: number,
  timeoutAt: number,
  deadline: number,
): number {
  if (timeoutAt <= deadline && timeoutAt !== Infinity) {
    // Same timeout for every attempt of this caller: expiries are in FIFO order.
    const timers = caller.timers;
    timers.push(timeoutAt, op, token);
    if (!timers.armed) {
      timers.armed = true;
      e.queue.push(timeoutAt, EV_TIMERS, caller.index, 0);
    }
    return timeoutAt;
  }
  if (deadline !== Infinity) e.queue.push(deadline, EV_TIMEOUT, op, token);
  return deadline;
}

/** A reply reached the caller (after the network hop back). */
export function onReply(e: Engine, op: number, token: number, cause: number): void {
  const ops = e.ops;
  if (ops.token[op] !== token) return;
  const caller = e.callers[ops.caller[op] as number] as Caller;
  const ok = isSuccess(cause);
  if (e.tracer !== null) e.tracer.attemptEnded(e, op, cause);
  if (caller.guards !== null) caller.guards.release(e, op, cause);
  const budget = caller.retry?.budget ?? null;
  if (budget !== null) budget.attemptEnded(e.now, (ops.attempts[op] as number) > 1, ok, false);
  if (ok) finishOp(e, op, caller, cause);
  else attemptFailed(e, op, caller, cause);
}

/** The attempt's timer fired: its per-attempt timeout or the request's deadline. */
export function onTimeout(e: Engine, op: number, token: number): void {
  const ops = e.ops;
  if (ops.token[op] !== token) return;
  const caller = e.callers[ops.caller[op] as number] as Caller;
  ops.token[op] = 0;
  if (e.counting) caller.stats.total.timeouts++;
  if (caller.guards !== null) caller.guards.release(e, op, TIMEOUT);
  const budget = caller.retry?.budget ?? null;
  if (budget !== null) budget.attemptEnded(e.now, (ops.attempts[op] as number) > 1, false, true);
  const cause = e.now >= (ops.deadline[op] as number) ? DEADLINE_EXCEEDED : TIMEOUT;
  if (e.tracer !== null) e.tracer.attemptEnded(e, op, cause);
  attemptFailed(e, op, caller, cause);
}

/** The head of a caller's timeout FIFO is due: fire every timer that is. */
export function onCallerTimers(e: Engine, caller: Caller): void {
  const timers = caller.timers;
  const tokens = e.ops.token;
  while (timers.length > 0) {
    // Timers of attempts that already ended are dropped without waiting for them to come
    // due: most attempts end long before their timeout, so this saves most timer events.
    if (timers.headTime() > e.now && tokens[timers.headOp()] === timers.headToken()) break;
    timers.shift();
    if (timers.time <= e.now) onTimeout(e, timers.op, timers.token);
  }
  if (timers.length > 0) e.queue.push(timers.headTime(), EV_TIMERS, caller.index, 0);
  else timers.armed = false;
}

/** A backoff ended: make the next attempt. */
export function onRetry(e: Engine, op: number, token: number): void {
  if (e.ops.token[op] !== token) return;
  startAttempt(e, op, e.callers[e.ops.caller[op] as number] as Caller);
}

function attemptFailed(e: Engine, op: number, caller: Caller, cause: number): void {
  const ops = e.ops;
  const retry = caller.retry;
  const attempts = ops.attempts[op] as number;
  const deadline = ops.deadline[op] as number;
  if (
    retry === null ||
    attempts >= retry.maxAttempts ||
    cause === DEADLINE_EXCEEDED ||
    cause === BREAKER_OPEN ||
    e.now >= deadline
  ) {
    finishOp(e, op, caller, cause);
    return;
  }
  if (retry.budget !== null && !retry.budget.tryRetry(e.now, cause === TIMEOUT)) {
    if (e.counting) caller.stats.total.retriesDenied++;
    if (e.tracer !== null) e.tracer.opNote(op, NOTE_RETRY_DENIED);
    finishOp(e, op, caller, cause);
    return;
  }
  let delay = 0;
  if (retry.backoff !== null) {
    delay = Math.round(
      backoffDelay(retry.backoff, attempts, ops.prevDelay[op] as number, e.backoffRng.next01()),
    );
    ops.prevDelay[op] = delay;
  }
  if (delay <= 0) {
    startAttempt(e, op, caller);
    return;
  }
  const token = e.nextToken++;
  ops.token[op] = token;
  e.queue.push(Math.min(e.now + delay, deadline), EV_RETRY, op, token);
}

function finishOp(e: Engine, op: number, caller: Caller, cause: number): void {
  const ops = e.ops;
  const stats = caller.stats;
  const ok = isSuccess(cause);
  stats.open--;
  if (ok) stats.succeeded++;
  else stats.failed++;
  if (e.counting) {
    if (ok) {
      if (cause === DEGRADED) stats.total.degraded++;
      stats.latencyTotal.add(e.now - (ops.start[op] as number));
    } else {
      stats.failuresByCause[cause]!++;
    }
  }
  if (e.tracer !== null) e.tracer.opFinished(e, op, caller, cause);
  const parentJob = ops.parentJob[op] as number;
  const user = ops.user[op] as number;
  e.ops.release(op);
  if (parentJob >= 0) callFinished(e, parentJob, caller, cause);
  else if (user >= 0) userDone(e, e.clients[caller.index] as Client, user, ok);
}
