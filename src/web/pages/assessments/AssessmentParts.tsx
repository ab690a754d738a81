// Pieces the assessment pages share: what happens without an account, the way to the other
// assessments, topic titles for links, and the table that sets an earlier result against a later.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useProgram } from '../../api/client.js';

export function NotSavedNotice() {
  return (
    <p className="notice">
      You can take it and see your result without an account, but the result is not saved.{' '}
      <Link to="/signin">Sign in</Link> or <Link to="/signup">create an account</Link> to keep your
      results and compare them later.
    </p>
  );
}

const pages = [
  { id: 'level', to: '/assessments/level', title: 'Level self-assessment (week 1)' },
  { id: 'archetypes', to: '/assessments/archetypes', title: 'Archetype questionnaire (week 2)' },
  { id: 'diagnostic', to: '/diagnostic', title: 'Program diagnostic (weeks 1 and 20)' },
] as const;

export function AssessmentLinks({ current }: { current: (typeof pages)[number]['id'] }) {
  return (
    <nav className="assessment-links" aria-label="Assessments">
      <h2 className="visually-hidden">Other assessments</h2>
      <ul>
        {pages
          .filter((page) => page.id !== current)
          .map((page) => (
            <li key={page.id}>
              <Link to={page.to}>{page.title}</Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** Topic titles by id, from the program (empty until it has loaded). */
export function useTopicTitles(): Map<string, string> {
  const program = useProgram();
  return new Map(
    program.data?.modules.flatMap((m) =>
      m.weeks.flatMap((w) => w.topics.map((t) => [t.id, t.title] as const)),
    ) ?? [],
  );
}

export interface ComparisonRow {
  id: string;
  title: string;
  earlier: ReactNode;
  later: ReactNode;
  change: ReactNode;
  /** Marks the change as a rise (the level comparison colours a dimension that went up). */
  rose?: boolean;
}

/** Earlier against later, one row per dimension, archetype or module: every comparison's table. */
export function ComparisonTable({
  caption,
  subject,
  rows,
}: {
  caption: ReactNode;
  /** The heading of the first column: what a row is. */
  subject: string;
  rows: ComparisonRow[];
}) {
  return (
    <div className="table-scroll">
      <table className="assessment-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{subject}</th>
            <th scope="col">Earlier</th>
            <th scope="col">Later</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              <td>{r.earlier}</td>
              <td>{r.later}</td>
              <td className={r.rose ? 'change-up' : undefined}>{r.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
