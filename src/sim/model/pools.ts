// Requests in flight live in struct-of-arrays pools with free lists: the hot loop reuses
// slots instead of allocating objects, and the arrays double when a run needs more.
import { growFloat, growInt } from '../core/event-queue.js';

/**
 * An operation: one logical request from a caller (a client's user request, or one
 * dependency call of a job) to a target service, across all its attempts.
 */
export class OpPool {
  caller = new Int32Array(0);
  parentJob = new Int32Array(0);
  user = new Int32Array(0);
  start = new Float64Array(0);
  deadline = new Float64Array(0);
  attempts = new Int32Array(0);
  /** Token of the attempt being waited for; 0 when none is (backing off, or done). */
  token = new Int32Array(0);
  prevDelay = new Float64Array(0);
  lastCause = new Int32Array(0);
  /** The circuit breaker's epoch when the current attempt was let through. */
  guardEpoch = new Int32Array(0);
  /** Key of the request (−1: none), 1 for a write, id of the user request it serves. */
  key = new Int32Array(0);
  write = new Int32Array(0);
  req = new Int32Array(0);
  private free = new Int32Array(0);
  private freeTop = 0;
  inUse = 0;

  alloc(): number {
    if (this.freeTop === 0) this.grow();
    this.inUse++;
    return this.free[--this.freeTop] as number;
  }

  release(op: number): void {
    this.inUse--;
    this.token[op] = 0;
    this.free[this.freeTop++] = op;
  }

  private grow(): void {
    const old = this.caller.length;
    const size = Math.max(256, old * 2);
    this.caller = growInt(this.caller, size);
    this.parentJob = growInt(this.parentJob, size);
    this.user = growInt(this.user, size);
    this.start = growFloat(this.start, size);
    this.deadline = growFloat(this.deadline, size);
    this.attempts = growInt(this.attempts, size);
    this.token = growInt(this.token, size);
    this.prevDelay = growFloat(this.prevDelay, size);
    this.lastCause = growInt(this.lastCause, size);
    this.guardEpoch = growInt(this.guardEpoch, size);
    this.key = growInt(this.key, size);
    this.write = growInt(this.write, size);
    this.req = growInt(this.req, size);
    this.free = growInt(this.free, size);
    for (let i = size - 1; i >= old; i--) this.free[this.freeTop++] = i;
  }
}

/** A job: one attempt being executed by one instance of a service. */
export class JobPool {
  op = new Int32Array(0);
  token = new Int32Array(0);
  service = new Int32Array(0);
  instance = new Int32Array(0);
  arrive = new Float64Array(0);
  start = new Float64Array(0);
  deadline = new Float64Array(0);
  /** Index of the next dependency call (sequential) or of calls still pending (parallel). */
  callPos = new Int32Array(0);
  pending = new Int32Array(0);
  cause = new Int32Array(0);
  /** 1 while the job holds a worker. */
  working = new Int32Array(0);
  /** Copied from the op: its caller, key (−1: none), write flag, user-request id. The op
   * may be gone (its caller gave up) while the job still runs. */
  caller = new Int32Array(0);
  key = new Int32Array(0);
  write = new Int32Array(0);
  req = new Int32Array(0);
  /** 1 while the job fetches its key for a keyed cache (a miss that will store it). */
  fetching = new Int32Array(0);
  /** Next job waiting for the same cache fetch, or −1. */
  link = new Int32Array(0);
  /** Replicated store: the version written, or the committed version when a read began. */
  version = new Int32Array(0);
  /** 1 while the slot holds a job. */
  alive = new Int32Array(0);
  /** 1 for a job whose instance crashed: it runs out but never answers. */
  lost = new Int32Array(0);
  /** 1 while the job holds its request's key in the service's idempotency-key store. */
  claimed = new Int32Array(0);
  private free = new Int32Array(0);
  private freeTop = 0;
  inUse = 0;

  alloc(): number {
    if (this.freeTop === 0) this.grow();
    this.inUse++;
    const job = this.free[--this.freeTop] as number;
    this.alive[job] = 1;
    this.lost[job] = 0;
    this.claimed[job] = 0;
    return job;
  }

  release(job: number): void {
    this.inUse--;
    this.alive[job] = 0;
    this.free[this.freeTop++] = job;
  }

  private grow(): void {
    const old = this.op.length;
    const size = Math.max(256, old * 2);
    this.op = growInt(this.op, size);
    this.token = growInt(this.token, size);
    this.service = growInt(this.service, size);
    this.instance = growInt(this.instance, size);
    this.arrive = growFloat(this.arrive, size);
    this.start = growFloat(this.start, size);
    this.deadline = growFloat(this.deadline, size);
    this.callPos = growInt(this.callPos, size);
    this.pending = growInt(this.pending, size);
    this.cause = growInt(this.cause, size);
    this.working = growInt(this.working, size);
    this.caller = growInt(this.caller, size);
    this.key = growInt(this.key, size);
    this.write = growInt(this.write, size);
    this.req = growInt(this.req, size);
    this.fetching = growInt(this.fetching, size);
    this.link = growInt(this.link, size);
    this.version = growInt(this.version, size);
    this.alive = growInt(this.alive, size);
    this.lost = growInt(this.lost, size);
    this.claimed = growInt(this.claimed, size);
    this.free = growInt(this.free, size);
    for (let i = size - 1; i >= old; i--) this.free[this.freeTop++] = i;
  }
}

/** A double-ended ring buffer of job ids: one instance's waiting room. */
export class JobDeque {
  private items = new Int32Array(16);
  private head = 0;
  length = 0;

  pushBack(job: number): void {
    if (this.length === this.items.length) this.grow();
    this.items[(this.head + this.length) & (this.items.length - 1)] = job;
    this.length++;
  }

  peekFront(): number {
    return this.items[this.head] as number;
  }

  popFront(): number {
    const job = this.items[this.head] as number;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.length--;
    return job;
  }

  popBack(): number {
    this.length--;
    return this.items[(this.head + this.length) & (this.items.length - 1)] as number;
  }

  private grow(): void {
    const next = new Int32Array(this.items.length * 2);
    for (let i = 0; i < this.length; i++)
      next[i] = this.items[(this.head + i) & (this.items.length - 1)] as number;
    this.items = next;
    this.head = 0;
  }
}
