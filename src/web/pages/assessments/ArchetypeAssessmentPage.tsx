// /assessments/archetypes: take the week-2 archetype questionnaire, see the primary and
// secondary archetype with their interpretation, and (signed in) keep and compare results.
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AssessmentRecord } from '../../../api/index.js';
import {
  checkArchetypeAnswers,
  scoreArchetypes,
  type ArchetypeAnswers,
  type ArchetypeResult,
} from '../../../learning/assessments/index.js';
import {
  saveAssessment,
  useArchetypeDefinition,
  useComparison,
  useMyAssessments,
} from '../../api/assessments.js';
import { useSession } from '../../api/session.js';
import { FormError } from '../../app/forms.js';
import { LoadError, Loading } from '../../app/states.js';
import { AssessmentLinks, NotSavedNotice } from './AssessmentParts.js';
import { ArchetypeForm } from './ArchetypeForm.js';
import { ArchetypeComparisonView, ArchetypeResultView } from './ArchetypeResultView.js';
import { SavedResults } from './SavedResults.js';
import { takenOn } from './format.js';
import '../../styles/assessments.css';

type ArchetypeRecord = Extract<AssessmentRecord, { kind: 'archetypes' }>;

interface Shown {
  result: ArchetypeResult;
  answers: ArchetypeAnswers;
  takenAt: string | null;
}

export function ArchetypeAssessmentPage() {
  const definition = useArchetypeDefinition();
  const session = useSession();
  const userId = session.data?.user.id;
  const saved = useMyAssessments(userId);
  const client = useQueryClient();
  const [shown, setShown] = useState<Shown | null>(null);
  const [draft, setDraft] = useState<ArchetypeAnswers | null>(null);
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

  if (definition.isPending) return <Loading what="the questionnaire" />;
  if (definition.isError) return <LoadError error={definition.error} />;
  const def = definition.data;

  const submit = (answers: ArchetypeAnswers) => {
    setError(null);
    setDraft(answers);
    if (!userId) {
      const checked = checkArchetypeAnswers(def, answers);
      if (checked.ok)
        setShown({ result: scoreArchetypes(def, checked.answers), answers, takenAt: null });
      else setError(new Error(checked.problems.map((p) => p.message).join('; ')));
      return;
    }
    setBusy(true);
    saveAssessment(client, 'archetypes', answers)
      .then((record) => {
        const saved = record as ArchetypeRecord;
        setShown({ result: saved.result, answers: saved.answers, takenAt: saved.takenAt });
      }, setError)
      .finally(() => setBusy(false));
  };
  const records = (saved.data?.archetypes ?? []) as ArchetypeRecord[];
  const titleOf = (id: string) => def.archetypes.find((a) => a.id === id)?.title ?? id;

  return (
    <article className="assessment-page">
      <p className="eyebrow">Week 2 · Questionnaire</p>
      <h1 tabIndex={-1}>{def.title}</h1>
      <p className="lede">{def.intro}</p>
      <details className="scoring-note">
        <summary>How it is scored</summary>
        <p>{def.scoring.description}</p>
      </details>
      {!userId && !session.isPending && <NotSavedNotice />}
      {shown ? (
        <section aria-labelledby="archetype-result-title" className="assessment-result">
          <h2 id="archetype-result-title" ref={resultHeading} tabIndex={-1}>
            {shown.takenAt ? `Your result of ${takenOn(shown.takenAt)}` : 'Your result'}
          </h2>
          {!shown.takenAt && (
            <p className="notice">
              This result is not saved. Sign in to save it and compare it later.
            </p>
          )}
          <ArchetypeResultView definition={def} result={shown.result} />
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
          <ArchetypeForm
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
        <section aria-labelledby="archetype-saved-title" className="assessment-saved">
          <h2 id="archetype-saved-title">Your past results</h2>
          {saved.isPending ? (
            <Loading what="your results" />
          ) : (
            <SavedResults
              records={records}
              summary={(r) => `${titleOf(r.result.primary)}, then ${titleOf(r.result.secondary)}`}
              onShow={(r) => setShown({ result: r.result, answers: r.answers, takenAt: r.takenAt })}
              onCompare={setPair}
            />
          )}
          {comparison.isError && <FormError error={comparison.error} />}
          {comparison.data?.kind === 'archetypes' && (
            <>
              <h3 ref={compareHeading} tabIndex={-1}>
                Compared: {takenOn(comparison.data.from.takenAt)} and{' '}
                {takenOn(comparison.data.to.takenAt)}
              </h3>
              <ArchetypeComparisonView comparison={comparison.data} />
            </>
          )}
        </section>
      )}
      <AssessmentLinks current="archetypes" />
    </article>
  );
}
