// An archetype result: primary and secondary with their totals, a bar per archetype, the
// interpretation, and the neighbouring interpretations when totals are close. And the
// comparison of two results: each total's change, and whether primary or secondary moved.
import type { AssessmentComparison } from '../../../api/index.js';
import type { ArchetypeAssessment } from '../../../curriculum/schema/assessments.js';
import { closeCallPoints, type ArchetypeResult } from '../../../learning/assessments/index.js';
import { ComparisonTable } from './AssessmentParts.js';
import { ScoreBars } from './ScoreBars.js';
import { signed, takenOn } from './format.js';

/** The most points an archetype can collect: each item's best option for it, summed. */
export function maxPoints(definition: ArchetypeAssessment): number {
  return Math.max(
    ...definition.archetypes.map((a) =>
      definition.items.reduce(
        (sum, item) => sum + Math.max(...item.options.map((o) => o.scores[a.id] ?? 0)),
        0,
      ),
    ),
  );
}

export function ArchetypeResultView({
  definition,
  result,
}: {
  definition: ArchetypeAssessment;
  result: ArchetypeResult;
}) {
  const titleOf = (id: string) => definition.archetypes.find((a) => a.id === id)?.title ?? id;
  const scoreOf = (id: string) => result.ranking.find((a) => a.id === id)?.score ?? 0;
  const max = maxPoints(definition);
  return (
    <div className="archetype-result">
      <dl className="archetype-pair">
        <div>
          <dt>Primary</dt>
          <dd>
            {titleOf(result.primary)}{' '}
            <span className="muted">· {scoreOf(result.primary)} points</span>
          </dd>
        </div>
        <div>
          <dt>Secondary</dt>
          <dd>
            {titleOf(result.secondary)}{' '}
            <span className="muted">· {scoreOf(result.secondary)} points</span>
          </dd>
        </div>
      </dl>
      <ScoreBars
        label="Points per archetype, highest first"
        bars={result.ranking.map((a) => ({
          id: a.id,
          label: a.title,
          value: a.score,
          max,
          text: `${a.score} points`,
          highlight: a.id === result.primary || a.id === result.secondary,
        }))}
      />
      <p className="muted">
        Highest first, out of a possible {max}. Equal totals rank in the order{' '}
        {definition.archetypes.map((a) => a.title).join(', ')}: the archetype listed first ranks
        higher.
      </p>
      <h3>
        {titleOf(result.primary)}, then {titleOf(result.secondary)}
      </h3>
      <p>{result.interpretation ?? 'There is no interpretation for this pair yet.'}</p>
      {result.closeCalls.length > 0 && (
        <div className="close-calls">
          <h3>Close totals</h3>
          <p>
            Some of your totals are within {closeCallPoints} points of each other, so read these
            too, and let your calendar decide.
          </p>
          {result.closeCalls.map((c) => (
            <section
              key={`${c.primary}/${c.secondary}`}
              aria-label={`${titleOf(c.primary)}, then ${titleOf(c.secondary)}`}
            >
              <h4>
                {titleOf(c.primary)}, then {titleOf(c.secondary)}
              </h4>
              <p>{c.text}</p>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

export function ArchetypeComparisonView({
  comparison,
}: {
  comparison: Extract<AssessmentComparison, { kind: 'archetypes' }>;
}) {
  const { archetypes, primary, secondary } = comparison.comparison;
  const titleOf = (id: string) => archetypes.find((a) => a.id === id)?.title ?? id;
  const from = takenOn(comparison.from.takenAt);
  const to = takenOn(comparison.to.takenAt);
  const moved = (p: { from: string; to: string }) =>
    p.from === p.to ? `${titleOf(p.to)} both times` : `${titleOf(p.from)}, then ${titleOf(p.to)}`;
  return (
    <div className="archetype-comparison">
      <p>
        Primary: {moved(primary)}. Secondary: {moved(secondary)}.
      </p>
      <ComparisonTable
        caption={`Points per archetype, ${from} against ${to}`}
        subject="Archetype"
        rows={archetypes.map((a) => ({
          id: a.id,
          title: a.title,
          earlier: a.from,
          later: a.to,
          change: signed(a.change),
        }))}
      />
    </div>
  );
}
