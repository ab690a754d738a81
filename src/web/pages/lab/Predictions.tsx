// Predict before run: with the toggle on, a knob change waits while the learner writes down
// what they expect, then runs; the guess is shown beside what the run measured. Committing to
// a number first is what turns watching a chart into testing a mental model.
import { useId, useState } from 'react';
import type { Lab } from '../../../curriculum/schema/lab.js';
import type { RunView } from './lab-protocol.js';
import { formatNumber } from './chart-data.js';

export interface Guesses {
  /** The run (runKey) the guesses were made for. */
  key: string;
  values: (number | null)[];
}

export function PredictToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="predict-toggle">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.currentTarget.checked)} />
      Predict before each run
    </label>
  );
}

export function PredictForm({
  lab,
  onRun,
}: {
  lab: Lab;
  onRun: (values: (number | null)[]) => void;
}) {
  const id = useId();
  const [texts, setTexts] = useState<string[]>(() => lab.predictions.map(() => ''));
  return (
    <form
      className="lab-panel predict-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onRun(texts.map((t) => (t.trim() === '' ? null : Number(t))));
      }}
    >
      <h2 id={`${id}-title`}>Predict, then run</h2>
      <p className="muted">You changed a knob. What will the next run show?</p>
      {lab.predictions.map((p, i) => (
        <div className="field" key={p.question}>
          <label htmlFor={`${id}-${i}`}>{p.question}</label>
          <p id={`${id}-${i}-unit`} className="field-hint">
            In {p.unit === 'share' ? 'a share from 0 to 1' : p.unit}.
          </p>
          <input
            id={`${id}-${i}`}
            type="number"
            step="any"
            inputMode="decimal"
            aria-describedby={`${id}-${i}-unit`}
            value={texts[i] ?? ''}
            onChange={(e) => {
              const next = [...texts];
              next[i] = e.currentTarget.value;
              setTexts(next);
            }}
          />
        </div>
      ))}
      <button type="submit" className="button button-primary">
        Run
      </button>
    </form>
  );
}

export function PredictionResults({
  lab,
  run,
  guesses,
}: {
  lab: Lab;
  run: RunView;
  guesses: Guesses | null;
}) {
  if (!guesses || guesses.key !== run.key) return null;
  return (
    <section className="lab-panel prediction-results" aria-labelledby="predictions-title">
      <h2 id="predictions-title">Your prediction</h2>
      <dl>
        {lab.predictions.map((p, i) => (
          <div key={p.question}>
            <dt>{p.question}</dt>
            <dd>
              {guesses.values[i] == null || Number.isNaN(guesses.values[i]) ? (
                'You made no guess'
              ) : (
                <>
                  You said <strong>{formatNumber(guesses.values[i])}</strong>
                </>
              )}
              ; the run gave <strong data-actual>{formatNumber(run.predictions[i] ?? null)}</strong>{' '}
              ({p.unit}).
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
