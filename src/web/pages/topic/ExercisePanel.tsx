// The topic's exercise: done in the learner's own notes, marked done here with a short
// reflection. The reflection is what makes "done" mean something when they look back.
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { PracticeRef } from '../../../api/index.js';
import { saveExercise, undoExercise } from '../../api/learning.js';
import { fieldErrors } from '../../api/session.js';
import { problemText } from '../../app/forms.js';
import { useTopicProgress } from './use-topic-progress.js';

const minLength = 20;
const maxLength = 2000;

export function ExercisePanel({ topicId, exercise }: { topicId: string; exercise: PracticeRef }) {
  const client = useQueryClient();
  const { signedIn, topic } = useTopicProgress(topicId);
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const item = topic?.practice.items.find((i) => i.id === exercise.id);
  const heading = (
    <h3 id={`${id}-title`}>
      Exercise: <span className="exercise-title">{exercise.title}</span>
    </h3>
  );

  if (!signedIn)
    return (
      <section className="exercise-panel" aria-labelledby={`${id}-title`}>
        {heading}
        <p className="muted">
          The lesson below sets the exercise. <Link to="/signin">Sign in</Link> to mark it done with
          a short reflection.
        </p>
      </section>
    );
  if (!topic || !item) return null;

  const reflection = text ?? '';
  const length = reflection.trim().length;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await saveExercise(client, topicId, reflection);
      setEditing(false);
      setText(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const undo = async () => {
    setBusy(true);
    setError(null);
    try {
      await undoExercise(client, topicId);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (item.done && !editing)
    return (
      <section className="exercise-panel exercise-done" aria-labelledby={`${id}-title`}>
        {heading}
        <p className="status-done">
          <span aria-hidden="true">✓</span> Done on {item.doneAt?.slice(0, 10)}
        </p>
        <div className="exercise-actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              setEditing(true);
              setText('');
            }}
          >
            Write a new reflection
          </button>
          <button type="button" className="link-button" disabled={busy} onClick={() => void undo()}>
            Mark as not done
          </button>
        </div>
        {error !== null && (
          <p className="form-error" role="alert">
            {problemText(error)}
          </p>
        )}
      </section>
    );

  const fieldError = fieldErrors(error).reflection;
  return (
    <section className="exercise-panel" aria-labelledby={`${id}-title`}>
      {heading}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-reflection`}>
            Your reflection: what you did, and what you would do differently
          </label>
          <p id={`${id}-hint`} className="field-hint">
            The lesson sets the exercise; do it in your own notes. Then write {minLength}–
            {maxLength.toLocaleString('en')} characters here.
          </p>
          <textarea
            id={`${id}-reflection`}
            rows={5}
            maxLength={maxLength + 200}
            value={reflection}
            aria-describedby={`${id}-hint ${id}-count${fieldError ? ` ${id}-error` : ''}`}
            aria-invalid={fieldError ? true : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={`${id}-count`} className="field-hint reflection-count">
            {length.toLocaleString('en')} / {maxLength.toLocaleString('en')} characters
            {length < minLength ? ` (at least ${minLength})` : ''}
          </p>
          {fieldError && (
            <p id={`${id}-error`} className="field-error">
              {fieldError.charAt(0).toUpperCase() + fieldError.slice(1)}.
            </p>
          )}
        </div>
        {error !== null && !fieldError && (
          <p className="form-error" role="alert">
            {problemText(error)}
          </p>
        )}
        <div className="exercise-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Mark exercise done'}
          </button>
          {editing && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setEditing(false);
                setText(null);
                setError(null);
              }}
            >
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
