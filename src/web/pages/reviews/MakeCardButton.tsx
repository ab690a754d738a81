// "Make a card of this": a small form under a lesson that adds the learner's own card to their
// deck. The front starts as the text selected on the page, if any, so a sentence worth keeping
// becomes a card in two clicks. Signed-out readers see how to get a deck instead.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { Link } from 'react-router';
import { cardTextMax } from '../../../learning/reviews/ratings.js';
import { fieldErrors, useSession } from '../../api/session.js';
import { useCreateCard } from '../../api/reviews.js';
import { FormError } from '../../app/forms.js';
import '../../styles/make-card.css';

/** The page's selected text, trimmed to what a card side may hold. */
function selectedText(): string {
  return (window.getSelection()?.toString() ?? '').trim().slice(0, cardTextMax);
}

export function MakeCardButton({ topicId }: { topicId: string }) {
  const session = useSession();
  const create = useCreateCard();
  const [open, setOpen] = useState(false);
  const [front, setFront] = useState('');
  const [back, setBack] = useState('');
  const [added, setAdded] = useState(false);
  // Pressing the button can clear the selection in some browsers: read it on pointer down.
  const selection = useRef('');
  const opener = useRef<HTMLButtonElement>(null);
  const frontField = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  if (session.isPending) return null;
  if (!session.data) {
    return (
      <p className="make-card-hint muted">
        <Link to="/signin">Sign in</Link> to make review cards of what you read.
      </p>
    );
  }

  const openForm = () => {
    setFront(selection.current || selectedText());
    setBack('');
    setAdded(false);
    create.reset();
    setOpen(true);
    requestAnimationFrame(() => frontField.current?.focus());
  };
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { topicId, front, back },
      {
        onSuccess: () => {
          setAdded(true);
          setFront('');
          setBack('');
          frontField.current?.focus();
        },
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const errors = fieldErrors(create.error);

  return (
    <div className="make-card">
      {!open && (
        <button
          ref={opener}
          type="button"
          className="button"
          onPointerDown={() => (selection.current = selectedText())}
          onClick={openForm}
        >
          Make a card of this
        </button>
      )}
      {open && (
        <form className="make-card-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
          <h2 className="make-card-title">New review card</h2>
          <CardField
            id={`${id}-front`}
            label="Front (the question)"
            value={front}
            onChange={setFront}
            error={errors.front}
            inputRef={frontField}
          />
          <CardField
            id={`${id}-back`}
            label="Back (the answer)"
            value={back}
            onChange={setBack}
            error={errors.back}
          />
          {create.error && !errors.front && !errors.back ? (
            <FormError error={create.error} />
          ) : null}
          <p role="status" className="make-card-status">
            {added ? (
              <>
                Card added to your deck; it is due now. <Link to="/reviews">Review it</Link>
              </>
            ) : null}
          </p>
          <div className="make-card-actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              Add to my deck
            </button>
            <button type="button" className="button" onClick={close}>
              {added ? 'Done' : 'Cancel'}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function CardField({
  id,
  label,
  value,
  onChange,
  error,
  inputRef,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  inputRef?: Ref<HTMLTextAreaElement>;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={inputRef}
        rows={3}
        maxLength={cardTextMax}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
