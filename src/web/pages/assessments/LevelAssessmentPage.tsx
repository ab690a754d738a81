// /assessments/level: take the week-1 level self-assessment, see the result, and (signed in)
// keep it, look at past results and compare two of them. Signed out, the result is computed in
// the browser by the same code the server runs, and nothing is kept.
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AssessmentRecord } from '../../../api/index.js';
import {
  checkLevelAnswers,
  scoreLevel,
  type LevelAnswers,
  type LevelResult,
} from '../../../learning/assessments/index.js';
import {
  saveAssessment,
  useComparison,
  useLevelDefinition,
  useMyAssessments,
} from '../../api/assessments.js';
import { useSession } from '../../api/session.js';
import { FormError } from '../../app/forms.js';
import { LoadError, Loading } from '../../app/states.js';
import { AssessmentLinks, NotSavedNotice } from './AssessmentParts.js';
import { LevelForm } from './LevelForm.js';
import { LevelComparisonView, LevelResultView } from './LevelResultView.js';
import { SavedResults } from './SavedResults.js';
import { takenOn } from './format.js';
import '../../styles/assessments.css';

type LevelRecord = Extract<AssessmentRecord, { kind: 'level' }>;

interface Shown {
  result: LevelResult;
  answers: LevelAnswers;
  /** Null when the result was computed in the browser and not saved. */
  takenAt: string | null;
}

export function LevelAssessmentPage() {
  const definition = useLevelDefinition();
  const session = useSession();
  const userId = session.data?.user.id;
  const saved = useMyAssessments(userId);
  const client = useQueryClient();
  const [shown, setShown] = useState<Shown | null>(null);
  const [draft, setDraft] = useState<LevelAnswers | null>(null);
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null);
  const comparison = useComparison(pair);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const compareHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (shown) resultHeading.current?.focus();
  }, [shown]);
  useEffect(() => {
    if (comparison.data) compareHeading.current?.focus();
  }, [comparison.data]);

  if (definition.isPending) return <Loading what="the self-assessment" />;
  if (definition.isError) return <LoadError error={definition.error} />;
  const def = definition.data;

  const submit = (answers: LevelAnswers) => {
    setError(null);
    setDraft(answers);
    if (!userId) {
      const checked = checkLevelAnswers(def, answers);
      if (checked.ok)
        setShown({ result: scoreLevel(def, checked.answers), answers, takenAt: null });
      else setError(new Error(checked.problems.map((p) => p.message).join('; ')));
      return;
    }
    setBusy(true);
    saveAssessment(client, 'level', answers)
      .then((record) => {
        const level = record as LevelRecord;
        setShown({ result: level.result, answers: level.answers, takenAt: level.takenAt });
      }, setError)
      .finally(() => setBusy(false));
  };
  const show = (record: LevelRecord) =>
    setShown({ result: record.result, answers: record.answers, takenAt: record.takenAt });
  const records = (saved.data?.level ?? []) as LevelRecord[];

  return (
    <article className="assessment-page">
      <p className="eyebrow">Week 1 · Self-assessment</p>
      <h1 tabIndex={-1}>{def.title}</h1>
      <p className="lede">{def.intro}</p>
      {!userId && !session.isPending && <NotSavedNotice />}
      {shown ? (
        <section aria-labelledby="level-result-title" className="assessment-result">
          <h2 id="level-result-title" ref={resultHeading} tabIndex={-1}>
            {shown.takenAt ? `Your result of ${takenOn(shown.takenAt)}` : 'Your result'}
          </h2>
          {!shown.takenAt && (
            <p className="notice">
              This result is not saved. Sign in to save it and compare it later.
            </p>
          )}
          <LevelResultView definition={def} result={shown.result} />
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(shown.answers);
              setShown(null);
              window.scrollTo(0, 0);
            }}
          >
            Take it again
          </button>
        </section>
      ) : (
        <>
          <LevelForm
            definition={def}
            initial={draft}
            busy={busy}
            submitLabel={userId ? 'Save and see my result' : 'See my result'}
            onSubmit={submit}
          />
          <FormError error={error} />
        </>
      )}
      {userId && (
        <section aria-labelledby="level-saved-title" className="assessment-saved">
          <h2 id="level-saved-title">Your past results</h2>
          {saved.isPending ? (
            <Loading what="your results" />
          ) : (
            <SavedResults
              records={records}
              summary={(r) => `target ${r.result.target === 3 ? 'Principal' : 'Staff'}`}
              onShow={show}
              onCompare={setPair}
            />
          )}
          {comparison.isError && <FormError error={comparison.error} />}
          {comparison.data?.kind === 'level' && (
            <>
              <h3 ref={compareHeading} tabIndex={-1}>
                Compared: {takenOn(comparison.data.from.takenAt)} and{' '}
                {takenOn(comparison.data.to.takenAt)}
              </h3>
              <LevelComparisonView comparison={comparison.data} />
            </>
          )}
        </section>
      )}
      <AssessmentLinks current="level" />
    </article>
  );
}
