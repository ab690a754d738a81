// The pending-event set: a binary min-heap over (time, sequence) kept in typed arrays, so
// scheduling and popping allocate nothing once the arrays have grown to the run's peak.
// The sequence number breaks ties in scheduling order, which keeps runs deterministic and
// makes simultaneous events happen first-come first-served.
//
// Two choices make it cheap for a simulation, where nearly every event schedules another:
//  - An event's fields live in heap order, not in slots the heap points to: a sift moves
//    five numbers a level instead of two, but pop and push touch one place, not two.
//  - pop() leaves the root empty (a hole) instead of refilling it from the last leaf at once.
//    The next push fills the hole and sifts down from the top; new events are usually due
//    soon, so that stops early, where refilling from the leaf always sifts the whole depth and
//    the push would then sift up again. Only a pop after a pop refills from the leaf.
// Any correct heap pops events in the same order, since (time, sequence) orders them totally.

export class EventQueue {
  private time: Float64Array;
  private seq: Float64Array;
  private kind: Int32Array;
  private a: Int32Array;
  private b: Int32Array;
  /** Entries in the arrays, including the hole at the root when there is one. */
  private count = 0;
  private hole = false;
  private nextSeq = 0;

  /** The event last returned by pop(). */
  popTime = 0;
  popKind = 0;
  popA = 0;
  popB = 0;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(2, initialCapacity); // grow() doubles it
    this.time = new Float64Array(capacity).fill(Infinity);
    this.seq = new Float64Array(capacity).fill(Infinity);
    this.kind = new Int32Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
  }

  get size(): number {
    return this.hole ? this.count - 1 : this.count;
  }

  /** The time of the next event, or Infinity when none is pending. */
  peekTime(): number {
    if (this.hole) this.fillHole();
    return this.count === 0 ? Infinity : (this.time[0] as number);
  }

  push(time: number, kind: number, a: number, b: number): void {
    const seq = this.nextSeq++;
    if (this.hole) {
      this.hole = false;
      this.siftDown(time, seq, kind, a, b);
      return;
    }
    // One place past the last entry always holds the sentinel (see siftDown).
    if (this.count + 1 === this.time.length) this.grow();
    this.siftUp(this.count++, time, seq, kind, a, b);
  }

  /** Removes the earliest event into popTime/popKind/popA/popB. Returns false when empty. */
  pop(): boolean {
    if (this.hole) this.fillHole();
    if (this.count === 0) return false;
    this.popTime = this.time[0] as number;
    this.popKind = this.kind[0] as number;
    this.popA = this.a[0] as number;
    this.popB = this.b[0] as number;
    this.hole = true;
    return true;
  }

  /** Moves the last leaf into the hole at the root. */
  private fillHole(): void {
    this.hole = false;
    const last = --this.count;
    const time = this.time[last] as number;
    const seq = this.seq[last] as number;
    // The place becomes the sentinel again (see siftDown).
    this.time[last] = Infinity;
    this.seq[last] = Infinity;
    if (last === 0) return;
    this.siftDown(
      time,
      seq,
      this.kind[last] as number,
      this.a[last] as number,
      this.b[last] as number,
    );
  }

  /** Puts an event into the free place `index` at the bottom and moves it up. */
  private siftUp(index: number, t: number, s: number, kind: number, a: number, b: number): void {
    // The arrays in locals: V8 then checks each once, not on every level.
    const time = this.time;
    const seq = this.seq;
    const kinds = this.kind;
    const as = this.a;
    const bs = this.b;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = time[parent] as number;
      // A pushed event has the largest sequence so far: equal times stay ahead of it.
      if (pt <= t) break;
      time[i] = pt;
      seq[i] = seq[parent] as number;
      kinds[i] = kinds[parent] as number;
      as[i] = as[parent] as number;
      bs[i] = bs[parent] as number;
      i = parent;
    }
    time[i] = t;
    seq[i] = s;
    kinds[i] = kind;
    as[i] = a;
    bs[i] = b;
  }

  /** Puts an event into the free root and moves it down past every event that precedes it. */
  private siftDown(t: number, s: number, kind: number, a: number, b: number): void {
    const time = this.time;
    const seq = this.seq;
    const kinds = this.kind;
    const as = this.a;
    const bs = this.b;
    const n = this.count;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      // Which child comes first, as a number rather than a branch: the two times are as
      // likely either way, so a branch would be mispredicted half the time. A right child
      // past the last entry is the sentinel, time and sequence +Infinity, which never comes
      // first (not even before an event scheduled at +Infinity, which has a finite sequence).
      const left = time[child] as number;
      const right = time[child + 1] as number;
      // Equal times are rare, so only they look at the sequences, behind a branch that is
      // nearly never taken (and so nearly never mispredicted).
      if (right === left) child += +((seq[child + 1] as number) < (seq[child] as number));
      else child += +(right < left);
      const ct = time[child] as number;
      if (ct > t || (ct === t && (seq[child] as number) > s)) break;
      time[i] = ct;
      seq[i] = seq[child] as number;
      kinds[i] = kinds[child] as number;
      as[i] = as[child] as number;
      bs[i] = bs[child] as number;
      i = child;
    }
    time[i] = t;
    seq[i] = s;
    kinds[i] = kind;
    as[i] = a;
    bs[i] = b;
  }

  private grow(): void {
    const size = this.time.length * 2;
    this.time = growFloat(this.time, size);
    this.time.fill(Infinity, size / 2);
    this.seq = growFloat(this.seq, size);
    this.seq.fill(Infinity, size / 2);
    this.kind = growInt(this.kind, size);
    this.a = growInt(this.a, size);
    this.b = growInt(this.b, size);
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
