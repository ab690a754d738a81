// An idempotency-key store (`dedup`): the user requests whose execution started at the
// service, by request id (and the call it came through), each kept `horizon` µs (the
// store's ttl) with its state: still executing, or finished with an outcome to replay. An
// open-addressing hash table with linear probing: a lookup stops only at a never-used slot;
// expired entries are reused by inserts and dropped when the table is rebuilt (once used
// slots pass half the capacity) into a spare of the same size, so the hot loop allocates only
// when the live set outgrows the table.

/** claim(): the key was free and is now held by this execution. */
export const CLAIMED = -2;
/** claim(): an execution with this key is still running. */
export const IN_FLIGHT = -1;

export class ExecutionTable {
  private ids: Int32Array;
  private tags: Int32Array;
  private expires: Float64Array;
  /** IN_FLIGHT, or the cause the execution finished with. */
  private outcomes: Int32Array;
  private used = 0;
  private mask: number;
  /** The previous arrays, reused by the next rebuild of the same size. */
  private spareIds: Int32Array | null = null;
  private spareExpires: Float64Array | null = null;
  private spareTags: Int32Array | null = null;
  private spareOutcomes: Int32Array | null = null;

  constructor(readonly horizon: number) {
    this.ids = new Int32Array(1024).fill(-1);
    this.tags = new Int32Array(1024);
    this.expires = new Float64Array(1024);
    this.outcomes = new Int32Array(1024);
    this.mask = 1023;
  }

  /**
   * An execution of request `id` made through caller `tag` (one request may call a service
   * twice, through two different calls) is about to start at `now`. Returns CLAIMED when the
   * store holds no live key for it (it now holds one, IN_FLIGHT, until settle or release),
   * IN_FLIGHT when an earlier execution with the key is still running, or the cause an
   * earlier execution finished with, to be replayed.
   */
  claim(id: number, tag: number, now: number): number {
    const ids = this.ids;
    const mask = this.mask;
    let i = this.home(id, tag);
    let free = -1;
    for (;;) {
      const at = ids[i] as number;
      if (at === -1) break;
      const live = (this.expires[i] as number) > now;
      if (at === id && live && this.tags[i] === tag) return this.outcomes[i] as number;
      if (!live && free < 0) free = i;
      i = (i + 1) & mask;
    }
    if (free < 0) {
      free = i;
      this.used++;
    }
    ids[free] = id;
    this.tags[free] = tag;
    this.expires[free] = now + this.horizon;
    this.outcomes[free] = IN_FLIGHT;
    if (this.used * 2 > ids.length) this.rebuild(now);
    return CLAIMED;
  }

  /** The execution that claimed the key finished with `cause`: later repeats replay it. */
  settle(id: number, tag: number, cause: number, now: number): void {
    const i = this.find(id, tag, now);
    if (i >= 0) this.outcomes[i] = cause;
  }

  /** The execution that claimed the key will never finish (its instance crashed): free it. */
  release(id: number, tag: number, now: number): void {
    const i = this.find(id, tag, now);
    if (i >= 0) this.expires[i] = now;
  }

  private home(id: number, tag: number): number {
    return Math.imul(id ^ Math.imul(tag, 0x27d4eb2d), 0x9e3779b1) & this.mask;
  }

  /** The slot of the live key of (id, tag), or −1. */
  private find(id: number, tag: number, now: number): number {
    const ids = this.ids;
    for (let i = this.home(id, tag); ; i = (i + 1) & this.mask) {
      const at = ids[i] as number;
      if (at === -1) return -1;
      if (at === id && this.tags[i] === tag && (this.expires[i] as number) > now) return i;
    }
  }

  private rebuild(now: number): void {
    const oldIds = this.ids;
    const oldExpires = this.expires;
    const oldTags = this.tags;
    const oldOutcomes = this.outcomes;
    let live = 0;
    for (let i = 0; i < oldIds.length; i++)
      if (oldIds[i] !== -1 && (oldExpires[i] as number) > now) live++;
    const size = live * 4 > oldIds.length ? oldIds.length * 2 : oldIds.length;
    const reuse = this.spareIds !== null && this.spareIds.length === size;
    this.ids = reuse ? (this.spareIds as Int32Array).fill(-1) : new Int32Array(size).fill(-1);
    this.expires = reuse ? (this.spareExpires as Float64Array) : new Float64Array(size);
    this.tags = reuse ? (this.spareTags as Int32Array) : new Int32Array(size);
    this.outcomes = reuse ? (this.spareOutcomes as Int32Array) : new Int32Array(size);
    this.spareIds = oldIds;
    this.spareTags = oldTags;
    this.spareExpires = oldExpires;
    this.spareOutcomes = oldOutcomes;
    this.mask = size - 1;
    this.used = 0;
    for (let i = 0; i < oldIds.length; i++) {
      const id = oldIds[i] as number;
      if (id === -1 || (oldExpires[i] as number) <= now) continue;
      let j = this.home(id, oldTags[i] as number);
      while (this.ids[j] !== -1) j = (j + 1) & this.mask;
      this.ids[j] = id;
      this.expires[j] = oldExpires[i] as number;
      this.tags[j] = oldTags[i] as number;
      this.outcomes[j] = oldOutcomes[i] as number;
      this.used++;
    }
  }
}
