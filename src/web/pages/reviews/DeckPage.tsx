// The learner's deck as a list: each card's sides, topic, state and when it is due, with a
// two-step delete (deleting also drops the card's review history, so it asks first).
import { useState } from 'react';
import { Link } from 'react-router';
import type { DeckCard } from '../../../api/index.js';
import { apiBase } from '../../../api/base.js';
import { useSession } from '../../api/session.js';
import { useDeck, useDeleteCard } from '../../api/reviews.js';
import { FormError } from '../../app/forms.js';
import { LoadError, Loading } from '../../app/states.js';
import { SignInFirst } from '../account/AccountPage.js';
import { formatInterval } from './review-format.js';
import '../../styles/reviews.css';

const sourceLabels: Record<DeckCard['source'], string> = {
  content: 'Lesson card',
  missed: 'Missed question',
  own: 'Your card',
};

export function DeckPage() {
  const session = useSession();
  const deck = useDeck(Boolean(session.data));
  const remove = useDeleteCard();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  if (session.isPending) return <Loading what="your deck" />;
  if (!session.data) return <SignInFirst />;
  if (deck.isPending) return <Loading what="your deck" />;
  if (deck.isError) return <LoadError error={deck.error} />;
  // "Due in" is counted from when the list was fetched, which a refetch brings up to date.
  const now = deck.dataUpdatedAt;

  const confirmDelete = (card: DeckCard) =>
    remove.mutate(card.id, {
      onSuccess: () => {
        setConfirming(null);
        setStatus('Card deleted.');
        document.querySelector<HTMLElement>('main h1')?.focus();
      },
    });

  return (
    <article className="reviews-page deck-page">
      <header className="reviews-header">
        <h1 tabIndex={-1}>Your deck</h1>
        <p className="muted">
          {deck.data.length} {deck.data.length === 1 ? 'card' : 'cards'}
        </p>
        <nav className="reviews-links" aria-label="Reviews">
          <Link to="/reviews">Review now</Link>
          <Link to="/reviews/stats">Statistics</Link>
          <a href={`${apiBase}/me/deck.csv`} download>
            Download for Anki (CSV)
          </a>
        </nav>
      </header>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <FormError error={remove.error} />
      {deck.data.length === 0 ? (
        <p>
          No cards yet. Mark a lesson read to add its cards, or use “Make a card of this” on a
          lesson.
        </p>
      ) : (
        <ul className="deck-list">
          {deck.data.map((card) => (
            <li key={card.id} className="deck-card">
              <p className="review-meta">
                <Link to={`/topics/${card.topicId}`}>{card.topicTitle}</Link>
                <span aria-hidden="true"> · </span>
                {sourceLabels[card.source]}
              </p>
              <p className="deck-front">{card.front}</p>
              <details>
                <summary>Answer</summary>
                <p className="review-text">{card.back}</p>
              </details>
              <p className="muted deck-facts">
                {card.state === 'new' ? 'New' : `${capitalise(card.state)}, ${card.reps} reviews`}
                {card.lapses > 0 ? `, ${card.lapses} lapses` : ''} ·{' '}
                {Date.parse(card.due) <= now
                  ? 'due now'
                  : `due in ${formatInterval(Date.parse(card.due) - now)}`}
              </p>
              {confirming === card.id ? (
                <div className="deck-confirm" role="group" aria-label="Delete this card?">
                  <span>Delete this card and its review history?</span>
                  <button
                    type="button"
                    className="button button-danger"
                    disabled={remove.isPending}
                    onClick={() => confirmDelete(card)}
                  >
                    Yes, delete
                  </button>
                  {/* The Delete button just pressed is gone: focus the safe choice. */}
                  <button
                    type="button"
                    className="button"
                    autoFocus
                    onClick={() => {
                      setConfirming(null);
                      requestAnimationFrame(() =>
                        document.getElementById(`delete-${card.id}`)?.focus(),
                      );
                    }}
                  >
                    Keep it
                  </button>
                </div>
              ) : (
                <button
                  id={`delete-${card.id}`}
                  type="button"
                  className="link-button deck-delete"
                  aria-label={`Delete card: ${card.front.slice(0, 80)}`}
                  onClick={() => setConfirming(card.id)}
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
