// A cache in front of a service's calls (cache-aside: the calls are the origin). The
// service's own work is the lookup; a hit answers at once, a miss makes the calls and, when
// they succeed, stores the key. Two kinds:
//  - `hitRatio`: a fixed share of requests hit (no keys needed);
//  - keyed: an LRU of `size` keys, each entry expiring `ttl` after it was stored (times
//    U(1 − ttlJitter, 1) so entries stored together do not all expire together). With
//    `coalesce` (single flight) a miss on a key that is already being fetched waits for that
//    fetch instead of calling the origin; without it every concurrent miss goes to the origin,
//    which is the cache stampede when a hot key expires.
// Writes go through to the origin and invalidate the key.
import type { Rng } from '../core/rng.js';

export class KeyedCache {
  private readonly expires: Float64Array;
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private readonly present: Uint8Array;
  private head = -1;
  private tail = -1;
  size = 0;
  /** Per key: the job fetching it (coalescing), or −1. */
  readonly leader: Int32Array;
  /** Per key: the first job waiting for the fetch, or −1; jobs chain through JobPool.link. */
  readonly waiters: Int32Array;

  constructor(
    keys: number,
    readonly capacity: number,
    readonly ttl: number,
    readonly jitter: number,
  ) {
    this.expires = new Float64Array(keys);
    this.prev = new Int32Array(keys);
    this.next = new Int32Array(keys);
    this.present = new Uint8Array(keys);
    this.leader = new Int32Array(keys).fill(-1);
    this.waiters = new Int32Array(keys).fill(-1);
  }

  /** True on a hit (and the key becomes the most recently used). */
  lookup(key: number, now: number): boolean {
    if (this.present[key] === 0) return false;
    if ((this.expires[key] as number) <= now) {
      this.remove(key);
      return false;
    }
    if (this.head !== key) {
      this.unlink(key);
      this.pushFront(key);
    }
    return true;
  }

  store(key: number, now: number, rng: Rng): void {
    if (this.present[key] === 1) this.remove(key);
    let ttl = this.ttl;
    if (ttl !== Infinity && this.jitter > 0) ttl *= 1 - this.jitter * rng.next01();
    this.expires[key] = now + ttl;
    if (this.size >= this.capacity) this.remove(this.tail);
    this.present[key] = 1;
    this.size++;
    this.pushFront(key);
  }

  invalidate(key: number): void {
    if (this.present[key] === 1) this.remove(key);
  }

  private remove(key: number): void {
    this.unlink(key);
    this.present[key] = 0;
    this.size--;
  }

  private unlink(key: number): void {
    const p = this.prev[key] as number;
    const n = this.next[key] as number;
    if (p >= 0) this.next[p] = n;
    else this.head = n;
    if (n >= 0) this.prev[n] = p;
    else this.tail = p;
  }

  private pushFront(key: number): void {
    this.prev[key] = -1;
    this.next[key] = this.head;
    if (this.head >= 0) this.prev[this.head] = key;
    this.head = key;
    if (this.tail < 0) this.tail = key;
  }
}

export interface CacheState {
  /** Fixed hit probability; NaN for a keyed cache. */
  hitRatio: number;
  keyed: KeyedCache | null;
  coalesce: boolean;
  rng: Rng;
}
