// An optimistic-concurrency store (`occ`): each attempt reads a row and its version, goes
// back to the caller (one network round trip), and sends a conditional write that commits
// only if no other write committed to the row since the read — else it fails with cause
// `conflict` and the caller's retry policy decides what happens. This is the contention
// model behind Brooker's backoff-and-jitter comparison (AWS Architecture Blog, 2015).
//
// The attempt stays in flight at the store for the whole read–write cycle, but gives its
// worker back between the read and the write: the store is not busy while the caller thinks.
import { CONFLICT, OK } from './causes.js';
import type { Service } from './compiled.js';
import type { Engine } from './engine.js';
import { EV_OCC_WRITE } from './events.js';
import { finishJob } from './completion.js';
import { countExecution, releaseWorker, serveNext } from './serving.js';

/** The read is served: remember the row and its version, send the write after a round trip. */
export function occRead(e: Engine, s: Service, job: number): void {
  const versions = s.occ as Int32Array;
  const jobs = e.jobs;
  const row = versions.length === 1 ? 0 : e.callRng.below(versions.length);
  jobs.callPos[job] = row;
  jobs.pending[job] = versions[row] as number;
  const instance = jobs.instance[job] as number;
  releaseWorker(e, s, job, instance);
  serveNext(e, s, instance);
  // The read's reply travels to the caller, and the write travels back.
  e.queue.push(e.now + e.hop() + e.hop(), EV_OCC_WRITE, job, 0);
}

/** The conditional write arrives: commit if the row is unchanged since the read. */
export function occWrite(e: Engine, job: number): void {
  const jobs = e.jobs;
  const s = e.services[jobs.service[job] as number] as Service;
  const versions = s.occ as Int32Array;
  const row = jobs.callPos[job] as number;
  if (versions[row] !== jobs.pending[job]) {
    finishJob(e, job, CONFLICT);
    return;
  }
  versions[row]!++;
  // The write took effect: the request executed. A conflict executed nothing, so the retry
  // that follows one is not a duplicate; a retry after a committed write whose reply was
  // lost or late is.
  if (s.idempotency) countExecution(e, s, job);
  finishJob(e, job, OK);
}
