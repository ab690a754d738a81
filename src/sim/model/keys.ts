// Key routing: which instance (shard) owns a key. Every routing is computed once per key
// into a table, so the hot loop routes with one array read.
//  - hash: fmix32(key) mod n (also the `key-hash` balancer);
//  - range: the key space [0, count) cut into n equal ranges (Zipf keys are ranked by
//    popularity, so the hottest keys all land on the first shard);
//  - consistent: a hash ring with `virtualNodes` points per shard (Karger et al., 1997); a key
//    belongs to the first point clockwise from its hash.

/** MurmurHash3's 32-bit finaliser: a well-mixed unsigned 32-bit hash of an integer. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const keyHash = (key: number): number => fmix32(key ^ 0x9e3779b9);

export function hashRouting(keys: number, shards: number): Int32Array {
  const table = new Int32Array(keys);
  for (let k = 0; k < keys; k++) table[k] = keyHash(k) % shards;
  return table;
}

export function rangeRouting(keys: number, shards: number): Int32Array {
  const table = new Int32Array(keys);
  for (let k = 0; k < keys; k++) table[k] = Math.floor((k * shards) / keys);
  return table;
}

export function consistentRouting(keys: number, shards: number, virtualNodes: number): Int32Array {
  const points = shards * virtualNodes;
  const position = new Float64Array(points);
  const owner = new Int32Array(points);
  const order = Array.from({ length: points }, (_, i) => i);
  for (let shard = 0; shard < shards; shard++) {
    for (let v = 0; v < virtualNodes; v++) {
      const i = shard * virtualNodes + v;
      // A point's place depends only on (shard, v): adding a shard leaves the others' points.
      position[i] = fmix32(fmix32(shard + 0x632be5ab) ^ Math.imul(v + 1, 0x27d4eb2d));
      owner[i] = shard;
    }
  }
  order.sort((a, b) => (position[a] as number) - (position[b] as number) || a - b);
  const ring = Float64Array.from(order, (i) => position[i] as number);
  const ringOwner = Int32Array.from(order, (i) => owner[i] as number);
  const table = new Int32Array(keys);
  for (let k = 0; k < keys; k++) {
    const h = keyHash(k);
    let lo = 0;
    let hi = points;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ring[mid] as number) >= h) hi = mid;
      else lo = mid + 1;
    }
    table[k] = ringOwner[lo === points ? 0 : lo] as number;
  }
  return table;
}
