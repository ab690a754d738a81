// A diagnosis: which candidate caused the incident? The seed draws the cause, so the page only
// learns it when the learner checks an answer, and re-rolling the seed (which remounts this
// panel) starts a new question.
import { useId, useState } from 'react';
import type { Lab } from '../../../curriculum/schema/lab.js';
import { drawCause } from '../../../learning/labs/challenge.js';

export interface DiagnosisAnswer {
  candidate: string;
  right: boolean;
}

export function DiagnosisPanel({
  lab,
  seed,
  onAnswer,
}: {
  lab: Lab;
  seed: number;
  onAnswer: (answer: DiagnosisAnswer) => void;
}) {
  const id = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [checked, setChecked] = useState<DiagnosisAnswer | null>(null);
  if (lab.challenge.kind !== 'diagnosis') return null;
  const { candidates, question } = lab.challenge;
  const chosen = candidates.find((c) => c.id === checked?.candidate);

  return (
    <form
      className="diagnosis"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice === null) return;
        const answer = { candidate: choice, right: drawCause(candidates, seed).id === choice };
        setChecked(answer);
        onAnswer(answer);
      }}
    >
      <fieldset>
        <legend id={`${id}-q`}>{question}</legend>
        {candidates.map((c) => (
          <label key={c.id} className="knob-option">
            <input
              type="radio"
              name={`${id}-candidate`}
              value={c.id}
              checked={choice === c.id}
              onChange={() => setChoice(c.id)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={choice === null}>
        Check my answer
      </button>
      <div role="status" className="diagnosis-result">
        {checked && chosen && (
          <div
            className={`overall ${checked.right ? 'overall-pass' : 'overall-fail'}`}
            data-right={checked.right}
          >
            <p>
              <span aria-hidden="true">{checked.right ? '✓ ' : '✗ '}</span>
              <strong>{checked.right ? 'Right' : 'Not this one'}:</strong> {chosen.label}.
              {checked.right ? '' : ' Look at the signals again and try another candidate.'}
            </p>
            <p>{chosen.explanation}</p>
          </div>
        )}
      </div>
    </form>
  );
}
