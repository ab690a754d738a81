// Clients: open-loop arrivals (Poisson or evenly spaced, with a rate schedule and traffic
// faults) and closed-loop users who wait for their answer, think, and ask again.
import { roundMicros } from '../core/distributions.js';
import type { Client } from './compiled.js';
import type { Engine } from './engine.js';
import { EV_ARRIVAL, EV_RATE_CHANGE, EV_USER_WAKE } from './events.js';
import { startOp } from './requests.js';

export function startClients(e: Engine): void {
  for (const c of e.clients) {
    if (c.open) {
      for (let k = 1; k < c.scheduleAt.length; k++)
        e.queue.push(c.scheduleAt[k] as number, EV_RATE_CHANGE, c.index, k);
      scheduleArrival(e, c, 0);
    } else {
      for (let user = 0; user < c.users; user++)
        e.queue.push(c.think.sample(c.rng), EV_USER_WAKE, c.index, user);
    }
  }
}

/** Schedules the arrival after `from` (fractional µs, kept exact so spacing does not drift). */
function scheduleArrival(e: Engine, c: Client, from: number): void {
  const rate = c.baseRate * c.trafficFactor;
  if (rate <= 0) return;
  const mean = 1e6 / rate;
  const gap = c.gaps !== null ? mean * c.gaps.next() : mean;
  c.nextArrival = from + gap;
  const at = roundMicros(c.nextArrival);
  if (at < e.end) e.queue.push(at, EV_ARRIVAL, c.index, c.arrivalGeneration);
}

export function onArrival(e: Engine, c: Client, generation: number): void {
  if (generation !== c.arrivalGeneration) return;
  startOp(e, c.caller, -1, -1, e.now + c.deadline);
  scheduleArrival(e, c, c.nextArrival);
}

/** The client's rate changed (schedule or traffic fault): draw the next arrival afresh. */
export function rateChanged(e: Engine, c: Client): void {
  if (!c.open) return;
  c.arrivalGeneration++;
  scheduleArrival(e, c, e.now);
}

export function onRateChange(e: Engine, c: Client, entry: number): void {
  c.baseRate = c.scheduleRate[entry] as number;
  rateChanged(e, c);
}

export function onUserWake(e: Engine, c: Client, user: number): void {
  startOp(e, c.caller, -1, user, e.now + c.deadline);
}

/** A closed-loop user's request ended: think, then ask again (unless it has had enough). */
export function userDone(e: Engine, c: Client, user: number, ok: boolean): void {
  if (ok && ++c.userSuccesses[user]! >= c.requestsPerUser) return;
  e.queue.push(e.now + c.think.sample(c.rng), EV_USER_WAKE, c.index, user);
}
