// One round of reviews: a card's front, "Show answer" (Space), then Again / Hard / Good / Easy
// (1–4) with the interval each would give, computed by the server with the learner's retention.
// Changes are announced politely; focus follows the card so a screen reader reads it.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { DueCard, DueReviews, ReviewRating } from '../../../api/index.js';
import { submitReview } from '../../api/reviews.js';
import { FormError } from '../../app/forms.js';
import { describeInterval, formatInterval } from './review-format.js';
import { reviewKeyAction } from './review-keys.js';

const ratings: { rating: ReviewRating; label: string; key: string }[] = [
  { rating: 'again', label: 'Again', key: '1' },
  { rating: 'hard', label: 'Hard', key: '2' },
  { rating: 'good', label: 'Good', key: '3' },
  { rating: 'easy', label: 'Easy', key: '4' },
];

const sourceLabels: Record<DueCard['source'], string> = {
  content: 'Lesson card',
  missed: 'Missed question',
  own: 'Your card',
};

export function ReviewSession({
  data,
  onRoundEnd,
  checking,
}: {
  data: DueReviews;
  onRoundEnd(): void;
  checking: boolean;
}) {
  const client = useQueryClient();
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const front = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLDivElement>(null);
  const card = data.cards[index];
  const total = data.cards.length;
  const fetchedAt = Date.parse(data.now);

  const reveal = () => {
    setRevealed(true);
    setAnnouncement('Answer shown. Rate it with 1 to 4.');
  };

  const rate = (rating: ReviewRating) => {
    if (!card || pending) return;
    setPending(true);
    setError(null);
    submitReview(client, card.id, rating).then(
      (result) => {
        const label = ratings.find((r) => r.rating === rating)!.label;
        const wait = describeInterval(Date.parse(result.due) - Date.parse(result.reviewedAt));
        setAnnouncement(`Rated ${label}: next review in ${wait}.`);
        setPending(false);
        setRevealed(false);
        setIndex((i) => i + 1);
      },
      (reason: unknown) => {
        setPending(false);
        setError(reason);
      },
    );
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!card || pending) return;
    const action = reviewKeyAction(event, revealed);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'reveal') reveal();
    else rate(action.rating);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // Focus follows the card once the learner is under way (the first card keeps the page's
  // heading focus that navigation gives).
  useEffect(() => {
    if (revealed) back.current?.focus();
    else if (index > 0) front.current?.focus();
  }, [index, revealed]);

  const roundOver = index >= total;
  const endRound = useEffectEvent(onRoundEnd);
  useEffect(() => {
    if (roundOver) endRound();
  }, [roundOver]);

  return (
    <section className="review-session" aria-label="Review session">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {roundOver || !card ? (
        <p className="muted" role="status">
          {checking ? 'Checking for more due cards…' : 'Round finished.'}
        </p>
      ) : (
        <>
          <div className="review-progress">
            <span>
              {index + 1} of {total}
            </span>
            <progress value={index} max={total} aria-hidden="true" />
          </div>
          <div className="review-card">
            <p className="review-meta">
              <Link to={`/topics/${card.topicId}`}>{card.topicTitle}</Link>
              <span aria-hidden="true"> · </span>
              <span>{sourceLabels[card.source]}</span>
            </p>
            <div className="review-side" ref={front} tabIndex={-1} aria-labelledby="review-q">
              <h2 id="review-q" className="review-side-label">
                Question
              </h2>
              <p className="review-text">{card.front}</p>
            </div>
            {revealed && (
              <div
                className="review-side review-answer"
                ref={back}
                tabIndex={-1}
                aria-labelledby="review-a"
              >
                <h2 id="review-a" className="review-side-label">
                  Answer
                </h2>
                <p className="review-text">{card.back}</p>
              </div>
            )}
          </div>
          <FormError error={error} />
          {revealed ? (
            <div className="rating-buttons" role="group" aria-label="How well did you remember it?">
              {ratings.map(({ rating, label, key }) => (
                <button
                  key={rating}
                  type="button"
                  className={`button rating rating-${rating}`}
                  aria-keyshortcuts={key}
                  disabled={pending}
                  onClick={() => rate(rating)}
                >
                  <span className="rating-name">{label}</span>
                  <span className="rating-interval">
                    {formatInterval(Date.parse(card.next[rating]) - fetchedAt)}
                  </span>
                  <kbd aria-hidden="true">{key}</kbd>
                </button>
              ))}
            </div>
          ) : (
            <div className="reveal-row">
              <button
                type="button"
                className="button button-primary"
                aria-keyshortcuts="Space"
                onClick={reveal}
              >
                Show answer <kbd aria-hidden="true">Space</kbd>
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
