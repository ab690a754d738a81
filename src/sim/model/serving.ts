// The service's side, up to a worker: an attempt arrives, an instance is picked (by the
// balancer, or by its key for shards and key-hash; never a crashed one), admission control
// runs (injected errors, the rate limit, in-flight shedding, an already expired deadline),
// it waits for a worker in that instance's queue (FIFO, LIFO or CoDel; or is shed when the
// queue is full) and is served (a dedup store may answer a repeated request instead; a
// replicated store's work is its quorum). What happens once the work is done is in
// completion.ts; caches and replicated stores in store-serving.ts.
import { CONFLICT, DEADLINE_EXCEEDED, FAULT, RATE_LIMITED, SHED } from './causes.js';
import type { Caller, Service } from './compiled.js';
import { finishJob, serviceDone } from './completion.js';
import type { Engine } from './engine.js';
import { EV_SERVICE_DONE, EV_SHARED_DONE } from './events.js';
import { CLAIMED, IN_FLIGHT } from './executions.js';
import { replicaStart } from './store-serving.js';
import { NOTE_DEDUPLICATED, NOTE_DUPLICATE } from './tracer.js';

export function jobArrive(e: Engine, job: number): void {
  const jobs = e.jobs;
  const s = e.services[jobs.service[job] as number] as Service;
  const now = e.now;
  const stats = s.stats;
  stats.arrivals++;
  jobs.arrive[job] = now;
  jobs.start[job] = now;
  jobs.working[job] = 0;
  const instance = pickInstance(e, s, job);
  jobs.instance[job] = instance;
  if (e.tracer !== null || stats.instanceArrivals !== null) noteArrival(e, s, job, instance);
  s.inFlight[instance]!++;
  stats.entered(now);
  if (s.admission && refused(e, s, job, instance)) return;
  if ((s.busy[instance] as number) < s.concurrency) startService(e, s, job, instance);
  else waitForWorker(e, s, job, instance);
}

/** Traces the arrival, and counts it per instance for key-routed services. */
function noteArrival(e: Engine, s: Service, job: number, instance: number): void {
  if (e.tracer !== null) e.tracer.jobArrived(e, job, instance);
  const perInstance = s.stats.instanceArrivals;
  if (e.counting && perInstance !== null) perInstance[instance]!++;
}

/** Every worker of the instance is busy: the job queues, or is shed when the queue is full. */
function waitForWorker(e: Engine, s: Service, job: number, instance: number): void {
  const queue = s.queues[instance]!;
  if (queue.length < s.queueCapacity) {
    s.adaptiveLifo?.[instance]?.beforePush(queue, e.now);
    queue.pushBack(job);
    s.stats.enqueued(e.now);
  } else {
    finishJob(e, job, SHED);
  }
}

/**
 * Admission control, for services that have any (`Service.admission`): refuses the job
 * (finishes it) and returns true, or returns false to let it wait for a worker.
 */
function refused(e: Engine, s: Service, job: number, instance: number): boolean {
  let cause = -1;
  if (s.down[instance] === 1) {
    // Every instance is down: the connection is refused at once.
    cause = FAULT;
  } else if (s.errorRate > 0 && e.faultRng.next01() < s.errorRate) {
    cause = FAULT;
  } else if (s.rateLimit !== null && !s.rateLimit.tryTake(e.now)) {
    cause = RATE_LIMITED;
  } else if ((s.inFlight[instance] as number) > s.maxInFlight) {
    cause = SHED;
  } else if (s.limits !== null && (s.inFlight[instance] as number) > s.limits[instance]!.limit) {
    cause = SHED;
  } else if (s.propagateDeadline && e.now >= (e.jobs.deadline[job] as number)) {
    cause = DEADLINE_EXCEEDED;
  }
  if (cause < 0) return false;
  finishJob(e, job, cause);
  return true;
}

function pickInstance(e: Engine, s: Service, job: number): number {
  const picked = pickAny(e, s, job);
  if (s.down[picked] === 0) return picked;
  return pickAmongUp(e, s, job, picked);
}

/**
 * The balancer's choice once health checks have taken crashed instances out of its set: the
 * same policy over the instances that are up, so the survivors share the load evenly instead
 * of one neighbour taking all of a dead instance's traffic. A key's owner hands over to the
 * next instance that is up, as a hash ring does. When nothing is up, the pick stands and the
 * crashed instance refuses the request.
 */
function pickAmongUp(e: Engine, s: Service, job: number, picked: number): number {
  const n = s.instances;
  let up = 0;
  for (let i = 0; i < n; i++) if (s.down[i] === 0) up++;
  if (up === 0) return picked;
  const keyed = s.route !== null && (e.jobs.key[job] as number) >= 0;
  const nthUp = (k: number): number => {
    for (let i = 0; i < n; i++) if (s.down[i] === 0 && k-- === 0) return i;
    return picked;
  };
  if (keyed) {
    for (let k = 1; k < n; k++) if (s.down[(picked + k) % n] === 0) return (picked + k) % n;
    return picked;
  }
  switch (s.balancer) {
    case 1:
      return nthUp(e.balancerRng.below(up));
    case 2: {
      if (up === 1) return nthUp(0);
      const a = e.balancerRng.below(up);
      let b = e.balancerRng.below(up - 1);
      if (b >= a) b++;
      const ia = nthUp(a);
      const ib = nthUp(b);
      return (s.inFlight[ib] as number) < (s.inFlight[ia] as number) ? ib : ia;
    }
    case 3: {
      let best = -1;
      for (let k = 0; k < n; k++) {
        const i = (s.rrNext + k) % n;
        if (s.down[i] !== 0) continue;
        if (best < 0 || (s.inFlight[i] as number) < (s.inFlight[best] as number)) best = i;
      }
      s.rrNext = (best + 1) % n;
      return best;
    }
    default: {
      // Round robin carries on from where it was, skipping instances that are down.
      for (let k = 0; k < n; k++) {
        const i = s.rrNext;
        s.rrNext = (i + 1) % n;
        if (s.down[i] === 0) return i;
      }
      return picked;
    }
  }
}

function pickAny(e: Engine, s: Service, job: number): number {
  const n = s.instances;
  if (n === 1) return 0;
  if (s.route !== null) {
    // Key routing (shards, key-hash): the key's owner; a request without a key goes round robin.
    const key = e.jobs.key[job] as number;
    if (key >= 0) return s.route[key] as number;
  }
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
      // Least outstanding; the scan starts after the last pick so ties rotate. (Indices wrap
      // by comparison, not `%`: an integer division costs more than the rest of the scan.)
      let best = s.rrNext;
      let bestLoad = s.inFlight[best] as number;
      let i = best;
      for (let k = 1; k < n; k++) {
        i = i + 1 === n ? 0 : i + 1;
        const load = s.inFlight[i] as number;
        if (load < bestLoad) {
          best = i;
          bestLoad = load;
        }
      }
      s.rrNext = best + 1 === n ? 0 : best + 1;
      return best;
    }
    default: {
      const i = s.rrNext;
      s.rrNext = i + 1 === n ? 0 : i + 1;
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
  if (s.idempotency && deduplicated(e, s, job, now)) return false;
  s.busy[instance]!++;
  s.stats.workerTaken(now);
  jobs.working[job] = 1;
  const work = (s.work !== null ? s.work.next() : replicaStart(e, s, job)) + s.addedLatency;
  if (s.processors === null) {
    e.queue.push(now + work, EV_SERVICE_DONE, job, 0);
  } else {
    const processor = s.processors[instance]!;
    processor.add(now, job, work);
    scheduleShared(e, s.firstProcessor + instance);
  }
  return true;
}

/**
 * Idempotency, out of startService so that stays small enough for V8 to inline: a dedup store
 * answers a request whose key it holds (true: the job is done), and a request that already
 * executed here through this caller is counted as a duplicate execution.
 */
function deduplicated(e: Engine, s: Service, job: number, now: number): boolean {
  const jobs = e.jobs;
  const req = jobs.req[job] as number;
  const caller = e.callers[jobs.caller[job] as number] as Caller;
  if (s.executions !== null) {
    const held = s.executions.claim(req, caller.index, now);
    if (held === IN_FLIGHT) {
      // The first execution with this key still runs: 409, ask again later (the caller's
      // retry policy decides when). Nothing executes.
      finishJob(e, job, CONFLICT);
      return true;
    }
    if (held !== CLAIMED) {
      // The key's execution finished: replay its outcome without executing again.
      if (e.counting) s.stats.total.deduplicated++;
      if (e.tracer !== null) e.tracer.jobNote(job, NOTE_DEDUPLICATED);
      finishJob(e, job, held);
      return true;
    }
    jobs.claimed[job] = 1;
  }
  // An optimistic-concurrency store executes a request when its write commits (occ-store.ts,
  // through countExecution). Written out here rather than called: this runs on every start.
  if (s.occ === null && caller.executed !== null && executedBefore(caller, req)) {
    // This user request already executed here (a retry after a timeout, say).
    s.stats.duplicates++;
    if (e.tracer !== null) e.tracer.jobNote(job, NOTE_DUPLICATE);
  }
  return false;
}

/**
 * The job's request executes here: counted as a duplicate execution when it already did
 * through the same caller (a retry after a timeout, say). Only when callers count executions.
 */
export function countExecution(e: Engine, s: Service, job: number): void {
  const jobs = e.jobs;
  const caller = e.callers[jobs.caller[job] as number] as Caller;
  if (caller.executed !== null && executedBefore(caller, jobs.req[job] as number)) {
    s.stats.duplicates++;
    if (e.tracer !== null) e.tracer.jobNote(job, NOTE_DUPLICATE);
  }
}

/** Marks request `req` as executed through `caller`; true if it already was. */
function executedBefore(caller: Caller, req: number): boolean {
  const word = req >>> 5;
  let bits = caller.executed as Uint32Array;
  if (word >= bits.length) {
    const grown = new Uint32Array(Math.max(bits.length * 2, word + 1));
    grown.set(bits);
    caller.executed = bits = grown;
  }
  const mask = 1 << (req & 31);
  const seen = ((bits[word] as number) & mask) !== 0;
  bits[word] = (bits[word] as number) | mask;
  return seen;
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

/** The job gives its worker back (it stays in flight). Call serveNext after. */
export function releaseWorker(e: Engine, s: Service, job: number, instance: number): void {
  s.busy[instance]!--;
  s.stats.workerFreed(e.now);
  e.jobs.working[job] = 0;
}

/** Hands a free worker of `instance` to the next waiting job that is still worth serving. */
export function serveNext(e: Engine, s: Service, instance: number): void {
  if (s.codel !== null || s.adaptiveLifo !== null) {
    serveNextManaged(e, s, instance);
    return;
  }
  const queue = s.queues[instance]!;
  while (queue.length > 0 && (s.busy[instance] as number) < s.concurrency) {
    const next = s.lifo ? queue.popBack() : queue.popFront();
    s.stats.dequeued(e.now, 1);
    if (startService(e, s, next, instance)) break;
  }
}

/** serveNext for a queue that CoDel or adaptive LIFO manages (one per instance): it may drop jobs as it hands one out. */
function serveNextManaged(e: Engine, s: Service, instance: number): void {
  const queue = s.queues[instance]!;
  const managed = (s.codel?.[instance] ?? s.adaptiveLifo?.[instance])!;
  while (queue.length > 0 && (s.busy[instance] as number) < s.concurrency) {
    const before = queue.length;
    const next = managed.dequeue(queue, e.jobs.arrive, e.now, s.dropped);
    s.stats.dequeued(e.now, before - queue.length);
    while (s.dropped.length > 0) finishJob(e, s.dropped.popFront(), SHED);
    if (next < 0 || startService(e, s, next, instance)) break;
  }
}
