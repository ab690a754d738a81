// The service's side once its own work is done: it looks up its cache, makes its
// dependency calls (one after another, or at once) while holding the worker, and replies.
// Without deadline propagation a service finishes work whose caller has given up; the reply
// is then discarded by the caller and counted here as wasted.
import { bucketOf } from '../core/sketch.js';
import { DEADLINE_EXCEEDED, DEGRADED, DEPENDENCY_FAILED, FAULT, OK, isSuccess } from './causes.js';
import type { ConcurrencyLimit } from './adaptive-limit.js';
import type { Caller, Service } from './compiled.js';
import type { Engine } from './engine.js';
import { EV_REPLY } from './events.js';
import type { ExecutionTable } from './executions.js';
import { occRead } from './occ-store.js';
import { onReply, startOp } from './requests.js';
import { releaseWorker, serveNext } from './serving.js';
import { cacheFetched, cacheLookup, replicaDone } from './store-serving.js';
import { ABANDONED, NOTE_CRASHED, NOTE_PARTITIONED, type Tracer } from './tracer.js';

/** The service's own work is done: make the dependency calls, or reply. */
export function serviceDone(e: Engine, job: number): void {
  const jobs = e.jobs;
  const s = e.services[jobs.service[job] as number] as Service;
  jobs.cause[job] = OK;
  if (s.replication !== null) replicaDone(e, s, job);
  if (s.cache !== null && cacheLookup(e, s, job)) return;
  if (s.occ !== null) {
    occRead(e, s, job);
    return;
  }
  const calls = s.calls;
  if (calls.length === 0) {
    finishJob(e, job, OK);
    return;
  }
  if (s.parallelCalls) {
    startParallelCalls(e, s, job);
  } else {
    jobs.callPos[job] = 0;
    nextCall(e, s, job);
  }
}

/** Makes every call at once (a function of its own keeps serviceDone small enough to inline). */
function startParallelCalls(e: Engine, s: Service, job: number): void {
  const jobs = e.jobs;
  const deadline = s.propagateDeadline ? (jobs.deadline[job] as number) : Infinity;
  // One extra pending count guards against calls that finish while others are starting.
  jobs.pending[job] = 1;
  for (const caller of s.calls) {
    if (caller.probability < 1 && e.callRng.next01() >= caller.probability) continue;
    jobs.pending[job]!++;
    startOp(e, caller, job, -1, deadline);
  }
  if (--jobs.pending[job]! === 0) finishJob(e, job, jobs.cause[job] as number);
}

function nextCall(e: Engine, s: Service, job: number): void {
  const jobs = e.jobs;
  const calls = s.calls;
  while ((jobs.callPos[job] as number) < calls.length) {
    const caller = calls[jobs.callPos[job]!++ as number] as Caller;
    if (caller.probability < 1 && e.callRng.next01() >= caller.probability) continue;
    const deadline = jobs.deadline[job] as number;
    if (s.propagateDeadline && e.now >= deadline) {
      finishJob(e, job, DEADLINE_EXCEEDED);
      return;
    }
    startOp(e, caller, job, -1, s.propagateDeadline ? deadline : Infinity);
    return;
  }
  finishJob(e, job, jobs.cause[job] as number);
}

/** A dependency call of `job` ended with `cause` (after its retries). */
export function callFinished(e: Engine, job: number, caller: Caller, cause: number): void {
  const jobs = e.jobs;
  const s = e.services[jobs.service[job] as number] as Service;
  let failed = false;
  if (cause === DEGRADED || (!isSuccess(cause) && caller.degradedFallback)) {
    if (jobs.cause[job] === OK) jobs.cause[job] = DEGRADED;
  } else if (!isSuccess(cause)) {
    jobs.cause[job] = DEPENDENCY_FAILED;
    failed = true;
  }
  if (s.parallelCalls) {
    if (--jobs.pending[job]! === 0) finishJob(e, job, jobs.cause[job] as number);
  } else if (failed) {
    finishJob(e, job, DEPENDENCY_FAILED);
  } else {
    nextCall(e, s, job);
  }
}

/**
 * The job answers with `cause`: free its worker, count it, reply to the caller. This runs for
 * every attempt, so what only some services use is in functions of its own: V8 optimizes a
 * function sooner, and inlines it into its callers, the shorter its bytecode.
 */
export function finishJob(e: Engine, job: number, cause0: number): void {
  const jobs = e.jobs;
  const lost = jobs.lost[job] === 1;
  const cause = lost ? FAULT : cause0;
  const s = e.services[jobs.service[job] as number] as Service;
  const instance = jobs.instance[job] as number;
  const now = e.now;
  const stats = s.stats;
  const arrive = jobs.arrive[job] as number;
  const latency = now - arrive;
  const working = jobs.working[job] === 1;
  if (working) {
    if (s.limits !== null) sampleLimit(s, instance, latency, cause);
    releaseWorker(e, s, job, instance);
  }
  s.inFlight[instance]!--;
  stats.left(now);
  const wait = (jobs.start[job] as number) - arrive;
  const ok = isSuccess(cause);
  stats.completions++;
  stats.queueWaitSum += wait;
  stats.latency.addAt(bucketOf(latency), latency);
  if (!ok) stats.errors++;
  const op = jobs.op[job] as number;
  const token = jobs.token[job] as number;
  const caller = e.callers[jobs.caller[job] as number] as Caller;
  const waiters = jobs.fetching[job] === 1 ? cacheFetched(e, s, job, cause) : -1;
  // Only the summary keeps these; counts kept per interval join it as an interval closes.
  if (e.counting) {
    if (!ok) stats.errorsByCause[cause]!++;
    if (cause === DEGRADED) stats.total.degraded++;
    if (e.ops.token[op] !== token) stats.total.wasted++;
  }
  if (e.tracer !== null) traceJobFinished(e, job, cause, wait, lost, caller, op, token);
  // An idempotency-key store keeps the outcome for repeats, or frees a key that will never
  // get one; before the release, while the job still holds its request's id.
  if (jobs.claimed[job] === 1) settleKey(e, s, job, cause, lost);
  jobs.release(job);
  // The freed worker went to a waiting job before this reply: the reply may cause new arrivals.
  if (working) serveNext(e, s, instance);
  // A job of a crashed instance never answers; nor does a reply cross a partition.
  if (!lost && !caller.partitioned) {
    const hop = e.hop();
    if (hop > 0) e.queue.push(now + hop, EV_REPLY + cause, op, token);
    else onReply(e, op, token, cause);
  }
  if (waiters >= 0) finishWaiters(e, waiters, cause);
}

/** An adaptive limit learns from every request the instance served (before it leaves). */
function sampleLimit(s: Service, instance: number, latency: number, cause: number): void {
  const limit = (s.limits as ConcurrencyLimit[])[instance] as ConcurrencyLimit;
  limit.sample(latency, s.inFlight[instance] as number, !isSuccess(cause));
}

function traceJobFinished(
  e: Engine,
  job: number,
  cause: number,
  wait: number,
  lost: boolean,
  caller: Caller,
  op: number,
  token: number,
): void {
  const notes =
    (e.ops.token[op] !== token ? ABANDONED : 0) |
    (lost ? NOTE_CRASHED : caller.partitioned ? NOTE_PARTITIONED : 0);
  (e.tracer as Tracer).jobFinished(e, job, cause, wait, notes);
}

/** Jobs that waited for a cache fetch (a list through `link`) answer with its outcome. */
function finishWaiters(e: Engine, first: number, cause: number): void {
  let waiter = first;
  while (waiter >= 0) {
    const nextWaiter = e.jobs.link[waiter] as number;
    finishJob(e, waiter, cause);
    waiter = nextWaiter;
  }
}

function settleKey(e: Engine, s: Service, job: number, cause: number, lost: boolean): void {
  const jobs = e.jobs;
  const store = s.executions as ExecutionTable;
  const req = jobs.req[job] as number;
  const tag = jobs.caller[job] as number;
  if (lost) store.release(req, tag, e.now);
  else store.settle(req, tag, cause, e.now);
}
