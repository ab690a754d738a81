// The event loop and the state of one run. Behaviour lives in arrivals.ts (clients),
// requests.ts (attempts, timeouts, retries), serving.ts, completion.ts and store-serving.ts
// (services); this file owns the clock, the pending events and the interval bookkeeping.
import { Sampler } from '../core/distributions.js';
import { DrawAhead } from '../core/draw-ahead.js';
import { EventQueue } from '../core/event-queue.js';
import { Rng } from '../core/rng.js';
import { toMicros } from '../scenario/duration.js';
import type { FaultSpec, Scenario } from '../scenario/schema.js';
import { CallerStats } from '../output/stats.js';
import { onArrival, onRateChange, onUserWake, startClients } from './arrivals.js';
import { compileClient, compileRetry, compileService, scenarioIntervals } from './compiled.js';
import type { Caller, Client, Service } from './compiled.js';
import {
  EV_ARRIVAL,
  EV_FAULT_END,
  EV_FAULT_START,
  EV_JOB_ARRIVE,
  EV_OCC_WRITE,
  EV_RATE_CHANGE,
  EV_REPLICA_APPLY,
  EV_REPLY,
  EV_RETRY,
  EV_SERVICE_DONE,
  EV_SHARED_DONE,
  EV_TICK,
  EV_TIMEOUT,
  EV_TIMERS,
  EV_USER_WAKE,
  EV_WARMUP,
} from './events.js';
import { CallGuards } from './call-guards.js';
import { applyFault } from './faults.js';
import { attachKeyed } from './keyed.js';
import { replicaApply } from './store-serving.js';
import { occWrite } from './occ-store.js';
import { JobPool, OpPool } from './pools.js';
import { onCallerTimers, onReply, onRetry, onTimeout } from './requests.js';
import { jobArrive, sharedDone } from './serving.js';
import { serviceDone } from './completion.js';
import type { SharedProcessor } from './shared-processor.js';
import { TimerFifo } from './timer-fifo.js';
import { Tracer } from './tracer.js';

export interface Progress {
  /** Share of the simulated duration done, 0..1. */
  fraction: number;
  simulatedSeconds: number;
}

export class Engine {
  now = 0;
  readonly end: number;
  readonly warmup: number;
  readonly intervalUs: number;
  readonly intervals: number;
  readonly widened: boolean;
  intervalIndex = 0;
  /** True once the warm-up is over: summary counters count. */
  counting = false;
  nextToken = 1;
  readonly queue = new EventQueue(4096);
  readonly ops = new OpPool();
  readonly jobs = new JobPool();
  readonly services: Service[];
  readonly clients: Client[];
  /** Clients' callers first (index = client index), then every service's calls. */
  readonly callers: Caller[] = [];
  /** Every shared processor, for EV_SHARED_DONE events. */
  readonly processors: { service: Service; instance: number; processor: SharedProcessor }[] = [];
  readonly faults: FaultSpec[];
  readonly faultActive: boolean[];
  readonly network: Sampler | null;
  /** Drawn from by `hops` alone; anything new that draws needs a stream of its own. */
  readonly networkRng: Rng;
  /** The network's hops, drawn ahead from networkRng, which nothing else draws from. */
  private readonly hops: DrawAhead | null;
  readonly backoffRng: Rng;
  readonly balancerRng: Rng;
  readonly faultRng: Rng;
  readonly callRng: Rng;
  /** Keys and read/write draws of client requests. */
  readonly keyRng: Rng;
  /** Records request traces when the scenario asks for them (`traces`); else null. */
  readonly tracer: Tracer | null;
  /** Id of the next user request (retries and the calls it causes share its id). */
  nextRequest = 0;
  /**
   * Whether anything reads a request's key, read/write kind or id (keyed clients, key routing,
   * caches, stores, idempotency, traces). When nothing does, ops and jobs leave them unset.
   */
  readonly carriesKeys: boolean;
  eventsProcessed = 0;

  constructor(
    readonly scenario: Scenario,
    readonly seed: number,
    private readonly onProgress?: (progress: Progress) => void,
  ) {
    const master = Rng.fromSeed(seed);
    let stream = 0;
    const next = (): Rng => master.stream(stream++);
    this.networkRng = next();
    this.backoffRng = next();
    this.balancerRng = next();
    this.faultRng = next();
    this.callRng = next();
    this.end = toMicros(scenario.duration);
    this.warmup = Math.min(this.end, toMicros(scenario.warmup));
    const { intervalUs, intervals, widened } = scenarioIntervals(scenario);
    this.intervalUs = intervalUs;
    this.intervals = intervals;
    this.widened = widened;
    const latency = scenario.network?.latency;
    this.network = latency ? Sampler.fromSpec(latency) : null;
    this.hops = this.network === null ? null : new DrawAhead(this.networkRng, this.network);

    const serviceIndex = new Map(scenario.services.map((s, i) => [s.name, i]));
    this.services = scenario.services.map((spec, i) => compileService(spec, i, intervals, next()));
    for (const service of this.services) {
      service.firstProcessor = this.processors.length;
      service.processors?.forEach((processor, instance) =>
        this.processors.push({ service, instance, processor }),
      );
    }
    const makeCaller = (
      name: string,
      target: string,
      spec: Parameters<typeof compileRetry>[0],
      timeout: Scenario['duration'] | undefined,
      degraded: boolean,
      probability: number,
      owner: string,
    ): Caller => {
      const caller: Caller = {
        index: this.callers.length,
        name,
        target: serviceIndex.get(target) ?? 0,
        timeout: timeout === undefined ? Infinity : toMicros(timeout),
        retry: compileRetry(spec),
        degradedFallback: degraded,
        probability,
        stats: new CallerStats(intervals),
        timers: new TimerFifo(),
        guards: null,
        owner,
        partitioned: false,
        executed: null,
        keys: null,
        writeShare: 0,
      };
      this.callers.push(caller);
      return caller;
    };
    this.clients = scenario.clients.map((spec, i) =>
      compileClient(
        spec,
        i,
        makeCaller(spec.name, spec.target, spec.retry, spec.timeout, false, 1, spec.name),
        next(),
      ),
    );
    scenario.services.forEach((spec, i) => {
      const service = this.services[i] as Service;
      spec.calls.forEach((call, k) => {
        // Calling one dependency twice is legitimate (read, then write): name the second `db#2`.
        const earlier = spec.calls.slice(0, k).filter((c) => c.service === call.service).length;
        const name = earlier === 0 ? call.service : `${call.service}#${earlier + 1}`;
        const caller = makeCaller(
          name,
          call.service,
          call.retry,
          call.timeout,
          call.fallback === 'degraded',
          call.probability,
          spec.name,
        );
        if (call.breaker || call.bulkhead) caller.guards = new CallGuards(call, spec.instances);
        service.calls.push(caller);
      });
    });
    attachKeyed(scenario, this.services, this.clients, this.callers, next);
    // A service's stream serves its service times alone unless it is a replicated store,
    // whose replicas draw from it too (store-serving.ts).
    for (const service of this.services) {
      if (service.replication === null)
        service.work = new DrawAhead(service.rng, service.serviceTime);
    }
    for (const service of this.services) {
      if (service.route !== null)
        service.stats.instanceArrivals = new Float64Array(service.instances);
    }
    this.keyRng = next();
    // The last stream, and only when tracing: enabling traces changes no other draw.
    this.tracer = scenario.traces
      ? new Tracer(scenario.traces.sample, scenario.traces.slowest, next())
      : null;
    this.carriesKeys =
      this.tracer !== null ||
      this.callers.some((c) => c.keys !== null || c.writeShare > 0) ||
      this.services.some(
        (s) =>
          s.route !== null ||
          s.cache !== null ||
          s.replication !== null ||
          s.occ !== null ||
          s.idempotency,
      );
    this.faults = scenario.faults;
    this.faultActive = scenario.faults.map(() => false);
  }

  /** One network hop in µs (0 when the scenario sets no latency). */
  hop(): number {
    return this.hops === null ? 0 : this.hops.next();
  }

  run(): void {
    const q = this.queue;
    q.push(this.warmup, EV_WARMUP, 0, 0);
    if (this.intervalUs < this.end) q.push(this.intervalUs, EV_TICK, 0, 0);
    this.faults.forEach((fault, i) => {
      q.push(toMicros(fault.at), EV_FAULT_START, i, 0);
      q.push(toMicros(fault.until), EV_FAULT_END, i, 0);
    });
    startClients(this);
    const end = this.end;
    while (q.pop()) {
      const time = q.popTime;
      if (time >= end) break;
      this.now = time;
      this.eventsProcessed++;
      this.dispatch(q.popKind, q.popA, q.popB);
    }
    this.now = end;
    this.closeInterval(end - this.intervalIndex * this.intervalUs);
    this.onProgress?.({ fraction: 1, simulatedSeconds: end / 1e6 });
  }

  /**
   * The events of the request path, one per event. Kept small: V8 inlines it into run() and
   * optimizes it early in a run only while its bytecode is short, so the rare kinds are in
   * dispatchRare.
   */
  private dispatch(kind: number, a: number, b: number): void {
    if (kind >= EV_REPLY) onReply(this, a, b, kind - EV_REPLY);
    else if (kind === EV_ARRIVAL) onArrival(this, this.clients[a] as Client, b);
    else if (kind === EV_SERVICE_DONE) serviceDone(this, a);
    else if (kind === EV_JOB_ARRIVE) jobArrive(this, a);
    else if (kind === EV_TIMERS) onCallerTimers(this, this.callers[a] as Caller);
    else this.dispatchRare(kind, a, b);
  }

  private dispatchRare(kind: number, a: number, b: number): void {
    switch (kind) {
      case EV_SHARED_DONE:
        sharedDone(this, a, b);
        break;
      case EV_TIMEOUT:
        onTimeout(this, a, b);
        break;
      case EV_REPLICA_APPLY:
        replicaApply(this, a, b);
        break;
      case EV_OCC_WRITE:
        occWrite(this, a);
        break;
      case EV_RETRY:
        onRetry(this, a, b);
        break;
      case EV_USER_WAKE:
        onUserWake(this, this.clients[a] as Client, b);
        break;
      case EV_TICK:
        this.closeInterval(this.intervalUs);
        if ((this.intervalIndex + 1) * this.intervalUs < this.end) {
          this.queue.push((this.intervalIndex + 1) * this.intervalUs, EV_TICK, 0, 0);
        }
        this.onProgress?.({ fraction: this.now / this.end, simulatedSeconds: this.now / 1e6 });
        break;
      case EV_WARMUP:
        this.counting = true;
        for (const s of this.services) s.stats.startSummary(this.now);
        for (const c of this.callers) c.stats.startSummary();
        break;
      case EV_FAULT_START:
      case EV_FAULT_END:
        this.faultActive[a] = kind === EV_FAULT_START;
        applyFault(this, a);
        break;
      case EV_RATE_CHANGE:
        onRateChange(this, this.clients[a] as Client, b);
        break;
    }
  }

  private closeInterval(length: number): void {
    const index = this.intervalIndex;
    if (index >= this.intervals) return;
    for (const s of this.services) s.stats.closeInterval(this.now, index, length, this.counting);
    for (const c of this.callers) c.stats.closeInterval(index, this.counting);
    this.intervalIndex++;
  }
}
