// A count of events over a sliding time window, kept in 100 buckets: the window slides in
// steps of 1% of its length, which is as exact as a budget needs and costs O(1) per event.
// Budgets and breakers ask it on every attempt, so it keeps the slot of the current bucket
// as a small integer (no `%` of a double, which V8 makes a call) and works out the bucket of
// a time once, however often it is asked at that time.

const BUCKETS = 100;

export class SlidingCounter {
  private readonly counts = new Float64Array(BUCKETS);
  private readonly bucketUs: number;
  /** The current bucket, counted from time 0, and its slot: current mod BUCKETS. */
  private current = 0;
  private slot = 0;
  private lastNow = 0;
  private sum = 0;

  constructor(windowUs: number) {
    this.bucketUs = Math.max(1, windowUs / BUCKETS);
  }

  add(now: number, amount: number): void {
    this.advance(now);
    this.counts[this.slot]! += amount;
    this.sum += amount;
  }

  /** Events in (now − window, now], to bucket precision. */
  total(now: number): number {
    this.advance(now);
    return this.sum;
  }

  private advance(now: number): void {
    if (now === this.lastNow) return;
    this.lastNow = now;
    const bucket = Math.floor(now / this.bucketUs);
    if (bucket <= this.current) return;
    // Empty the buckets that slid out of the window, oldest first (all of them at most).
    const counts = this.counts;
    const steps = Math.min(BUCKETS, bucket - this.current);
    let slot = this.slot;
    for (let i = 0; i < steps; i++) {
      slot = slot + 1 === BUCKETS ? 0 : slot + 1;
      this.sum -= counts[slot] as number;
      counts[slot] = 0;
    }
    this.current = bucket;
    this.slot = steps === BUCKETS ? bucket % BUCKETS : slot;
  }
}
