// The one thing to do next: the first part left of the first unfinished topic of this week
// (else of the program), as the progress API names it.
import { Link } from 'react-router';
import type { ProgressView } from '../../../api/index.js';
import { partLink } from './topic-parts.js';

const actions = {
  read: { verb: 'Read', button: 'Read the lesson' },
  practice: { verb: 'Practise', button: 'Open the practice' },
  check: { verb: 'Pass the quiz on', button: 'Take the quiz' },
} as const;

export function NextStep({ progress }: { progress: ProgressView }) {
  const next = progress.nextStep;
  if (!next)
    return (
      <section className="home-card next-step" aria-labelledby="next-step-title">
        <h2 id="next-step-title">Every topic is complete</h2>
        <p>
          See what the 20 weeks changed: take the closing program diagnostic and compare it with
          your first.
        </p>
        <Link className="button button-primary" to="/diagnostic">
          Open the diagnostic
        </Link>
      </section>
    );
  const action = actions[next.part];
  const where =
    progress.currentWeek === null || next.inCurrentWeek
      ? `Week ${next.week}`
      : `Week ${next.week}, still open before week ${progress.currentWeek}`;
  return (
    <section className="home-card next-step" aria-labelledby="next-step-title">
      <p className="eyebrow">Next step · {where}</p>
      <h2 id="next-step-title">
        {action.verb} “{next.title}”
      </h2>
      <Link className="button button-primary" to={partLink(next.topicId, next.part)}>
        {action.button}
      </Link>
    </section>
  );
}
