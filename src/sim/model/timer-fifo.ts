// Per-caller timeout timers. Every attempt of one caller gets the same timeout, so their
// expiries come in the order the attempts started: a FIFO holds them, and only its head sits
// in the event queue. That keeps thousands of pending timeouts out of the heap; timers of
// attempts that already ended stay in the FIFO and are skipped when they come due (their
// token no longer matches), which is cheaper than cancelling.
import { growFloat, growInt } from '../core/event-queue.js';

export class TimerFifo {
  private times = new Float64Array(64);
  private ops = new Int32Array(64);
  private tokens = new Int32Array(64);
  private head = 0;
  length = 0;
  /** True while an event for the head is in the event queue. */
  armed = false;

  push(time: number, op: number, token: number): void {
    if (this.length === this.times.length) this.grow();
    const i = (this.head + this.length) & (this.times.length - 1);
    this.times[i] = time;
    this.ops[i] = op;
    this.tokens[i] = token;
    this.length++;
  }

  headTime(): number {
    return this.times[this.head] as number;
  }

  headOp(): number {
    return this.ops[this.head] as number;
  }

  headToken(): number {
    return this.tokens[this.head] as number;
  }

  /** Removes the head into `time`, `op` and `token`. */
  shift(): void {
    this.time = this.times[this.head] as number;
    this.op = this.ops[this.head] as number;
    this.token = this.tokens[this.head] as number;
    this.head = (this.head + 1) & (this.times.length - 1);
    this.length--;
  }

  time = 0;
  op = 0;
  token = 0;

  private grow(): void {
    const size = this.times.length * 2;
    const mask = this.times.length - 1;
    const times = new Float64Array(size);
    const ops = new Int32Array(size);
    const tokens = new Int32Array(size);
    for (let k = 0; k < this.length; k++) {
      const i = (this.head + k) & mask;
      times[k] = this.times[i] as number;
      ops[k] = this.ops[i] as number;
      tokens[k] = this.tokens[i] as number;
    }
    this.times = growFloat(times, size);
    this.ops = growInt(ops, size);
    this.tokens = growInt(tokens, size);
    this.head = 0;
  }
}
