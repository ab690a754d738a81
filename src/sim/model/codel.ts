// CoDel (Nichols & Jacobson, "Controlling Queue Delay", ACM Queue 2012) for one instance's
// waiting room: when the sojourn time of requests leaving the queue has stayed above
// `target` for a whole `interval`, drop (shed) at dequeue, the next drop `interval/√count`
// later, until a request leaves below target. It keeps the standing queue short while the
// workers stay busy. This follows the paper's pseudo-code, with times in µs.
import type { JobDeque } from './pools.js';

export class CoDel {
  private firstAboveTime = 0;
  private dropping = false;
  private dropNext = 0;
  private count = 0;
  private lastCount = 0;
  /** Set by dequeue: may the returned job be dropped? */
  private okToDrop = false;

  constructor(
    private readonly target: number,
    private readonly interval: number,
  ) {}

  /**
   * The next job to serve, or −1 when the queue is empty. Jobs CoDel drops on the way are
   * pushed onto `dropped`; the caller answers them with `shed`.
   */
  dequeue(queue: JobDeque, arrive: Float64Array, now: number, dropped: JobDeque): number {
    let job = this.take(queue, arrive, now);
    if (job < 0) {
      this.dropping = false;
      return -1;
    }
    if (this.dropping) {
      if (!this.okToDrop) {
        this.dropping = false;
      } else {
        while (now >= this.dropNext && this.dropping) {
          dropped.pushBack(job);
          this.count++;
          job = this.take(queue, arrive, now);
          if (job < 0 || !this.okToDrop) this.dropping = false;
          else this.dropNext = this.controlLaw(this.dropNext);
        }
      }
    } else if (this.okToDrop) {
      dropped.pushBack(job);
      job = this.take(queue, arrive, now);
      this.dropping = true;
      const delta = this.count - this.lastCount;
      this.count = delta > 1 && now - this.dropNext < 16 * this.interval ? delta : 1;
      this.dropNext = this.controlLaw(now);
      this.lastCount = this.count;
    }
    return job;
  }

  private controlLaw(t: number): number {
    return t + this.interval / Math.sqrt(this.count);
  }

  /** The paper's dodeque: pops the head and decides whether dropping is allowed. */
  private take(queue: JobDeque, arrive: Float64Array, now: number): number {
    if (queue.length === 0) {
      this.firstAboveTime = 0;
      this.okToDrop = false;
      return -1;
    }
    const job = queue.popFront();
    const sojourn = now - (arrive[job] as number);
    if (sojourn < this.target) {
      this.firstAboveTime = 0;
      this.okToDrop = false;
    } else if (this.firstAboveTime === 0) {
      this.firstAboveTime = now + this.interval;
      this.okToDrop = false;
    } else {
      this.okToDrop = now >= this.firstAboveTime;
    }
    return job;
  }
}
