// The service's side: an attempt arrives, an instance is picked, admission control runs
// (injected errors, the rate limit, in-flight shedding, an already expired deadline), it
// waits for a worker in that instance's queue (FIFO, LIFO or CoDel; or is shed when the
// queue is full), is served, makes its dependency calls while holding the worker, and replies. Without deadline propagation a service finishes work whose
// caller has given up; the reply is then discarded by the caller and counted here as wasted.
import {
  DEADLINE_EXCEEDED,
  DEGRADED,
  DEPENDENCY_FAILED,
  FAULT,
  OK,
  RATE_LIMITED,
  SHED,
  isSuccess,
} from './causes.js';
import type { Caller, Service } from './compiled.js';
import type { Engine } from './engine.js';
import { EV_REPLY, EV_SERVICE_DONE, EV_SHARED_DONE } from './events.js';
import { bucketOf } from '../core/sketch.js';
import { occRead } from './occ-store.js';
import { onReply, startOp } from './requests.js';

export function jobArrive(e: Engine, job: number): void {
  const jobs = e.jobs;
  const s = e.services[jobs.service[job] as number] as Service;
  const now = e.now;
  const stats = s.stats;
  stats.touch(now);
  stats.arrivals++;
  if (e.counting) stats.total.arrivals++;
  jobs.arrive[job] = now;
  jobs.start[job] = now;
  jobs.working[job] = 0;
  const instance = pickInstance(e, s);
  jobs.instance[job] = instance;
  s.inFlight[instance]!++;
  stats.inFlight++;
  if (s.errorRate > 0 && e.faultRng.next01() < s.errorRate) {
    finishJob(e, job, FAULT);
  } else if (s.rateLimit !== null && !s.rateLimit.tryTake(now)) {
    finishJob(e, job, RATE_LIMITED);
  } else if ((s.inFlight[instance] as number) > s.maxInFlight) {
    finishJob(e, job, SHED);
  } else if (s.limits !== null && (s.inFlight[instance] as number) > s.limits[instance]!.limit) {
    finishJob(e, job, SHED);
  } else if (s.propagateDeadline && now >= (jobs.deadline[job] as number)) {
    finishJob(e, job, DEADLINE_EXCEEDED);
  } else if ((s.busy[instance] as number) < s.concurrency) {
    startService(e, s, job, instance);
  } else if (s.queues[instance]!.length < s.queueCapacity) {
    s.adaptiveLifo?.[instance]?.beforePush(s.queues[instance]!, now);
    s.queues[instance]!.pushBack(job);
    stats.queued++;
  } else {
    finishJob(e, job, SHED);
  }
}

function pickInstance(e: Engine, s: Service): number {
  const n = s.instances;
  if (n === 1) return 0;
  switch (s.balancer) {
    case 1:
      return e.balancerRng.below(n);
    case 2: {
      // Power of two choices: the less loaded of two distinct random instances.
      const a = e.balancerRng.below(n);
      let b = e.balancerRng.below(n - 1);
      if (b >= a) b++;
      return (s.inFlight[b] as number) < (s.inFlight[a] as number) ? b : a;
    }
    case 3: {
      // Least outstanding; the scan starts after the last pick so ties rotate.
      let best = s.rrNext;
      let bestLoad = s.inFlight[best] as number;
      for (let k = 1; k < n; k++) {
        const i = (s.rrNext + k) % n;
        const load = s.inFlight[i] as number;
        if (load < bestLoad) {
          best = i;
          bestLoad = load;
        }
      }
      s.rrNext = (best + 1) % n;
      return best;
    }
    default: {
      const i = s.rrNext;
      s.rrNext = (i + 1) % n;
      return i;
    }
  }
}

/** Gives the job a worker; returns false when it was dropped instead (past its deadline). */
function startService(e: Engine, s: Service, job: number, instance: number): boolean {
  const jobs = e.jobs;
  const now = e.now;
  jobs.start[job] = now;
  if (s.propagateDeadline && now >= (jobs.deadline[job] as number)) {
    finishJob(e, job, DEADLINE_EXCEEDED);
    return false;
  }
  s.stats.touch(now);
  s.busy[instance]!++;
  s.stats.busy++;
  jobs.working[job] = 1;
  const work = s.serviceTime.sample(s.rng) + s.addedLatency;
  if (s.processors === null) {
    e.queue.push(now + work, EV_SERVICE_DONE, job, 0);
  } else {
    const processor = s.processors[instance]!;
    processor.add(now, job, work);
    scheduleShared(e, s.firstProcessor + instance);
  }
  return true;
}

/** (Re)schedules a shared processor's next completion, voiding the one scheduled before. */
function scheduleShared(e: Engine, id: number): void {
  const processor = e.processors[id]!.processor;
  processor.generation++;
  if (processor.size > 0)
    e.queue.push(processor.nextCompletion(e.now), EV_SHARED_DONE, id, processor.generation);
}

/** A shared processor's first request finished its work. */
export function sharedDone(e: Engine, id: number, generation: number): void {
  const processor = e.processors[id]!.processor;
  if (processor.generation !== generation) return;
  const job = processor.popFirst(e.now);
  scheduleShared(e, id);
  serviceDone(e, job);
}

/** The service's own work is done: make the dependency calls, or reply. */
export function serviceDone(e: Engine, job: number): void {
  const jobs = e.jobs;
  const s = e.services[jobs.service[job] as number] as Service;
  jobs.cause[job] = OK;
  if (s.occ !== null) {
    occRead(e, s, job);
    return;
  }
  const calls = s.calls;
  if (calls.length === 0) {
    finishJob(e, job, OK);
    return;
  }
  if (!s.parallelCalls) {
    jobs.callPos[job] = 0;
    nextCall(e, s, job);
    return;
  }
  const deadline = s.propagateDeadline ? (jobs.deadline[job] as number) : Infinity;
  // One extra pending count guards against calls that finish while others are starting.
  jobs.pending[job] = 1;
  for (const caller of calls) {
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

/** The job answers with `cause`: free its worker, count it, reply to the caller. */
export function finishJob(e: Engine, job: number, cause: number): void {
  const jobs = e.jobs;
  const s = e.services[jobs.service[job] as number] as Service;
  const instance = jobs.instance[job] as number;
  const now = e.now;
  const stats = s.stats;
  stats.touch(now);
  const working = jobs.working[job] === 1;
  if (working) {
    // An adaptive limit learns from every request the instance served.
    const limit = s.limits?.[instance];
    if (limit !== undefined) {
      limit.sample(
        now - (jobs.arrive[job] as number),
        s.inFlight[instance] as number,
        !isSuccess(cause),
      );
    }
    releaseWorker(e, s, job, instance);
  }
  s.inFlight[instance]!--;
  stats.inFlight--;
  const arrive = jobs.arrive[job] as number;
  const latency = now - arrive;
  const wait = (jobs.start[job] as number) - arrive;
  const ok = isSuccess(cause);
  stats.completions++;
  stats.queueWaitSum += wait;
  const bucket = bucketOf(latency);
  stats.latency.addAt(bucket, latency);
  if (!ok) stats.errors++;
  const op = jobs.op[job] as number;
  const token = jobs.token[job] as number;
  if (e.counting) {
    const t = stats.total;
    t.completions++;
    t.queueWaitSum += wait;
    stats.latencyTotal.addAt(bucket, latency);
    if (ok) t.successes++;
    else {
      t.errors++;
      stats.errorsByCause[cause]!++;
    }
    if (cause === DEGRADED) t.degraded++;
    if (e.ops.token[op] !== token) t.wasted++;
  }
  jobs.release(job);
  // The freed worker went to a waiting job before this reply: the reply may cause new arrivals.
  if (working) serveNext(e, s, instance);
  const hop = e.hop();
  if (hop > 0) e.queue.push(now + hop, EV_REPLY + cause, op, token);
  else onReply(e, op, token, cause);
}

/** The job gives its worker back (it stays in flight). Call serveNext after. */
export function releaseWorker(e: Engine, s: Service, job: number, instance: number): void {
  s.stats.touch(e.now);
  s.busy[instance]!--;
  s.stats.busy--;
  e.jobs.working[job] = 0;
}

/** Hands a free worker of `instance` to the next waiting job that is still worth serving. */
export function serveNext(e: Engine, s: Service, instance: number): void {
  const queue = s.queues[instance]!;
  const managed = s.codel?.[instance] ?? s.adaptiveLifo?.[instance];
  while (queue.length > 0 && (s.busy[instance] as number) < s.concurrency) {
    s.stats.touch(e.now);
    if (managed !== undefined) {
      const before = queue.length;
      const next = managed.dequeue(queue, e.jobs.arrive, e.now, s.dropped);
      s.stats.queued -= before - queue.length;
      while (s.dropped.length > 0) finishJob(e, s.dropped.popFront(), SHED);
      if (next < 0 || startService(e, s, next, instance)) break;
      continue;
    }
    const next = s.lifo ? queue.popBack() : queue.popFront();
    s.stats.queued--;
    if (startService(e, s, next, instance)) break;
  }
}
