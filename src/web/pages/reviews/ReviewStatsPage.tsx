// Review statistics: reviews per day, true retention, the 30-day forecast and the deck by state,
// with the deck's download for Anki. Days are the learner's own calendar days.
import { Link } from 'react-router';
import type { ReviewStatsView } from '../../../api/index.js';
import { apiBase } from '../../../api/base.js';
import { useSession } from '../../api/session.js';
import { useReviewStats } from '../../api/reviews.js';
import { LoadError, Loading } from '../../app/states.js';
import { SignInFirst } from '../account/AccountPage.js';
import { ForecastChart, ReviewsPerDayChart } from './ReviewCharts.js';
import '../../styles/lab-views.css';
import '../../styles/reviews.css';

export function ReviewStatsPage() {
  const session = useSession();
  const stats = useReviewStats(Boolean(session.data));
  if (session.isPending) return <Loading what="your statistics" />;
  if (!session.data) return <SignInFirst />;
  if (stats.isPending) return <Loading what="your statistics" />;
  if (stats.isError) return <LoadError error={stats.error} />;
  const data = stats.data;

  return (
    <article className="reviews-page review-stats">
      <header className="reviews-header">
        <h1 tabIndex={-1}>Review statistics</h1>
        <nav className="reviews-links" aria-label="Reviews">
          <Link to="/reviews">Review now</Link>
          <Link to="/reviews/deck">Your deck</Link>
        </nav>
      </header>
      <Totals totals={data.totals} />
      <ReviewsPerDayChart days={data.days} />
      <Retention retention={data.trueRetention} />
      <ForecastChart forecast={data.forecast} />
      <section aria-labelledby="anki-title" className="anki-box">
        <h2 id="anki-title">Take your deck to Anki</h2>
        <p>
          The file holds every card with its topic as a tag. In Anki, create a deck named Stafflab,
          then choose File → Import and pick the file: the note type (Basic), the deck and the
          columns are already set.
        </p>
        <a className="button" href={`${apiBase}/me/deck.csv`} download>
          Download deck for Anki (CSV)
        </a>
      </section>
    </article>
  );
}

function Totals({ totals }: { totals: ReviewStatsView['totals'] }) {
  const items: [string, number][] = [
    ['Cards', totals.total],
    ['New', totals.new],
    ['Learning', totals.learning],
    ['Review', totals.review],
    ['Relearning', totals.relearning],
  ];
  return (
    <dl className="stats review-totals" aria-label="Your deck by state">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Retention({ retention }: { retention: ReviewStatsView['trueRetention'] }) {
  const percent = retention.rate === null ? null : Math.round(retention.rate * 1000) / 10;
  return (
    <figure className="review-chart retention">
      <figcaption>True retention, last 30 days</figcaption>
      {percent === null ? (
        <p>
          No reviews of learned cards yet. Retention shows once cards you have learned come back due
          and you review them.
        </p>
      ) : (
        <>
          <p className="retention-value">{percent}%</p>
          <div
            className="retention-bar"
            role="img"
            aria-label={`${percent}% of ${retention.reviews} reviews remembered`}
          >
            <span style={{ width: `${percent}%` }} />
          </div>
          <p>
            Of {retention.reviews} {retention.reviews === 1 ? 'review' : 'reviews'} of learned
            cards, {retention.passed} were not rated Again.
          </p>
        </>
      )}
      <p className="chart-note">
        As Anki counts it: only reviews of cards in the review state, not learning steps.
      </p>
    </figure>
  );
}
