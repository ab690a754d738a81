// A trace's span tree as the rows of a waterfall: depth-first (a parent above its children),
// with each bar's offset and width as shares of the trace's time span.
import type { Span, Trace } from '../../../sim/output/traces.js';

export interface WaterfallRow {
  key: string;
  depth: number;
  span: Span;
  label: string;
  /** Shares of the axis, 0–1. */
  left: number;
  width: number;
  /** Seconds from the trace's start. */
  offset: number;
  duration: number | null;
}

export function spanLabel(span: Span): string {
  const what =
    span.kind === 'attempt'
      ? `attempt ${span.attempt ?? 1}`
      : span.kind === 'service'
        ? `at ${span.name}${span.instance === undefined ? '' : ` #${span.instance}`}`
        : `${span.kind} ${span.name}`;
  const outcome =
    span.outcome === null
      ? 'unfinished'
      : span.outcome === 'error'
        ? `error${span.cause ? ` (${span.cause})` : ''}`
        : span.outcome;
  const extras = [span.abandoned ? 'abandoned' : null, span.note ?? null].filter(Boolean);
  return [what, outcome, ...extras].join(' · ');
}

/** The end of the axis: the latest end of any span (abandoned work can outlive its parent). */
function lastEnd(span: Span, fallback: number): number {
  let end = span.end ?? fallback;
  for (const child of span.children) end = Math.max(end, lastEnd(child, fallback));
  return end;
}

/** The rows, and the axis length in seconds that `left` and `width` are shares of. */
export function waterfallRows(
  trace: Trace,
  runEnd: number,
): { rows: WaterfallRow[]; total: number } {
  const start = trace.root.start;
  const end = Math.max(lastEnd(trace.root, runEnd), start + 1e-6);
  const total = end - start;
  const rows: WaterfallRow[] = [];
  const visit = (span: Span, depth: number, key: string) => {
    const spanEnd = span.end ?? end;
    rows.push({
      key,
      depth,
      span,
      label: spanLabel(span),
      left: (span.start - start) / total,
      width: Math.max(0, spanEnd - span.start) / total,
      offset: span.start - start,
      duration: span.end === null ? null : span.end - span.start,
    });
    span.children.forEach((child, i) => visit(child, depth + 1, `${key}.${i}`));
  };
  visit(trace.root, 0, '0');
  return { rows, total };
}

export function traceTitle(trace: Trace): string {
  const outcome = trace.root.outcome ?? 'unfinished';
  return `Request ${trace.request} · ${trace.client} · ${outcome} · ${Math.round(trace.latency * 1000)} ms`;
}
