// The level self-assessment as a form: each dimension with its three descriptors side by side
// (stacked on a phone), a placement with half steps, the evidence, and the target level.
import { useRef, useState, type FormEvent } from 'react';
import type { LevelAssessment } from '../../../curriculum/schema/assessments.js';
import {
  levelNames,
  maxEvidenceLength,
  placements,
  targetLevels,
  type LevelAnswers,
  type Placement,
  type TargetLevel,
} from '../../../learning/assessments/index.js';

const placementText = (value: number) =>
  levelNames[value as 1 | 2 | 3] ? `${value} · ${levelNames[value as 1 | 2 | 3]}` : String(value);

export function LevelForm({
  definition,
  initial,
  submitLabel,
  busy,
  onSubmit,
}: {
  definition: LevelAssessment;
  initial: LevelAnswers | null;
  submitLabel: string;
  busy: boolean;
  onSubmit: (answers: LevelAnswers) => void;
}) {
  const [placed, setPlaced] = useState<Record<string, Placement | undefined>>(() =>
    Object.fromEntries(
      definition.dimensions.map((d) => [d.id, initial?.dimensions[d.id]?.placement]),
    ),
  );
  const [evidence, setEvidence] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      definition.dimensions.map((d) => [d.id, initial?.dimensions[d.id]?.evidence ?? '']),
    ),
  );
  const [target, setTarget] = useState<TargetLevel>(initial?.target ?? 2);
  const [missing, setMissing] = useState<string[]>([]);
  const summary = useRef<HTMLParagraphElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unplaced = definition.dimensions.filter((d) => placed[d.id] === undefined);
    setMissing(unplaced.map((d) => d.id));
    if (unplaced.length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onSubmit({
      target,
      dimensions: Object.fromEntries(
        definition.dimensions.map((d) => [
          d.id,
          { placement: placed[d.id]!, evidence: evidence[d.id]!.trim() },
        ]),
      ),
    });
  };

  return (
    <form className="level-form" onSubmit={submit} noValidate>
      {definition.dimensions.map((dimension, n) => {
        const isMissing = missing.includes(dimension.id) && placed[dimension.id] === undefined;
        return (
          <section
            key={dimension.id}
            id={`dimension-${dimension.id}`}
            className="assessment-item"
            aria-labelledby={`dimension-${dimension.id}-title`}
          >
            <h2 id={`dimension-${dimension.id}-title`} className="assessment-item-title">
              <span className="assessment-item-number">{n + 1}</span> {dimension.title}
            </h2>
            <div className="descriptors">
              {(['senior', 'staff', 'principal'] as const).map((level, i) => (
                <div key={level} className="descriptor">
                  <h3>
                    {levelNames[(i + 1) as 1 | 2 | 3]} <span className="muted">({i + 1})</span>
                  </h3>
                  <p>{dimension.descriptors[level]}</p>
                </div>
              ))}
            </div>
            <fieldset
              className="placement"
              aria-describedby={isMissing ? `dimension-${dimension.id}-error` : undefined}
            >
              <legend>
                Your placement<span className="visually-hidden"> on {dimension.title}</span>
              </legend>
              <div className="placement-options">
                {placements.map((value) => (
                  <label key={value} className="placement-option">
                    <input
                      type="radio"
                      name={`placement-${dimension.id}`}
                      value={value}
                      checked={placed[dimension.id] === value}
                      onChange={() => setPlaced((now) => ({ ...now, [dimension.id]: value }))}
                    />
                    <span>{placementText(value)}</span>
                  </label>
                ))}
              </div>
              {isMissing && (
                <p id={`dimension-${dimension.id}-error`} className="field-error">
                  Choose a placement for this dimension.
                </p>
              )}
            </fieldset>
            <div className="field evidence-field">
              <label htmlFor={`evidence-${dimension.id}`}>
                Evidence<span className="visually-hidden"> for {dimension.title}</span>
              </label>
              <p id={`evidence-${dimension.id}-hint`} className="field-hint">
                {dimension.evidence} A placement above Senior without evidence counts as Senior.
              </p>
              <textarea
                id={`evidence-${dimension.id}`}
                aria-describedby={`evidence-${dimension.id}-hint`}
                rows={3}
                maxLength={maxEvidenceLength}
                value={evidence[dimension.id]}
                onChange={(e) => setEvidence((now) => ({ ...now, [dimension.id]: e.target.value }))}
              />
            </div>
          </section>
        );
      })}
      <fieldset className="placement target-level">
        <legend>Your target level</legend>
        <div className="placement-options">
          {targetLevels.map((value) => (
            <label key={value} className="placement-option">
              <input
                type="radio"
                name="target"
                value={value}
                checked={target === value}
                onChange={() => setTarget(value)}
              />
              <span>{placementText(value)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {missing.some((id) => placed[id] === undefined) && (
        <p className="form-error" role="alert" tabIndex={-1} ref={summary}>
          Place yourself on every dimension first. Missing:{' '}
          {definition.dimensions
            .filter((d) => missing.includes(d.id) && placed[d.id] === undefined)
            .map((d, i) => (
              <span key={d.id}>
                {i > 0 && ', '}
                <a href={`#dimension-${d.id}`}>{d.title}</a>
              </span>
            ))}
          .
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
