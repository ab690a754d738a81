// Services that hold data, at the moment their work starts or ends: a replicated store's
// reads and writes (quorums, replica applies, stale reads) and a cache's lookup, fill and
// single-flight waiters.
import type { CacheState, KeyedCache } from './cache.js';
import { OK } from './causes.js';
import type { Service } from './compiled.js';
import { finishJob } from './completion.js';
import type { Engine } from './engine.js';
import { EV_REPLICA_APPLY } from './events.js';
import type { ReplicatedStore } from './replication.js';
import { releaseWorker, serveNext } from './serving.js';
import { NOTE_CACHE_HIT, NOTE_CACHE_MISS, NOTE_COALESCED, NOTE_STALE_READ } from './tracer.js';

/** A replicated store starts a read or a write; returns how long it takes (the job's work). */
export function replicaStart(e: Engine, s: Service, job: number): number {
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
export function replicaDone(e: Engine, s: Service, job: number): void {
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
    if (e.tracer !== null) e.tracer.jobNote(job, NOTE_STALE_READ);
  }
}

/**
 * The cache's lookup is done. Returns true when the job is taken care of (a hit answered, or a
 * miss waiting for another job's fetch); false when it goes on to its calls (the origin).
 */
export function cacheLookup(e: Engine, s: Service, job: number): boolean {
  const cache = s.cache as CacheState;
  const jobs = e.jobs;
  const stats = s.stats;
  const keyed = cache.keyed;
  const key = jobs.key[job] as number;
  if (keyed === null || key < 0) {
    const hit = keyed === null && cache.rng.next01() < cache.hitRatio;
    countLookup(e, s, job, hit);
    if (hit) finishJob(e, job, OK);
    return hit;
  }
  if (jobs.write[job] === 1) {
    keyed.invalidate(key);
    return false;
  }
  const hit = keyed.lookup(key, e.now);
  countLookup(e, s, job, hit);
  if (hit) {
    finishJob(e, job, OK);
    return true;
  }
  if (cache.coalesce && (keyed.leader[key] as number) >= 0) {
    // Single flight: wait for the fetch in progress, without holding a worker.
    if (e.counting) stats.total.coalesced++;
    if (e.tracer !== null) e.tracer.jobNote(job, NOTE_COALESCED);
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

function countLookup(e: Engine, s: Service, job: number, hit: boolean): void {
  const stats = s.stats;
  if (e.tracer !== null) e.tracer.jobNote(job, hit ? NOTE_CACHE_HIT : NOTE_CACHE_MISS);
  if (hit) stats.cacheHits++;
  else stats.cacheMisses++;
}

/** A fetching job ends: store its key on success; returns the jobs that waited for it (a chain). */
export function cacheFetched(e: Engine, s: Service, job: number, cause: number): number {
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
