// A binary min-heap of (key, value) pairs in growable typed arrays: no allocation per push
// or pop once grown. Ties leave the heap in an order fixed by the sequence of operations, so
// runs stay deterministic.
import { growFloat, growInt } from './event-queue.js';

export class MinHeap {
  keys = new Float64Array(16);
  values = new Int32Array(16);
  size = 0;

  minKey(): number {
    return this.keys[0] as number;
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      this.keys = growFloat(this.keys, this.size * 2);
      this.values = growInt(this.values, this.size * 2);
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.keys[i] = this.keys[parent] as number;
      this.values[i] = this.values[parent] as number;
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  /** Removes the entry with the smallest key and returns its value. */
  pop(): number {
    const first = this.values[0] as number;
    const n = --this.size;
    const key = this.keys[n] as number;
    const value = this.values[n] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && (this.keys[child + 1] as number) < (this.keys[child] as number)) child++;
      if ((this.keys[child] as number) >= key) break;
      this.keys[i] = this.keys[child] as number;
      this.values[i] = this.values[child] as number;
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
    return first;
  }
}
