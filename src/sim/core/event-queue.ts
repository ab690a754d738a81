// The pending-event set: a binary min-heap over (time, sequence) kept in typed arrays, so
// scheduling and popping allocate nothing once the arrays have grown to the run's peak.
// The sequence number breaks ties in scheduling order, which keeps runs deterministic and
// makes simultaneous events happen first-come first-served.

export class EventQueue {
  private time: Float64Array;
  private seq: Float64Array;
  private kinds: Uint8Array;
  private as: Int32Array;
  private bs: Int32Array;
  /** heap[i] is the slot of the i-th heap node; heapTime[i] its time, kept in heap order so
   * that comparisons read one contiguous array instead of chasing slots. */
  private heap: Int32Array;
  private heapTime: Float64Array;
  private freeSlots: Int32Array;
  private freeTop = 0;
  private count = 0;
  private nextSeq = 0;

  /** The event last returned by pop(). */
  popTime = 0;
  popKind = 0;
  popA = 0;
  popB = 0;

  constructor(initialCapacity = 1024) {
    this.time = new Float64Array(initialCapacity);
    this.seq = new Float64Array(initialCapacity);
    this.kinds = new Uint8Array(initialCapacity);
    this.as = new Int32Array(initialCapacity);
    this.bs = new Int32Array(initialCapacity);
    this.heap = new Int32Array(initialCapacity);
    this.heapTime = new Float64Array(initialCapacity);
    this.freeSlots = new Int32Array(initialCapacity);
    for (let i = 0; i < initialCapacity; i++) this.freeSlots[i] = initialCapacity - 1 - i;
    this.freeTop = initialCapacity;
  }

  get size(): number {
    return this.count;
  }

  /** The time of the next event, or Infinity when none is pending. */
  peekTime(): number {
    return this.count === 0 ? Infinity : (this.heapTime[0] as number);
  }

  push(time: number, kind: number, a: number, b: number): void {
    if (this.freeTop === 0) this.grow();
    const slot = this.freeSlots[--this.freeTop] as number;
    this.time[slot] = time;
    this.seq[slot] = this.nextSeq++;
    this.kinds[slot] = kind;
    this.as[slot] = a;
    this.bs[slot] = b;
    this.siftUp(this.count++, slot, time);
  }

  /** Removes the earliest event into popTime/popKind/popA/popB. Returns false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    const heap = this.heap;
    const slot = heap[0] as number;
    this.popTime = this.time[slot] as number;
    this.popKind = this.kinds[slot] as number;
    this.popA = this.as[slot] as number;
    this.popB = this.bs[slot] as number;
    this.freeSlots[this.freeTop++] = slot;
    const last = heap[--this.count] as number;
    if (this.count > 0) this.siftDown(0, last, this.heapTime[this.count] as number);
    return true;
  }

  /** Does the event (t1, slot1) come before (t2, slot2)? Ties go to the earlier scheduled. */
  private precedes(t1: number, slot1: number, t2: number, slot2: number): boolean {
    return t1 < t2 || (t1 === t2 && (this.seq[slot1] as number) < (this.seq[slot2] as number));
  }

  private siftUp(index: number, slot: number, t: number): void {
    const heap = this.heap;
    const times = this.heapTime;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      const ps = heap[parent] as number;
      if (!this.precedes(t, slot, pt, ps)) break;
      heap[i] = ps;
      times[i] = pt;
      i = parent;
    }
    heap[i] = slot;
    times[i] = t;
  }

  private siftDown(index: number, slot: number, t: number): void {
    const heap = this.heap;
    const times = this.heapTime;
    const n = this.count;
    let i = index;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let ct = times[child] as number;
      let cs = heap[child] as number;
      const right = child + 1;
      if (right < n) {
        const rt = times[right] as number;
        const rs = heap[right] as number;
        if (this.precedes(rt, rs, ct, cs)) {
          child = right;
          ct = rt;
          cs = rs;
        }
      }
      if (!this.precedes(ct, cs, t, slot)) break;
      heap[i] = cs;
      times[i] = ct;
      i = child;
    }
    heap[i] = slot;
    times[i] = t;
  }

  private grow(): void {
    const old = this.time.length;
    const size = old * 2;
    this.time = growFloat(this.time, size);
    this.seq = growFloat(this.seq, size);
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    this.as = growInt(this.as, size);
    this.bs = growInt(this.bs, size);
    this.heap = growInt(this.heap, size);
    this.heapTime = growFloat(this.heapTime, size);
    this.freeSlots = growInt(this.freeSlots, size);
    for (let i = size - 1; i >= old; i--) this.freeSlots[this.freeTop++] = i;
  }
}

export function growFloat(array: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const next = new Float64Array(size);
  next.set(array);
  return next;
}

export function growInt(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}
