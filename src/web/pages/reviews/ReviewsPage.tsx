// The review page: the cards due now, one at a time. A round works through the list fetched when
// it started; at its end the page asks again, because cards rated Again come back within minutes.
import { Link } from 'react-router';
import { useSession } from '../../api/session.js';
import { useDueReviews } from '../../api/reviews.js';
import { LoadError, Loading } from '../../app/states.js';
import { SignInFirst } from '../account/AccountPage.js';
import { ReviewSession } from './ReviewSession.js';
import { describeInterval } from './review-format.js';
import '../../styles/reviews.css';

export function ReviewsPage() {
  const session = useSession();
  const due = useDueReviews(Boolean(session.data));
  if (session.isPending) return <Loading what="your reviews" />;
  if (!session.data) return <SignInFirst />;
  if (due.isPending) return <Loading what="your reviews" />;
  if (due.isError) return <LoadError error={due.error} />;
  const data = due.data;

  return (
    <article className="reviews-page">
      <header className="reviews-header">
        <h1 tabIndex={-1}>Reviews</h1>
        <p className="muted reviews-counts">
          {data.dueCount === 0
            ? 'Nothing due right now.'
            : `${data.dueCount} ${data.dueCount === 1 ? 'card' : 'cards'} due` +
              (data.newCount > 0 ? `, ${data.newCount} of them new.` : '.')}
        </p>
        <nav className="reviews-links" aria-label="Reviews">
          <Link to="/reviews/stats">Statistics</Link>
          <Link to="/reviews/deck">Your deck</Link>
        </nav>
      </header>
      {data.cards.length > 0 ? (
        // A new key per fetch starts a new round with the cards that answer brought.
        <ReviewSession
          key={due.dataUpdatedAt}
          data={data}
          onRoundEnd={() => void due.refetch()}
          checking={due.isFetching}
        />
      ) : data.nextDueAt === null ? (
        <EmptyDeck />
      ) : (
        <AllDone wait={Date.parse(data.nextDueAt) - Date.parse(data.now)} />
      )}
    </article>
  );
}

function EmptyDeck() {
  return (
    <div className="state review-end">
      <h2>Your deck is empty</h2>
      <p>
        Mark a lesson read to add its cards, or use “Make a card of this” on any lesson to write
        your own. Questions you miss on a first quiz attempt join the deck too.
      </p>
      <p>
        <Link to="/">Go to the program</Link>
      </p>
    </div>
  );
}

export function AllDone({ wait }: { wait: number }) {
  return (
    <div className="state review-end" role="status">
      <h2>All done</h2>
      <p>Next card due in {describeInterval(wait)}.</p>
      <p>
        <Link to="/reviews/stats">See your statistics</Link>
      </p>
    </div>
  );
}
