// The parts of a self-assessment page that follow the session rather than the assessment: the
// form or the result just taken, and (signed in) the past results with two of them compared.
// Each moves the focus to its heading when what it shows appears, for keyboard and screen-reader
// users.
import { useEffect, useRef, type ReactNode } from 'react';
import { FormError } from '../../app/forms.js';
import { Loading } from '../../app/states.js';
import { SavedResults } from './SavedResults.js';
import { takenOn } from './format.js';
import type {
  AssessmentSession,
  ComparisonOf,
  SavedResult,
  SelfAssessmentKind,
  ShownResult,
} from './use-assessment-session.js';

/** The form until a result is shown, then the result with a way back to the form. */
export function FormOrResult<K extends SelfAssessmentKind, Answers, Result>({
  session,
  form,
  result,
}: {
  session: AssessmentSession<K, Answers, Result>;
  /** The form, given the submit label that says whether submitting saves. */
  form: (submitLabel: string) => ReactNode;
  result: (shown: ShownResult<Answers, Result>) => ReactNode;
}) {
  const { shown } = session;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  if (!shown)
    return (
      <>
        {form(session.userId ? 'Save and see my result' : 'See my result')}
        <FormError error={session.error} />
      </>
    );
  return (
    <section aria-labelledby={`${session.kind}-result-title`} className="assessment-result">
      <h2 id={`${session.kind}-result-title`} ref={heading} tabIndex={-1}>
        {shown.takenAt ? `Your result of ${takenOn(shown.takenAt)}` : 'Your result'}
      </h2>
      {!shown.takenAt && (
        <p className="notice">This result is not saved. Sign in to save it and compare it later.</p>
      )}
      {result(shown)}
      <button type="button" className="button" onClick={session.retake}>
        Take it again
      </button>
    </section>
  );
}

/** Signed in: the saved results, newest first, and the comparison of the two picked. */
export function PastResults<K extends SelfAssessmentKind, Answers, Result>({
  session,
  summary,
  comparison,
}: {
  session: AssessmentSession<K, Answers, Result>;
  summary: (record: SavedResult<Answers, Result>) => string;
  comparison: (compared: ComparisonOf<K>) => ReactNode;
}) {
  const { compared, comparison: comparing } = session;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (comparing.data) heading.current?.focus();
  }, [comparing.data]);
  if (!session.userId) return null;
  return (
    <section aria-labelledby={`${session.kind}-saved-title`} className="assessment-saved">
      <h2 id={`${session.kind}-saved-title`}>Your past results</h2>
      {session.saved.isPending ? (
        <Loading what="your results" />
      ) : (
        <SavedResults
          records={session.records}
          summary={summary}
          onShow={session.show}
          onCompare={session.compare}
        />
      )}
      {comparing.isError && <FormError error={comparing.error} />}
      {compared && (
        <>
          <h3 ref={heading} tabIndex={-1}>
            Compared: {takenOn(compared.from.takenAt)} and {takenOn(compared.to.takenAt)}
          </h3>
          {comparison(compared)}
        </>
      )}
    </section>
  );
}
