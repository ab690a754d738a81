import { Link } from 'react-router';
import type { PracticeRef } from '../../api/index.js';
import { useLabs } from '../api/client.js';

/** Tools with a page of their own, by practice id. */
const toolPages: Record<string, string> = {
  'level-assessment': '/assessments/level',
  'archetype-assessment': '/assessments/archetypes',
};

const kindLabels: Record<PracticeRef['kind'], string> = {
  lab: 'Lab',
  tool: 'Tool',
  artifact: 'Artifact',
  exercise: 'Exercise',
};

/**
 * The practice of a topic as small labels: kind, title and whether it is built yet. A lab whose
 * file exists (GET /api/v1/labs lists it) is a link to its page, and no longer "planned"; so is
 * an available tool that has a page.
 */
export function PracticeChips({
  practice,
  compact = false,
}: {
  practice: PracticeRef[];
  compact?: boolean;
}) {
  const labs = useLabs();
  if (practice.length === 0) return null;
  const labIds = new Set(labs.data?.map((lab) => lab.id) ?? []);
  return (
    <ul className={`chips${compact ? ' chips-compact' : ''}`} aria-label="Practice">
      {practice.map((p) => {
        const lab = p.kind === 'lab' && labIds.has(p.id);
        const planned = p.status === 'planned' && !lab;
        const page = lab
          ? `/labs/${p.id}`
          : p.kind === 'tool' && !planned
            ? toolPages[p.id]
            : undefined;
        const text = compact ? kindLabels[p.kind] : p.title;
        return (
          <li key={p.id} className={`chip chip-${p.kind}${planned ? ' chip-planned' : ''}`}>
            {compact ? null : <span className="chip-kind">{kindLabels[p.kind]}</span>}
            {page ? (
              <Link
                className={compact ? 'chip-kind chip-link' : 'chip-title chip-link'}
                to={page}
                aria-label={compact ? `${kindLabels[p.kind]}: ${p.title}` : undefined}
              >
                {text}
              </Link>
            ) : compact ? (
              <span className="chip-kind">{text}</span>
            ) : (
              <span className="chip-title">{text}</span>
            )}
            {planned && <span className="chip-status">{compact ? '· planned' : 'planned'}</span>}
          </li>
        );
      })}
    </ul>
  );
}
