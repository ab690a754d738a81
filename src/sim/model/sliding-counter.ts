// A count of events over a sliding time window, kept in 100 buckets: the window slides in
// steps of 1% of its length, which is as exact as a budget needs and costs O(1) per event.

const BUCKETS = 100;

export class SlidingCounter {
  private readonly counts = new Float64Array(BUCKETS);
  private readonly bucketUs: number;
  private current = 0;
  private sum = 0;

  constructor(windowUs: number) {
    this.bucketUs = Math.max(1, windowUs / BUCKETS);
  }

  add(now: number, amount: number): void {
    this.advance(now);
    this.counts[this.current % BUCKETS]! += amount;
    this.sum += amount;
  }

  /** Events in (now − window, now], to bucket precision. */
  total(now: number): number {
    this.advance(now);
    return this.sum;
  }

  private advance(now: number): void {
    const bucket = Math.floor(now / this.bucketUs);
    if (bucket <= this.current) return;
    const steps = Math.min(BUCKETS, bucket - this.current);
    for (let i = 1; i <= steps; i++) {
      const slot = (this.current + i) % BUCKETS;
      this.sum -= this.counts[slot] as number;
      this.counts[slot] = 0;
    }
    this.current = bucket;
  }
}
