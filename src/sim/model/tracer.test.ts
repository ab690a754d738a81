// Request traces from whole runs: well-formed span trees, selection checked against the
// series and summary, sampling against its binomial band, and no effect on anything else.
import { describe, expect, it } from 'vitest';
import type { ScenarioInput, Span } from '../index.js';
import { run, sum } from '../testing/run.js';

/** Retries, timeouts, a deadline, a cache, a breaker, a fallback, parallel calls, faults. */
const busy = (traces?: ScenarioInput['traces']): ScenarioInput => ({
  name: 'busy',
  seed: 5,
  duration: '20s',
  warmup: '2s',
  network: { latency: { kind: 'exponential', mean: '1ms' } },
  clients: [
    {
      name: 'users',
      target: 'api',
      arrival: { rate: 80 },
      keys: { count: 200, zipf: 1 },
      timeout: '120ms',
      deadline: '300ms',
      retry: { maxAttempts: 3, backoff: { base: '10ms', jitter: 'full' } },
    },
  ],
  services: [
    {
      name: 'api',
      instances: 2,
      concurrency: 4,
      queue: { capacity: 10 },
      serviceTime: { kind: 'lognormal', median: '10ms', p99: '80ms' },
      parallelCalls: true,
      calls: [
        { service: 'catalog', timeout: '60ms', fallback: 'degraded' },
        {
          service: 'db',
          timeout: '60ms',
          retry: { maxAttempts: 2 },
          breaker: {
            failureRate: 0.5,
            window: '2s',
            minRequests: 10,
            open: '1s',
            halfOpenProbes: 2,
          },
        },
      ],
    },
    {
      name: 'catalog',
      serviceTime: { kind: 'constant', value: '1ms' },
      cache: { size: 50, ttl: '2s' },
      calls: [{ service: 'db' }],
    },
    { name: 'db', concurrency: 8, serviceTime: { kind: 'exponential', mean: '15ms' } },
  ],
  faults: [
    { at: '8s', until: '12s', target: 'db', kind: 'latency', add: '80ms' },
    { at: '14s', until: '15s', target: 'api', kind: 'errors', rate: 0.5 },
  ],
  ...(traces ? { traces } : {}),
});

function spans(span: Span): Span[] {
  return [span, ...span.children.flatMap(spans)];
}

/**
 * Checks one parent's children (plain checks: a run has tens of thousands of spans); pushes
 * what is wrong to `problems` and returns how many abandoned service spans it saw below.
 */
function checkTree(parent: Span, problems: string[]): number {
  let abandoned = 0;
  const fail = (what: string, span: Span) =>
    problems.push(`${what}: ${span.kind} ${span.name} at ${span.start}`);
  if (parent.kind === 'request' || parent.kind === 'call') {
    parent.children.forEach((child, i) => {
      if (child.kind !== 'attempt' || child.attempt !== i + 1) fail('attempts out of order', child);
    });
  }
  for (const child of parent.children) {
    if (child.start < parent.start) fail('starts before its parent', child);
    if (child.kind === 'service') {
      if (parent.kind !== 'attempt') fail('a service span outside an attempt', child);
      if (child.abandoned) {
        // Marked: the caller stopped waiting first, and the work went on.
        abandoned++;
        if (parent.end === null) fail('abandoned by an attempt still running', child);
        else if (child.end !== null && child.end < parent.end)
          fail('abandoned, but ended first', child);
      } else if (child.end === null || (parent.end !== null && child.end > parent.end)) {
        fail('outlives its attempt without being marked abandoned', child);
      }
    } else {
      if (child.kind !== (parent.kind === 'service' ? 'call' : 'attempt')) fail('misplaced', child);
      if (parent.end !== null && (child.end === null || child.end > parent.end))
        fail('outlives its parent', child);
    }
    abandoned += checkTree(child, problems);
  }
  return abandoned;
}

describe('request traces', () => {
  it('change no other number in the result, and repeat to the byte', () => {
    const plain = run(busy());
    const traced = run(busy({ sample: 0.05, slowest: 3 }));
    const { traces, tracesDropped, ...rest } = traced;
    expect(traces?.length).toBeGreaterThan(50);
    expect(tracesDropped).toBe(0);
    expect(JSON.stringify(rest)).toBe(JSON.stringify(plain));
    expect(plain.traces).toBeUndefined();
    expect(JSON.stringify(run(busy({ sample: 0.05, slowest: 3 })))).toBe(JSON.stringify(traced));
  });

  it('are well-formed span trees; only abandoned work outlives its caller', () => {
    const result = run(busy({ sample: 1, slowest: 0 }));
    const traces = result.traces ?? [];
    const finished =
      sum(result.series.clients.users!.succeeded) + sum(result.series.clients.users!.failed);
    // Every finished request is sampled at 1 (fewer than the cap of 2,000).
    expect(traces.length).toBe(finished);
    let abandoned = 0;
    const problems: string[] = [];
    for (const trace of traces) {
      const root = trace.root;
      if (root.kind !== 'request' || root.end === null) problems.push(`bad root ${trace.request}`);
      if (Math.abs(trace.latency - ((root.end ?? NaN) - root.start)) > 2e-6)
        problems.push(`latency of ${trace.request}`);
      abandoned += checkTree(root, problems);
      // A request that succeeded did so on its last attempt.
      if (root.outcome !== 'error' && root.children.at(-1)?.outcome !== root.outcome)
        problems.push(`outcome of ${trace.request}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
    // The run has timeouts, so there is abandoned work to see; and the failures are visible.
    expect(abandoned).toBeGreaterThan(0);
    const all = traces.flatMap((t) => spans(t.root));
    const causes = new Set(all.map((s) => s.cause));
    for (const cause of ['timeout', 'fault', 'deadlineExceeded', 'shed'])
      expect(causes).toContain(cause);
    const notes = new Set(all.flatMap((s) => (s.note ?? '').split(', ')));
    for (const note of ['cache hit', 'cache miss', 'fallback', 'duplicate execution'])
      expect(notes).toContain(note);
    // Parallel calls overlap in time.
    const overlapping = all.some(
      (s) =>
        s.kind === 'service' &&
        s.children.length === 2 &&
        (s.children[1] as Span).start < ((s.children[0] as Span).end ?? Infinity),
    );
    expect(overlapping).toBe(true);
  });
});
