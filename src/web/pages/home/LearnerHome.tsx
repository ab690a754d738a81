// A signed-in learner's home: the next step, this week, reviews due, progress by module,
// recent activity and the self-checks — each with an empty state that says what to do first.
import type { SessionUser } from '../../api/session.js';
import { useProgress } from '../../api/learning.js';
import { LoadError, Loading } from '../../app/states.js';
import { ModuleProgress } from './ModuleProgress.js';
import { NextStep } from './NextStep.js';
import { RecentActivity } from './RecentActivity.js';
import { ReviewsDue } from './ReviewsDue.js';
import { SelfChecks } from './SelfChecks.js';
import { ThisWeek } from './ThisWeek.js';
import '../../styles/home.css';

export function LearnerHome({ user }: { user: SessionUser }) {
  const progress = useProgress(user.id);
  if (progress.isPending) return <Loading what="your progress" />;
  if (progress.isError) return <LoadError error={progress.error} />;
  const now = new Date();
  const first = progress.data.topics[0];
  return (
    <div className="learner-home">
      <header className="learner-home-header">
        <p className="eyebrow">Your program</p>
        <h1 tabIndex={-1}>Hello, {user.name}</h1>
      </header>
      <NextStep progress={progress.data} />
      <div className="home-grid">
        <ThisWeek progress={progress.data} />
        {/* The short cards stack in a column of their own beside the long ones on a wide
            screen, instead of leaving a gap under each; on a phone they follow this week. */}
        <div className="home-side">
          <ReviewsDue now={now} />
          <RecentActivity
            userId={user.id}
            now={now}
            firstTopic={first && { id: first.topicId, title: first.title }}
          />
        </div>
        <ModuleProgress progress={progress.data} />
        <SelfChecks userId={user.id} />
      </div>
    </div>
  );
}
