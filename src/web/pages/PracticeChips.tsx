import type { PracticeRef } from '../../api/index.js';

const kindLabels: Record<PracticeRef['kind'], string> = {
  lab: 'Lab',
  tool: 'Tool',
  artifact: 'Artifact',
  exercise: 'Exercise',
};

/** The practice of a topic as small labels: kind, title and whether it is built yet. */
export function PracticeChips({
  practice,
  compact = false,
}: {
  practice: PracticeRef[];
  compact?: boolean;
}) {
  if (practice.length === 0) return null;
  return (
    <ul className={`chips${compact ? ' chips-compact' : ''}`} aria-label="Practice">
      {practice.map((p) => (
        <li
          key={p.id}
          className={`chip chip-${p.kind}${p.status === 'planned' ? ' chip-planned' : ''}`}
        >
          <span className="chip-kind">{kindLabels[p.kind]}</span>
          {!compact && <span className="chip-title">{p.title}</span>}
          {p.status === 'planned' && (
            <span className="chip-status">{compact ? '· planned' : 'planned'}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
