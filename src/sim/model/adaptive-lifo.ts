// Adaptive LIFO with controlled delay (Maurer, "Fail at Scale", ACM Queue 2015): while the
// queue keeps draining it is FIFO and a request may wait up to `interval`; once a standing
// queue forms (not empty for a whole `interval`) it serves the newest request first, since
// that caller is the most likely still waiting, and limits waiting to `target`. Requests
// past their limit are shed when they reach the head (oldest end) of the queue.
import type { JobDeque } from './pools.js';

export class AdaptiveLifo {
  /** The last time the queue was empty. */
  private lastEmpty = 0;

  constructor(
    private readonly target: number,
    private readonly interval: number,
  ) {}

  /** Call before pushing onto `queue`: notes when an empty queue starts to fill. */
  beforePush(queue: JobDeque, now: number): void {
    if (queue.length === 0) this.lastEmpty = now;
  }

  /** The next job to serve or −1; expired jobs go onto `dropped` (the caller sheds them). */
  dequeue(queue: JobDeque, arrive: Float64Array, now: number, dropped: JobDeque): number {
    if (queue.length === 0) return -1;
    const standing = now - this.lastEmpty > this.interval;
    const limit = standing ? this.target : this.interval;
    // The oldest requests sit at the front: shed those that waited too long.
    while (queue.length > 0 && now - (arrive[queue.peekFront()] as number) > limit)
      dropped.pushBack(queue.popFront());
    if (queue.length === 0) {
      this.lastEmpty = now;
      return -1;
    }
    const job = standing ? queue.popBack() : queue.popFront();
    if (queue.length === 0) this.lastEmpty = now;
    return job;
  }
}
