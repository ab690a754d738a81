// The knobs a learner may turn: ranges as sliders with their value and unit, a few options as
// a radio group and more as a select. Every control has a visible label and its help text
// attached, and all of them are native controls, so the keyboard works as everywhere else.
import { useId } from 'react';
import type { Knob, KnobValue, Lab } from '../../../curriculum/schema/lab.js';
import type { KnobValues } from '../../../curriculum/labs/knobs.js';

/** A range knob's value as people read it: `250 ms`, `10%`, `2×`, `3`. */
export function formatKnobValue(knob: Knob, value: KnobValue): string {
  if (knob.options) return knob.options.find((o) => o.value === value)?.label ?? String(value);
  if (typeof value !== 'number') return String(value);
  switch (knob.unit) {
    case 'ms':
    case 's':
    case 'req/s':
      return `${value} ${knob.unit}`;
    case '%':
      return `${value}%`;
    case 'x':
      return `${value}×`;
    default:
      return String(value);
  }
}

function RangeKnob({
  knob,
  value,
  onChange,
}: {
  knob: Knob;
  value: KnobValue;
  onChange: (value: KnobValue) => void;
}) {
  const id = useId();
  const range = knob.range!;
  return (
    <div className="knob">
      <label htmlFor={id} className="knob-label">
        {knob.label}
      </label>
      <div className="knob-range">
        <input
          id={id}
          type="range"
          name={knob.id}
          min={range.min}
          max={range.max}
          step={range.step}
          value={typeof value === 'number' ? value : range.min}
          aria-describedby={`${id}-help`}
          aria-valuetext={formatKnobValue(knob, value)}
          onChange={(e) => onChange(Number(e.currentTarget.value))}
        />
        <output htmlFor={id} className="knob-value">
          {formatKnobValue(knob, value)}
        </output>
      </div>
      <p id={`${id}-help`} className="knob-help">
        {knob.help}
      </p>
    </div>
  );
}

function OptionsKnob({
  knob,
  value,
  onChange,
}: {
  knob: Knob;
  value: KnobValue;
  onChange: (value: KnobValue) => void;
}) {
  const id = useId();
  const options = knob.options!;
  if (options.length > 4) {
    return (
      <div className="knob">
        <label htmlFor={id} className="knob-label">
          {knob.label}
        </label>
        <select
          id={id}
          name={knob.id}
          value={String(value)}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            const chosen = options.find((o) => String(o.value) === e.currentTarget.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((o) => (
            <option key={String(o.value)} value={String(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
        <p id={`${id}-help`} className="knob-help">
          {knob.help}
        </p>
      </div>
    );
  }
  return (
    <fieldset className="knob" aria-describedby={`${id}-help`}>
      <legend className="knob-label">{knob.label}</legend>
      {options.map((o) => (
        <label key={String(o.value)} className="knob-option">
          <input
            type="radio"
            name={`${id}-${knob.id}`}
            value={String(o.value)}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
      <p id={`${id}-help`} className="knob-help">
        {knob.help}
      </p>
    </fieldset>
  );
}

export function KnobPanel({
  lab,
  values,
  onChange,
  seed,
  onNewSeed,
  onReset,
  atBaseline,
}: {
  lab: Lab;
  values: KnobValues;
  onChange: (id: string, value: KnobValue) => void;
  seed: number;
  onNewSeed: () => void;
  onReset: () => void;
  atBaseline: boolean;
}) {
  return (
    <section className="lab-panel knob-panel" aria-labelledby="knobs-title">
      <h2 id="knobs-title">Knobs</h2>
      {lab.knobs.length === 0 && <p className="muted">This lab has no knobs: read the run.</p>}
      {lab.knobs.map((knob) => {
        const value = values[knob.id] ?? null;
        const props = { knob, value, onChange: (v: KnobValue) => onChange(knob.id, v) };
        return knob.range ? (
          <RangeKnob key={knob.id} {...props} />
        ) : (
          <OptionsKnob key={knob.id} {...props} />
        );
      })}
      <div className="seed-row">
        <p className="seed">
          Seed <strong data-testid="seed">{seed}</strong>
        </p>
        <button type="button" className="button" onClick={onNewSeed}>
          New seed
        </button>
      </div>
      <button type="button" className="button" onClick={onReset} disabled={atBaseline}>
        Reset to baseline
      </button>
    </section>
  );
}
