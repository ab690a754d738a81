// A replicated store (`replication`): every key has `replicas` copies. A write gets the
// key's next version and goes to every replica; replica i applies it (and acknowledges) after
// a service-time draw plus a `lag` draw; the write answers once `writeQuorum` replicas have
// acknowledged, so its latency is the W-th fastest acknowledgement (an order statistic). A
// read asks `readQuorum` replicas picked at random, takes as long as the slowest of them
// (a service-time draw each) and returns the newest version they hold when it ends. It is
// stale when that version is older than the newest write acknowledged before the read
// began. With R + W > N the read's replicas always include one that applied that write
// (quorum overlap), so no read is stale (Dynamo, SOSP 2007; PBS, VLDB 2012 for R + W ≤ N).
import type { Sampler } from '../core/distributions.js';
import type { Rng } from '../core/rng.js';

export class ReplicatedStore {
  /** Version applied, per (key, replica): index key · replicas + replica. */
  readonly applied: Int32Array;
  /** Newest version acknowledged by a write quorum, per key. */
  readonly committed: Int32Array;
  /** Last version handed out, per key. */
  readonly issued: Int32Array;
  private readonly acks: Float64Array;
  private readonly pick: Int32Array;
  /** This store's first slot in the engine-wide numbering of replica slots (for events). */
  base = 0;

  constructor(
    readonly keys: number,
    readonly replicas: number,
    readonly readQuorum: number,
    readonly writeQuorum: number,
    readonly lag: Sampler | null,
    readonly rng: Rng,
  ) {
    this.applied = new Int32Array(keys * replicas);
    this.committed = new Int32Array(keys);
    this.issued = new Int32Array(keys);
    this.acks = new Float64Array(replicas);
    this.pick = new Int32Array(replicas);
  }

  /**
   * Starts a write of `key`: returns its new version and draws each replica's apply delay
   * (µs from now), read by `applyDelay`; `quorumDelay` is then the W-th fastest.
   */
  beginWrite(key: number, serviceTime: Sampler, serviceRng: Rng): number {
    const n = this.replicas;
    for (let i = 0; i < n; i++) {
      this.acks[i] =
        serviceTime.sample(serviceRng) + (this.lag === null ? 0 : this.lag.sample(this.rng));
    }
    return ++this.issued[key]!;
  }

  applyDelay(replica: number): number {
    return this.acks[replica] as number;
  }

  /** The W-th smallest of the delays drawn by beginWrite (partial selection sort). */
  quorumDelay(): number {
    const n = this.replicas;
    const w = this.writeQuorum;
    const pick = this.pick;
    for (let i = 0; i < n; i++) pick[i] = i;
    let value = 0;
    for (let k = 0; k < w; k++) {
      let best = k;
      for (let j = k + 1; j < n; j++)
        if ((this.acks[pick[j] as number] as number) < (this.acks[pick[best] as number] as number))
          best = j;
      const t = pick[k] as number;
      pick[k] = pick[best] as number;
      pick[best] = t;
      value = this.acks[pick[k] as number] as number;
    }
    return value;
  }

  /** The read's latency: the slowest of R service-time draws. */
  readDelay(serviceTime: Sampler, serviceRng: Rng): number {
    let slowest = 0;
    for (let i = 0; i < this.readQuorum; i++) {
      const t = serviceTime.sample(serviceRng);
      if (t > slowest) slowest = t;
    }
    return slowest;
  }

  apply(key: number, replica: number, version: number): void {
    const slot = key * this.replicas + replica;
    if (version > (this.applied[slot] as number)) this.applied[slot] = version;
  }

  commit(key: number, version: number): void {
    if (version > (this.committed[key] as number)) this.committed[key] = version;
  }

  /** The newest version among R replicas picked at random (a partial Fisher–Yates shuffle). */
  read(key: number): number {
    const n = this.replicas;
    const pick = this.pick;
    for (let i = 0; i < n; i++) pick[i] = i;
    let newest = 0;
    for (let k = 0; k < this.readQuorum; k++) {
      const j = k + this.rng.below(n - k);
      const t = pick[j] as number;
      pick[j] = pick[k] as number;
      pick[k] = t;
      const v = this.applied[key * n + t] as number;
      if (v > newest) newest = v;
    }
    return newest;
  }
}
