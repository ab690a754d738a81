// The archetype questionnaire as a form: one option per item. The points an option gives are
// not shown, so the learner answers with what they would do, not with a target archetype.
import { useRef, useState, type FormEvent } from 'react';
import type { ArchetypeAssessment } from '../../../curriculum/schema/assessments.js';
import type { ArchetypeAnswers } from '../../../learning/assessments/index.js';

export function ArchetypeForm({
  definition,
  initial,
  submitLabel,
  busy,
  onSubmit,
}: {
  definition: ArchetypeAssessment;
  initial: ArchetypeAnswers | null;
  submitLabel: string;
  busy: boolean;
  onSubmit: (answers: ArchetypeAnswers) => void;
}) {
  const [chosen, setChosen] = useState<Record<string, string>>(() => ({ ...initial?.items }));
  const [tried, setTried] = useState(false);
  const summary = useRef<HTMLParagraphElement>(null);
  const unanswered = definition.items.filter((item) => chosen[item.id] === undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (unanswered.length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onSubmit({ items: chosen });
  };

  return (
    <form className="archetype-form" onSubmit={submit} noValidate>
      {definition.items.map((item, n) => {
        const missing = tried && chosen[item.id] === undefined;
        return (
          <fieldset
            key={item.id}
            id={`item-${item.id}`}
            className="assessment-item"
            aria-describedby={missing ? `item-${item.id}-error` : undefined}
          >
            <legend className="assessment-item-title">
              <span className="assessment-item-number">{n + 1}</span> {item.prompt}
            </legend>
            <div className="option-list">
              {item.options.map((option) => (
                <label key={option.id} className="option">
                  <input
                    type="radio"
                    name={`item-${item.id}`}
                    value={option.id}
                    checked={chosen[item.id] === option.id}
                    onChange={() => setChosen((now) => ({ ...now, [item.id]: option.id }))}
                  />
                  <span>{option.text}</span>
                </label>
              ))}
            </div>
            {missing && (
              <p id={`item-${item.id}-error`} className="field-error">
                Choose the option closest to what you would do.
              </p>
            )}
          </fieldset>
        );
      })}
      {tried && unanswered.length > 0 && (
        <p className="form-error" role="alert" tabIndex={-1} ref={summary}>
          Answer every item first: {unanswered.length} of {definition.items.length} still open,
          starting with{' '}
          <a href={`#item-${unanswered[0]!.id}`}>
            item {definition.items.indexOf(unanswered[0]!) + 1}
          </a>
          .
        </p>
      )}
      <p className="muted" aria-live="polite">
        {definition.items.length - unanswered.length} of {definition.items.length} answered.
      </p>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
