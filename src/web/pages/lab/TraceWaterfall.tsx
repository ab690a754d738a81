// The run's kept traces (why each was kept: an error, among the slowest, or sampled) and a
// waterfall of the selected one: one bar per span on a shared time axis, nested by depth,
// labelled with the service and the outcome. Traces are buttons, so Tab and Enter choose one.
import { useMemo, useState } from 'react';
import type { Trace } from '../../../sim/output/traces.js';
import { traceTitle, waterfallRows } from './trace-rows.js';

const PAGE = 30;

export function TraceWaterfall({ traces, runEnd }: { traces: Trace[]; runEnd: number }) {
  const [reason, setReason] = useState<'all' | Trace['kept'][number]>('all');
  const [selected, setSelected] = useState(0);
  const [shown, setShown] = useState(PAGE);
  const list = useMemo(
    () => (reason === 'all' ? traces : traces.filter((t) => t.kept.includes(reason))),
    [traces, reason],
  );
  const trace = list[Math.min(selected, list.length - 1)];
  const { rows, total: axisEnd } = useMemo(
    () => (trace ? waterfallRows(trace, runEnd) : { rows: [], total: 0 }),
    [trace, runEnd],
  );

  return (
    <section className="lab-panel traces" aria-labelledby="traces-title">
      <h2 id="traces-title">Traces</h2>
      <p className="muted">
        {traces.length} kept: every error, the slowest requests of each interval and a random
        sample.
      </p>
      <label className="trace-filter">
        Show{' '}
        <select
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value as typeof reason);
            setSelected(0);
            setShown(PAGE);
          }}
        >
          <option value="all">all kept traces</option>
          <option value="error">errors</option>
          <option value="slowest">slowest</option>
          <option value="sampled">sampled</option>
        </select>
      </label>
      <div className="traces-layout">
        <ul className="trace-list" aria-label="Kept traces">
          {list.slice(0, shown).map((t, i) => (
            <li key={t.request}>
              <button
                type="button"
                className="trace-item"
                aria-current={t === trace ? 'true' : undefined}
                onClick={() => setSelected(i)}
              >
                {traceTitle(t)}
                <span className="trace-kept"> kept: {t.kept.join(', ')}</span>
              </button>
            </li>
          ))}
          {list.length > shown && (
            <li>
              <button type="button" className="link-button" onClick={() => setShown(shown + PAGE)}>
                Show {Math.min(PAGE, list.length - shown)} more
              </button>
            </li>
          )}
          {list.length === 0 && <li className="muted">No trace was kept for this reason.</li>}
        </ul>
        {trace && (
          <figure className="waterfall" data-spans={rows.length}>
            <figcaption>{traceTitle(trace)}</figcaption>
            <div className="waterfall-axis" aria-hidden="true">
              <span>0 ms</span>
              <span>{Math.round((axisEnd * 1000) / 2)} ms</span>
              <span>{Math.round(axisEnd * 1000)} ms</span>
            </div>
            <ol className="waterfall-rows">
              {rows.map((row) => (
                <li key={row.key} className="waterfall-row">
                  <span
                    className="waterfall-label"
                    style={{ paddingLeft: `${row.depth * 0.9}rem` }}
                  >
                    {row.label}
                    <span className="visually-hidden">
                      , starts at {Math.round(row.offset * 1000)} ms
                      {row.duration === null
                        ? ', still running when the run ended'
                        : `, takes ${Math.round(row.duration * 1000)} ms`}
                    </span>
                  </span>
                  <span className="waterfall-track" aria-hidden="true">
                    <span
                      className={`waterfall-bar outcome-${row.span.outcome ?? 'open'}${row.span.abandoned ? ' abandoned' : ''}`}
                      style={{
                        marginLeft: `${row.left * 100}%`,
                        width: `max(2px, ${row.width * 100}%)`,
                      }}
                    />
                  </span>
                </li>
              ))}
            </ol>
          </figure>
        )}
      </div>
    </section>
  );
}
