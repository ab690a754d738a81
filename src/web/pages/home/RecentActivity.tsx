// What the learner did lately, newest first. Before anything happens, the way in: week 1's
// first lesson.
import { Link } from 'react-router';
import type { ActivityItem } from '../../../api/index.js';
import { useActivity } from '../../api/activity.js';
import { timeAgo } from './format.js';

const kindLabels: Record<ActivityItem['kind'], string> = {
  'lesson-read': 'Lesson',
  'tested-out': 'Test-out',
  'exercise-done': 'Exercise',
  'quiz-attempt': 'Quiz',
  'lab-passed': 'Lab',
  reviews: 'Reviews',
  assessment: 'Assessment',
};

export function RecentActivity({
  userId,
  now,
  firstTopic,
}: {
  userId: string;
  now: Date;
  firstTopic: { id: string; title: string } | undefined;
}) {
  const activity = useActivity(userId);
  return (
    <section className="home-card recent-activity" aria-labelledby="recent-activity-title">
      <h2 id="recent-activity-title">Recent activity</h2>
      {activity.isPending && <p className="muted">Loading your activity…</p>}
      {activity.isError && (
        <p role="alert">Your activity could not be loaded: {activity.error.message}</p>
      )}
      {activity.data?.items.length === 0 && (
        <p>
          Nothing yet.{' '}
          {firstTopic && (
            <>
              Start with week 1: <Link to={`/topics/${firstTopic.id}`}>{firstTopic.title}</Link>.
            </>
          )}
        </p>
      )}
      {activity.data && activity.data.items.length > 0 && (
        <ol className="activity-list">
          {activity.data.items.map((item, index) => (
            <li key={`${item.kind}-${item.at}-${index}`}>
              <p className="activity-meta">
                <span className="activity-kind">{kindLabels[item.kind]}</span> ·{' '}
                <time dateTime={item.at}>{timeAgo(item.at, now)}</time>
              </p>
              <Link to={item.link}>{item.summary}</Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
