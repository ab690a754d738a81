// The floor under bench/mm1.yaml: the same M/M/1 queue (λ 0.9, μ 1, 1,111,111 simulated
// seconds, about a million customers) written as the smallest JavaScript program that can
// simulate it — one loop, a binary heap of two event kinds in typed arrays, a FIFO of arrival
// times, the engine's own random generator and exponential draws, and nothing else: no
// scenario, no request path, no statistics beyond the mean wait. `npm run bench:sim` times
// this process beside `stafflab sim run bench/mm1.yaml --json`: no engine written in
// JavaScript can run the benchmark faster than Node runs this, so SimPy's time divided by
// this one bounds the ratio any such engine could reach on the machine.
// Prints the customers served and their mean wait in queue (theory: ρ/(μ − λ) = 9 s).
import { Rng } from '../dist/sim/core/rng.js';

const ARRIVAL_MEAN_US = 1e6 / 0.9;
const SERVICE_MEAN_US = 1e6;
const END_US = 1_111_111e6;
const ARRIVAL = 0;
const DEPARTURE = 1;

const master = Rng.fromSeed(1);
const arrivals = master.stream(0);
const services = master.stream(1);

// Pending events: at most one arrival and one departure, so the heap never grows.
const time = new Float64Array(4);
const kind = new Int32Array(4);
let size = 0;
function push(t, k) {
  let i = size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (time[parent] <= t) break;
    time[i] = time[parent];
    kind[i] = kind[parent];
    i = parent;
  }
  time[i] = t;
  kind[i] = k;
}
function popKind() {
  const k = kind[0];
  const t = time[--size];
  const lastKind = kind[size];
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && time[child + 1] < time[child]) child++;
    if (time[child] >= t) break;
    time[i] = time[child];
    kind[i] = kind[child];
    i = child;
  }
  time[i] = t;
  kind[i] = lastKind;
  return k;
}

// Arrival times of the customers waiting, as a ring buffer that doubles when full.
let waiting = new Float64Array(1024);
let head = 0;
let queued = 0;
let busy = false;
let served = 0;
let waitSum = 0;

push(Math.round(ARRIVAL_MEAN_US * arrivals.exponential()), ARRIVAL);
for (;;) {
  const now = time[0];
  if (size === 0 || now >= END_US) break;
  if (popKind() === ARRIVAL) {
    push(now + Math.round(ARRIVAL_MEAN_US * arrivals.exponential()), ARRIVAL);
    if (!busy) {
      busy = true;
      served++;
      push(now + Math.round(SERVICE_MEAN_US * services.exponential()), DEPARTURE);
    } else {
      if (queued === waiting.length) {
        const grown = new Float64Array(waiting.length * 2);
        for (let i = 0; i < queued; i++) grown[i] = waiting[(head + i) % waiting.length];
        waiting = grown;
        head = 0;
      }
      waiting[(head + queued) % waiting.length] = now;
      queued++;
    }
  } else if (queued > 0) {
    waitSum += now - waiting[head];
    head = (head + 1) % waiting.length;
    queued--;
    served++;
    push(now + Math.round(SERVICE_MEAN_US * services.exponential()), DEPARTURE);
  } else {
    busy = false;
  }
}
console.log(`customers ${served} mean wait ${(waitSum / served / 1e6).toFixed(3)} s`);
