// A level self-assessment result: the radar of counted placements against the Staff and
// Principal expectations, the same numbers as a table, and the two largest gaps with what to
// produce next. And the comparison of two results: both polygons, and the change per dimension.
import { Link } from 'react-router';
import type { AssessmentComparison } from '../../../api/index.js';
import type { LevelAssessment } from '../../../curriculum/schema/assessments.js';
import {
  levelNames,
  placementLabel,
  type LevelResult,
} from '../../../learning/assessments/index.js';
import { ComparisonTable, useTopicTitles } from './AssessmentParts.js';
import { RadarChart } from './RadarChart.js';
import { signed, takenOn } from './format.js';

const describeValues = (titles: string[], values: number[]) =>
  titles.map((title, i) => `${title} ${values[i]}`).join(', ');

export function LevelResultView({
  definition,
  result,
}: {
  definition: LevelAssessment;
  result: LevelResult;
}) {
  const topicTitles = useTopicTitles();
  const titles = result.dimensions.map((d) => d.title);
  const counted = result.dimensions.map((d) => d.counted);
  const byId = new Map(definition.dimensions.map((d) => [d.id, d]));
  const demoted = result.dimensions.filter((d) => d.counted !== d.placement);
  const targetName = levelNames[result.target];
  return (
    <div className="level-result">
      <RadarChart
        axes={titles}
        title="Your placements against the Staff and Principal expectations"
        description={`Counted placements: ${describeValues(titles, counted)}. The Staff expectation is 2 on every dimension and the Principal expectation 3.`}
        series={[
          { label: 'Principal expectation (3)', style: 'principal', values: titles.map(() => 3) },
          { label: 'Staff expectation (2)', style: 'staff', values: titles.map(() => 2) },
          { label: 'You (counted placement)', style: 'you', values: counted },
        ]}
      />
      <div className="table-scroll">
        <table className="assessment-table">
          <caption>
            Your placements against your target, {targetName} ({result.target})
          </caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">You placed</th>
              <th scope="col">Counts as</th>
              <th scope="col">Gap</th>
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>{d.placement}</td>
                <td>
                  {d.counted}
                  {d.counted !== d.placement && <span className="muted"> (no evidence)</span>}
                </td>
                <td>{d.gap > 0 ? d.gap : d.gap === 0 ? '0' : `${signed(d.gap)} (past)`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {demoted.length > 0 && (
        <p className="muted">
          {demoted.map((d) => d.title).join(', ')}: placed above Senior without evidence, so counted
          as Senior (1). Add a named artifact to count the placement.
        </p>
      )}
      <h3>Your two largest gaps</h3>
      {result.largestGaps.length === 0 ? (
        <p>
          You are at or past {targetName} on every dimension. Set a higher target to find the next
          gap.
        </p>
      ) : (
        <ol className="gap-list">
          {result.largestGaps.map((id) => {
            const d = result.dimensions.find((x) => x.id === id)!;
            const dimension = byId.get(id);
            return (
              <li key={id}>
                <strong>{d.title}</strong>: {placementLabel(d.counted)} against {targetName}, a gap
                of {d.gap}.{dimension && <p>What to produce next: {dimension.evidence}</p>}
                {dimension && dimension.topics.length > 0 && (
                  <p>
                    Lessons that work on it:{' '}
                    {dimension.topics.map((topic, i) => (
                      <span key={topic}>
                        {i > 0 && ', '}
                        <Link to={`/topics/${topic}`}>{topicTitles.get(topic) ?? topic}</Link>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p className="muted">
        Equal gaps are ranked by how long their evidence takes to produce, slowest first:{' '}
        {definition.slowestEvidenceFirst.map((id) => byId.get(id)?.title ?? id).join(', ')}.
      </p>
    </div>
  );
}

export function LevelComparisonView({
  comparison,
}: {
  comparison: Extract<AssessmentComparison, { kind: 'level' }>;
}) {
  const rows = comparison.comparison.dimensions;
  const both = rows.filter((r) => r.from !== null && r.to !== null);
  const titles = both.map((r) => r.title);
  const from = takenOn(comparison.from.takenAt);
  const to = takenOn(comparison.to.takenAt);
  const { target } = comparison.comparison;
  return (
    <div className="level-comparison">
      <RadarChart
        axes={titles}
        title={`Your counted placements on ${from} and on ${to}`}
        description={`On ${from}: ${describeValues(
          titles,
          both.map((r) => r.from!),
        )}. On ${to}: ${describeValues(
          titles,
          both.map((r) => r.to!),
        )}.`}
        series={[
          { label: 'Staff expectation (2)', style: 'staff', values: titles.map(() => 2) },
          { label: `Earlier: ${from}`, style: 'earlier', values: both.map((r) => r.from!) },
          { label: `Later: ${to}`, style: 'you', values: both.map((r) => r.to!) },
        ]}
      />
      <ComparisonTable
        caption={
          <>
            Counted placements, {from} against {to}
            {target.from !== target.to &&
              ` (target ${levelNames[target.from]} then ${levelNames[target.to]})`}
          </>
        }
        subject="Dimension"
        rows={rows.map((r) => ({
          id: r.id,
          title: r.title,
          earlier: r.from ?? '—',
          later: r.to ?? '—',
          change: r.change === null ? '—' : signed(r.change),
          rose: r.change !== null && r.change > 0,
        }))}
      />
    </div>
  );
}
