// The self-assessments and the program diagnostic, with when each was last taken: the level and
// archetype assessments belong to weeks 1 and 2, the diagnostic's forms to weeks 1 and 20.
import { Link } from 'react-router';
import type { AssessmentKind } from '../../../api/index.js';
import { useMyAssessments } from '../../api/assessments.js';

const checks: { kind: AssessmentKind; title: string; when: string; to: string }[] = [
  {
    kind: 'level',
    title: 'Level self-assessment',
    when: 'week 1, again later',
    to: '/assessments/level',
  },
  {
    kind: 'archetypes',
    title: 'Archetype assessment',
    when: 'week 2',
    to: '/assessments/archetypes',
  },
  { kind: 'diagnostic-start', title: 'Diagnostic, start form', when: 'week 1', to: '/diagnostic' },
  { kind: 'diagnostic-end', title: 'Diagnostic, end form', when: 'week 20', to: '/diagnostic' },
];

function shortDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

export function SelfChecks({ userId }: { userId: string }) {
  const saved = useMyAssessments(userId);
  return (
    <section className="home-card self-checks" aria-labelledby="self-checks-title">
      <h2 id="self-checks-title">Where you stand</h2>
      {saved.isError && <p role="alert">Your results could not be loaded: {saved.error.message}</p>}
      <ul className="self-check-list">
        {checks.map((check) => {
          const latest = saved.data?.[check.kind][0];
          return (
            <li key={check.kind}>
              <Link to={check.to}>{check.title}</Link>
              <span className="muted">
                {' '}
                · {latest ? `taken ${shortDate(latest.takenAt)}` : `not taken (${check.when})`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
