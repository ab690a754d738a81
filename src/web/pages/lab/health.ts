// How healthy a client or service looked over a run, for the topology: a level (ok, warn,
// bad) and a short text that says why, so colour is never the only signal. A service is judged
// by the share of its arrivals that failed or were wasted (finished after the caller gave up:
// the sustaining load of a metastable failure) and by how busy its workers were; a client by
// the share of its requests that failed.
export type HealthLevel = 'ok' | 'warn' | 'bad' | 'idle';

export interface Health {
  level: HealthLevel;
  /** e.g. `bad · 55% wasted · 98% busy`. */
  text: string;
}

/** Shares at or above these are a warning / bad. */
export const thresholds = {
  failing: { warn: 0.01, bad: 0.05 },
  busy: { warn: 0.8, bad: 0.95 },
} as const;

const rank: Record<HealthLevel, number> = { idle: 0, ok: 1, warn: 2, bad: 3 };

function levelOf(value: number | null, limits: { warn: number; bad: number }): HealthLevel {
  if (value === null) return 'ok';
  if (value >= limits.bad) return 'bad';
  return value >= limits.warn ? 'warn' : 'ok';
}

const worst = (...levels: HealthLevel[]): HealthLevel =>
  levels.reduce((a, b) => (rank[b] > rank[a] ? b : a), 'ok');

export function percent(share: number): string {
  if (share > 0 && share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}

export interface ServiceFigures {
  arrivals: number;
  errors: number;
  wasted: number;
  utilization: number | null;
}

export function serviceHealth(s: ServiceFigures): Health {
  if (s.arrivals === 0) return { level: 'idle', text: 'idle · no requests' };
  const errors = s.errors / s.arrivals;
  const wasted = s.wasted / s.arrivals;
  const level = worst(
    levelOf(errors, thresholds.failing),
    levelOf(wasted, thresholds.failing),
    levelOf(s.utilization, thresholds.busy),
  );
  const parts = [`${percent(errors)} errors`];
  if (s.wasted > 0) parts.push(`${percent(wasted)} wasted`);
  if (s.utilization !== null) parts.push(`${percent(s.utilization)} busy`);
  return { level, text: `${level} · ${parts.join(' · ')}` };
}

export interface ClientFigures {
  requests: number;
  succeeded: number;
  failed: number;
}

export function clientHealth(c: ClientFigures): Health {
  const finished = c.succeeded + c.failed;
  if (c.requests === 0 || finished === 0) return { level: 'idle', text: 'idle · no answers' };
  const failed = c.failed / finished;
  const level = levelOf(failed, thresholds.failing);
  return { level, text: `${level} · ${percent(failed)} failed` };
}
