// The service's side: an attempt arrives, an instance is picked (by the balancer, or by
// its key for shards and key-hash; never a crashed one), admission control runs (injected
// errors, the rate limit, in-flight shedding, an already expired deadline), it waits for a
// worker in that instance's queue (FIFO, LIFO or CoDel; or is shed when the queue is full),
// is served (a dedup store may answer a repeated request instead; a replicated store's work
// is its quorum), looks up its cache, makes its dependency calls while holding the worker,
// and replies. Without deadline propagation a service finishes work whose caller has given
// up; the reply is then discarded by the caller and counted here as wasted.
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
import { EV_REPLICA_APPLY, EV_REPLY, EV_SERVICE_DONE, EV_SHARED_DONE } from './events.js';
import type { CacheState, KeyedCache } from './cache.js';
import type { ReplicatedStore } from './replication.js';
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
  const instance = pickInstance(e, s, job);
  jobs.instance[job] = instance;
  if (e.counting && stats.instanceArrivals !== null) stats.instanceArrivals[instance]!++;
  s.inFlight[instance]!++;
  stats.inFlight++;
  if (s.down[instance] === 1) {
    // Every instance is down: the connection is refused at once.
    finishJob(e, job, FAULT);
  } else if (s.errorRate > 0 && e.faultRng.next01() < s.errorRate) {
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

function pickInstance(e: Engine, s: Service, job: number): number {
  const picked = pickAny(e, s, job);
  if (s.down[picked] === 0) return picked;
  // The balancer skips a crashed instance (health checks): the next one that is up.
  for (let k = 1; k < s.instances; k++) {
    const i = (picked + k) % s.instances;
    if (s.down[i] === 0) return i;
  }
  return picked;
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
  const req = jobs.req[job] as number;
  const caller = e.callers[jobs.caller[job] as number] as Caller;
  if (s.executions !== null && s.executions.record(req, caller.index, now)) {
    // The idempotency-key store holds this request's key: answer without executing again.
    if (e.counting) s.stats.total.deduplicated++;
    finishJob(e, job, OK);
    return false;
  }
  if (caller.executed !== null && executedBefore(caller, req)) {
    // This user request already executed here (a retry after a timeout, say).
    s.stats.duplicates++;
    if (e.counting) s.stats.total.duplicates++;
  }
  s.stats.touch(now);
  s.busy[instance]!++;
  s.stats.busy++;
  jobs.working[job] = 1;
  const work =
    (s.replication === null ? s.serviceTime.sample(s.rng) : replicaStart(e, s, job)) +
    s.addedLatency;
  if (s.processors === null) {
    e.queue.push(now + work, EV_SERVICE_DONE, job, 0);
  } else {
    const processor = s.processors[instance]!;
    processor.add(now, job, work);
    scheduleShared(e, s.firstProcessor + instance);
  }
  return true;
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

/** A replicated store starts a read or a write; returns how long it takes (the job's work). */
function replicaStart(e: Engine, s: Service, job: number): number {
  const store = s.replication as ReplicatedStore;
  const jobs = e.jobs;
  const key = (jobs.key[job] as number) < 0 ? 0 : (jobs.key[job] as number) % store.keys;
  if (jobs.write[job] === 0) {
    jobs.version[job] = store.committed[key] as number;
    return store.readDelay(s.serviceTime, s.rng);
  }
  const version = store.beginWrite(key, s.serviceTime, s.rng);
  jobs.version[job] = version;
  const slot = store.base + key * store.replicas;
  for (let i = 0; i < store.replicas; i++)
    e.queue.push(e.now + store.applyDelay(i) + s.addedLatency, EV_REPLICA_APPLY, slot + i, version);
  return store.quorumDelay();
}

/** A write reached one replica (EV_REPLICA_APPLY). */
export function replicaApply(e: Engine, slot: number, version: number): void {
  const services = e.services;
  for (let i = 0; i < services.length; i++) {
    const store = (services[i] as Service).replication;
    if (store === null || slot < store.base || slot >= store.base + store.keys * store.replicas)
      continue;
    const local = slot - store.base;
    store.apply(Math.floor(local / store.replicas), local % store.replicas, version);
    return;
  }
}

/** A replicated store's read or write is done: commit the write, or check the read. */
function replicaDone(e: Engine, s: Service, job: number): void {
  const store = s.replication as ReplicatedStore;
  const jobs = e.jobs;
  const key = (jobs.key[job] as number) < 0 ? 0 : (jobs.key[job] as number) % store.keys;
  const t = s.stats.total;
  if (jobs.write[job] === 1) {
    store.commit(key, jobs.version[job] as number);
    if (e.counting) t.writes++;
    return;
  }
  if (e.counting) t.reads++;
  if (store.read(key) < (jobs.version[job] as number)) {
    s.stats.staleReads++;
    if (e.counting) t.staleReads++;
  }
}

/**
 * The cache's lookup is done. Returns true when the job is taken care of (a hit answered, or a
 * miss waiting for another job's fetch); false when it goes on to its calls (the origin).
 */
function cacheLookup(e: Engine, s: Service, job: number): boolean {
  const cache = s.cache as CacheState;
  const jobs = e.jobs;
  const stats = s.stats;
  const keyed = cache.keyed;
  const key = jobs.key[job] as number;
  if (keyed === null || key < 0) {
    const hit = keyed === null && cache.rng.next01() < cache.hitRatio;
    countLookup(e, s, hit);
    if (hit) finishJob(e, job, OK);
    return hit;
  }
  if (jobs.write[job] === 1) {
    keyed.invalidate(key);
    return false;
  }
  const hit = keyed.lookup(key, e.now);
  countLookup(e, s, hit);
  if (hit) {
    finishJob(e, job, OK);
    return true;
  }
  if (cache.coalesce && (keyed.leader[key] as number) >= 0) {
    // Single flight: wait for the fetch in progress, without holding a worker.
    if (e.counting) stats.total.coalesced++;
    jobs.link[job] = keyed.waiters[key] as number;
    keyed.waiters[key] = job;
    const instance = jobs.instance[job] as number;
    releaseWorker(e, s, job, instance);
    serveNext(e, s, instance);
    return true;
  }
  jobs.fetching[job] = 1;
  if (cache.coalesce) keyed.leader[key] = job;
  return false;
}

function countLookup(e: Engine, s: Service, hit: boolean): void {
  const stats = s.stats;
  if (hit) stats.cacheHits++;
  else stats.cacheMisses++;
  if (e.counting) {
    if (hit) stats.total.cacheHits++;
    else stats.total.cacheMisses++;
  }
}

/** A fetching job ends: store its key on success; returns the jobs that waited for it (a chain). */
function cacheFetched(e: Engine, s: Service, job: number, cause: number): number {
  const cache = s.cache as CacheState;
  const keyed = cache.keyed as KeyedCache;
  const key = e.jobs.key[job] as number;
  if (cause === OK) keyed.store(key, e.now, cache.rng);
  if (keyed.leader[key] !== job) return -1;
  keyed.leader[key] = -1;
  const waiters = keyed.waiters[key] as number;
  keyed.waiters[key] = -1;
  return waiters;
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
export function finishJob(e: Engine, job: number, cause0: number): void {
  const jobs = e.jobs;
  const lost = jobs.lost[job] === 1;
  const cause = lost ? FAULT : cause0;
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
  const caller = e.callers[jobs.caller[job] as number] as Caller;
  const waiters = jobs.fetching[job] === 1 ? cacheFetched(e, s, job, cause) : -1;
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
  // A job of a crashed instance never answers; nor does a reply cross a partition.
  if (!lost && !caller.partitioned) {
    const hop = e.hop();
    if (hop > 0) e.queue.push(now + hop, EV_REPLY + cause, op, token);
    else onReply(e, op, token, cause);
  }
  // Jobs that waited for this cache fetch answer with its outcome.
  let waiter = waiters;
  while (waiter >= 0) {
    const nextWaiter = jobs.link[waiter] as number;
    finishJob(e, waiter, cause);
    waiter = nextWaiter;
  }
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
