// The cards due for review, with the way into a session; with none, how cards arrive.
import { Link } from 'react-router';
import { useDueReviews } from '../../api/reviews.js';
import { count, timeUntil } from './format.js';

export function ReviewsDue({ now }: { now: Date }) {
  const due = useDueReviews();
  return (
    <section className="home-card reviews-due" aria-labelledby="reviews-due-title">
      <h2 id="reviews-due-title">Reviews</h2>
      {due.isPending && <p className="muted">Counting your cards…</p>}
      {due.isError && <p role="alert">Your cards could not be counted: {due.error.message}</p>}
      {due.data && due.data.dueCount > 0 && (
        <>
          <p className="reviews-due-count">
            <strong>{count(due.data.dueCount, 'card')}</strong> due
            {due.data.newCount > 0 && (
              <span className="muted">, {due.data.newCount.toLocaleString('en')} of them new</span>
            )}
          </p>
          <Link className="button button-primary" to="/reviews">
            Review now
          </Link>
        </>
      )}
      {due.data && due.data.dueCount === 0 && due.data.nextDueAt !== null && (
        <p>
          Nothing due. The next card comes back {timeUntil(due.data.nextDueAt, now)}.{' '}
          <Link to="/reviews/deck">See your deck</Link>
        </p>
      )}
      {due.data && due.data.dueCount === 0 && due.data.nextDueAt === null && (
        <p>
          No cards yet. A lesson’s key ideas join your deck when you mark it read, a question you
          miss on a first quiz attempt joins too, and you can make your own cards from any lesson.
          Then a few minutes a day here keep them.
        </p>
      )}
    </section>
  );
}
