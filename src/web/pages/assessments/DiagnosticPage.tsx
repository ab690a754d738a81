// /diagnostic: what the two forms are for, the learner's results with a bar per module, and,
// once both forms are taken, the latest start against the latest end (or any two, picked).
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { AssessmentRecord } from '../../../api/index.js';
import {
  useAssessment,
  useComparison,
  useDiagnosticForm,
  useMyAssessments,
} from '../../api/assessments.js';
import { useSession } from '../../api/session.js';
import { FormError } from '../../app/forms.js';
import { Loading } from '../../app/states.js';
import { AssessmentLinks } from './AssessmentParts.js';
import {
  DiagnosticComparisonView,
  DiagnosticResultView,
  formName,
  ModuleBars,
} from './DiagnosticResultView.js';
import { SavedResults } from './SavedResults.js';
import { percent, takenOn } from './format.js';
import '../../styles/assessments.css';

type DiagnosticRecord = Extract<AssessmentRecord, { kind: 'diagnostic-start' | 'diagnostic-end' }>;

export function DiagnosticPage() {
  const session = useSession();
  const userId = session.data?.user.id;
  const saved = useMyAssessments(userId);
  const intro = useDiagnosticForm('start');
  const [picked, setPicked] = useState<{ from: string; to: string } | null>(null);
  const [shown, setShown] = useState<DiagnosticRecord | null>(null);
  const shownHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shown) shownHeading.current?.focus();
  }, [shown]);

  const starts = (saved.data?.['diagnostic-start'] ?? []) as DiagnosticRecord[];
  const ends = (saved.data?.['diagnostic-end'] ?? []) as DiagnosticRecord[];
  const all = [...starts, ...ends].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  // By default, the latest start form against the latest end form.
  const latestPair = starts[0] && ends[0] ? { from: starts[0].id, to: ends[0].id } : null;
  const pair = picked ?? latestPair;
  const comparison = useComparison(pair);
  const later = all.find((r) => r.id === pair?.to);
  // The list leaves the explanations out; the one result shown comes with them.
  const withFeedback = useAssessment(shown?.id);

  return (
    <article className="assessment-page">
      <p className="eyebrow">Weeks 1 and 20 · Program diagnostic</p>
      <h1 tabIndex={-1}>{intro.data?.title ?? 'Program diagnostic'}</h1>
      {intro.data && <p className="lede">{intro.data.intro}</p>}
      <div className="form-cards">
        {(['start', 'end'] as const).map((form) => {
          const latest = form === 'start' ? starts[0] : ends[0];
          return (
            <section key={form} className="form-card" aria-labelledby={`form-${form}`}>
              <h2 id={`form-${form}`}>{formName(form)}</h2>
              <p>
                {form === 'start'
                  ? 'Take it in week 1, before the lessons: it records what you know now.'
                  : 'Take it in week 20: the same concepts in new scenarios, to show what you learned.'}{' '}
                You can take either form at any time, and again later.
              </p>
              {latest && (
                <p className="muted">
                  Last taken {takenOn(latest.takenAt)}: {latest.result.correct} of{' '}
                  {latest.result.total} ({percent(latest.result.correct, latest.result.total)}).
                </p>
              )}
              <Link className="button button-primary" to={`/diagnostic/${form}`}>
                {latest ? `Take the ${form} form again` : `Take the ${form} form`}
              </Link>
            </section>
          );
        })}
      </div>
      {!userId && !session.isPending && (
        <p className="notice">
          The diagnostic compares two saved results, so it needs an account.{' '}
          <Link to="/signin">Sign in</Link> or <Link to="/signup">create an account</Link> first.
        </p>
      )}
      {userId && saved.isPending && <Loading what="your results" />}
      {userId && saved.data && (
        <>
          {(starts[0] || ends[0]) && (
            <section aria-labelledby="latest-title">
              <h2 id="latest-title">Your latest results by module</h2>
              <div className="form-cards">
                {[starts[0], ends[0]].map(
                  (record) =>
                    record && (
                      <div key={record.id} className="form-card">
                        <h3>
                          {formName(record.result.form)}: {record.result.correct} of{' '}
                          {record.result.total}
                        </h3>
                        <ModuleBars result={record.result} />
                      </div>
                    ),
                )}
              </div>
            </section>
          )}
          {comparison.data?.kind === 'diagnostic' && (
            <section aria-labelledby="comparison-title">
              <h2 id="comparison-title">{picked ? 'The two you picked' : 'Start against end'}</h2>
              <DiagnosticComparisonView comparison={comparison.data} later={later} />
            </section>
          )}
          {comparison.isError && <FormError error={comparison.error} />}
          <section aria-labelledby="all-title">
            <h2 id="all-title">All your diagnostic results</h2>
            <SavedResults
              records={all}
              summary={(r) =>
                `${formName(r.result.form).toLowerCase()}, ${r.result.correct} of ${r.result.total}`
              }
              onShow={setShown}
              onCompare={setPicked}
            />
          </section>
          {shown && (
            <section aria-labelledby="shown-title">
              <h2 id="shown-title" ref={shownHeading} tabIndex={-1}>
                {formName(shown.result.form)} of {takenOn(shown.takenAt)}
              </h2>
              <DiagnosticResultView
                record={(withFeedback.data as DiagnosticRecord | undefined) ?? shown}
              />
            </section>
          )}
        </>
      )}
      <AssessmentLinks current="diagnostic" />
    </article>
  );
}
