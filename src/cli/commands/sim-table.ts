// The readable summary of a simulation run that `stafflab sim run` (without --json) and
// `stafflab lab run` print. Its own module so `lab` loads it without the `sim` command, which
// the build bundles with the whole engine (scripts/lib/bundle-cli.mjs).
import { MAX_TRACES, type LatencySummary, type SimResult } from '../../sim/index.js';

function time(seconds: number | null): string {
  if (seconds === null) return '-';
  if (seconds >= 1) return `${seconds.toFixed(2)}s`;
  if (seconds >= 0.001) return `${(seconds * 1000).toFixed(1)}ms`;
  return `${(seconds * 1e6).toFixed(0)}us`;
}

function ratio(x: number | null): string {
  return x === null ? '-' : x.toFixed(2);
}

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

const latencyCells = (l: LatencySummary): string[] => [
  time(l.p50),
  time(l.p90),
  time(l.p99),
  time(l.max),
];

export function table(result: SimResult): string {
  const services = Object.entries(result.summary.services).map(([name, s]) => [
    name,
    String(s.arrivals),
    String(s.successes),
    String(s.errors),
    ratio(s.utilization),
    ratio(s.inFlight),
    time(s.queueWait.mean),
    ...latencyCells(s.latency),
  ]);
  const clients = Object.entries(result.summary.clients).map(([name, c]) => [
    name,
    String(c.requests),
    String(c.succeeded),
    String(c.failed),
    String(c.attempts),
    ratio(c.amplification),
    ...latencyCells(c.latency),
  ]);
  const head = `${result.scenario}: seed ${result.seed}, ${result.duration} s simulated, summary after a ${result.warmup} s warm-up`;
  return [
    head,
    '',
    grid(
      [
        'service',
        'arrivals',
        'ok',
        'errors',
        'util',
        'inflight',
        'wait',
        'p50',
        'p90',
        'p99',
        'max',
      ],
      services,
    ),
    '',
    grid(
      ['client', 'requests', 'ok', 'failed', 'attempts', 'amplif.', 'p50', 'p90', 'p99', 'max'],
      clients,
    ),
    ...dataLines(result),
    ...traceLines(result),
  ].join('\n');
}

/** How many traces were kept and why (`--json` has the traces themselves). */
function traceLines(result: SimResult): string[] {
  const traces = result.traces;
  if (traces === undefined) return [];
  const count = (reason: 'error' | 'slowest' | 'sampled') =>
    traces.filter((t) => t.kept.includes(reason)).length;
  const dropped = result.tracesDropped ?? 0;
  return [
    '',
    `traces: ${traces.length} kept (${count('error')} errors, ${count('slowest')} slowest, ${count('sampled')} sampled; a trace may have several reasons)` +
      (dropped > 0
        ? `; ${dropped} more left out by the cap of ${MAX_TRACES.toLocaleString('en-US')} per run`
        : ''),
  ];
}

/**
 * One line per service with a cache, shards, replication or duplicate executions, so the
 * readable summary shows what the keyed features did (the JSON has every figure).
 */
function dataLines(result: SimResult): string[] {
  const lines: string[] = [];
  for (const [name, s] of Object.entries(result.summary.services)) {
    const parts: string[] = [];
    if (s.cache) {
      parts.push(
        `cache hit ratio ${ratio(s.cache.hitRatio)} (${s.cache.hits} hits, ${s.cache.misses} misses, ${s.cache.coalesced} coalesced)`,
      );
    }
    if (s.instanceArrivals && s.arrivals > 0) {
      const busiest = Math.max(...s.instanceArrivals);
      const share = busiest / s.instanceArrivals.reduce((sum, n) => sum + n, 0);
      parts.push(
        `busiest of ${s.instanceArrivals.length} shards takes ${(share * 100).toFixed(1)}% of arrivals`,
      );
    }
    if (s.replication) {
      parts.push(
        `${s.replication.staleReads} stale of ${s.replication.reads} reads (${s.replication.staleShare === null ? '-' : `${(s.replication.staleShare * 100).toFixed(2)}%`})`,
      );
    }
    if (s.duplicateExecutions > 0 || s.deduplicated > 0) {
      parts.push(`${s.duplicateExecutions} duplicate executions, ${s.deduplicated} deduplicated`);
    }
    if (parts.length > 0) lines.push(`${name}: ${parts.join('; ')}`);
  }
  return lines.length > 0 ? ['', ...lines] : [];
}
