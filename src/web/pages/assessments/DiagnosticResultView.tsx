// A diagnostic result: the score, a bar per module, and (right after answering, or when shown
// again) each question marked right or wrong with the explanation of the chosen option and of
// the right one. And the comparison of two results: per module, and the concepts learned.
import { Link } from 'react-router';
import type { AssessmentComparison, AssessmentRecord } from '../../../api/index.js';
import type { DiagnosticResult } from '../../../learning/assessments/index.js';
import { ComparisonTable, useTopicTitles } from './AssessmentParts.js';
import { ScoreBars } from './ScoreBars.js';
import { percent, signed, takenOn } from './format.js';

type DiagnosticRecord = Extract<AssessmentRecord, { kind: 'diagnostic-start' | 'diagnostic-end' }>;

export const formName = (form: 'start' | 'end') => (form === 'start' ? 'Start form' : 'End form');

export function ModuleBars({ result }: { result: DiagnosticResult }) {
  return (
    <ScoreBars
      label={`${formName(result.form)}: right answers per module`}
      bars={result.modules.map((m) => ({
        id: m.id,
        label: m.title,
        value: m.correct,
        max: m.total,
        text: `${m.correct} of ${m.total}`,
      }))}
    />
  );
}

export function DiagnosticResultView({ record }: { record: DiagnosticRecord }) {
  const { result, feedback } = record;
  const titles = useTopicTitles();
  return (
    <div className="diagnostic-result">
      <p className="score-line">
        <strong>
          {result.correct} of {result.total}
        </strong>{' '}
        right ({percent(result.correct, result.total)}), {formName(result.form).toLowerCase()},{' '}
        {takenOn(record.takenAt)}.
      </p>
      <ModuleBars result={result} />
      {feedback && (
        <ol className="feedback-list">
          {feedback.map((q) => {
            const given = q.choices.find((c) => c.id === q.given);
            const right = q.choices.find((c) => c.correct)!;
            return (
              <li
                key={q.id}
                className={q.correct ? 'feedback feedback-right' : 'feedback feedback-wrong'}
              >
                <p className="feedback-prompt">{q.prompt}</p>
                <p className="feedback-verdict">
                  {q.correct ? '✓ Right' : given ? '✗ Not this one' : '– Left blank'}
                </p>
                {given && (
                  <p>
                    You chose: <em>{given.text}</em> {given.why}
                  </p>
                )}
                {!q.correct && (
                  <p>
                    The best answer: <em>{right.text}</em> {right.why}
                  </p>
                )}
                <p className="muted">
                  Taught in <Link to={`/topics/${q.topic}`}>{titles.get(q.topic) ?? q.topic}</Link>.
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

export function DiagnosticComparisonView({
  comparison,
  later,
}: {
  comparison: Extract<AssessmentComparison, { kind: 'diagnostic' }>;
  /** The later result, for the topics of the concepts learned. */
  later: DiagnosticRecord | undefined;
}) {
  const titles = useTopicTitles();
  const topicOf = new Map(later?.result.questions.map((q) => [q.pair, q.topic]) ?? []);
  const { overall, modules, learned, forgotten } = comparison.comparison;
  return (
    <div className="diagnostic-comparison">
      <p className="score-line">
        <strong>
          {overall.from} → {overall.to}
        </strong>{' '}
        of {overall.total} ({signed(overall.change)}), {takenOn(comparison.from.takenAt)} to{' '}
        {takenOn(comparison.to.takenAt)}.
      </p>
      <ComparisonTable
        caption="Right answers per module, earlier against later"
        subject="Module"
        rows={modules.map((m) => ({
          id: m.id,
          title: m.title,
          earlier: `${m.from} of ${m.total}`,
          later: `${m.to} of ${m.total}`,
          change: signed(m.change),
        }))}
      />
      <p>
        <strong>{learned.length}</strong> {learned.length === 1 ? 'concept' : 'concepts'} right in
        the later result that {learned.length === 1 ? 'was' : 'were'} wrong in the earlier one
        {forgotten.length > 0 && `, and ${forgotten.length} the other way round`}.
      </p>
      {learned.length > 0 && (
        <ul className="learned-list">
          {learned.map((pair) => {
            const topic = topicOf.get(pair);
            return (
              <li key={pair}>
                {topic ? <Link to={`/topics/${topic}`}>{titles.get(topic) ?? topic}</Link> : pair}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
