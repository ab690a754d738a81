// Taking a self-assessment (level or archetypes), as one state machine: the answers being
// edited, the result shown, the two saved results being compared, and submitting. Signed out,
// the result is computed in the browser by the same code the server runs, and nothing is kept;
// signed in, the server scores and keeps it.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AssessmentComparison } from '../../../api/index.js';
import type { Checked } from '../../../learning/assessments/index.js';
import { saveAssessment, useComparison, useMyAssessments } from '../../api/assessments.js';
import { useSession } from '../../api/session.js';

/** The assessments a learner can take signed out; the diagnostic always needs an account. */
export type SelfAssessmentKind = 'level' | 'archetypes';

export type ComparisonOf<K extends SelfAssessmentKind> = Extract<AssessmentComparison, { kind: K }>;

/** A saved result of one kind, as the server sends it (`AssessmentRecord` of that kind). */
export interface SavedResult<Answers, Result> {
  id: string;
  takenAt: string;
  answers: Answers;
  result: Result;
}

export interface ShownResult<Answers, Result> {
  result: Result;
  answers: Answers;
  /** Null when the result was computed in the browser and not saved. */
  takenAt: string | null;
}

/** How the browser checks and scores answers without the server (the pure core's functions). */
export interface LocalScoring<Definition, Answers, Result> {
  check(definition: Definition, input: unknown): Checked<Answers>;
  score(definition: Definition, answers: Answers): Result;
}

export function useAssessmentSession<K extends SelfAssessmentKind, Definition, Answers, Result>(
  kind: K,
  /** Undefined while it loads; `submit` is only offered once it has. */
  definition: Definition | undefined,
  scoring: LocalScoring<Definition, Answers, Result>,
) {
  const session = useSession();
  const userId = session.data?.user.id;
  const saved = useMyAssessments(userId);
  const client = useQueryClient();
  const [shown, setShown] = useState<ShownResult<Answers, Result> | null>(null);
  const [draft, setDraft] = useState<Answers | null>(null);
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null);
  const comparison = useComparison(pair);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const show = (record: SavedResult<Answers, Result>) =>
    setShown({ result: record.result, answers: record.answers, takenAt: record.takenAt });

  const submit = (answers: Answers) => {
    if (definition === undefined) return;
    setError(null);
    setDraft(answers);
    if (!userId) {
      const checked = scoring.check(definition, answers);
      if (checked.ok)
        setShown({ result: scoring.score(definition, checked.answers), answers, takenAt: null });
      else setError(new Error(checked.problems.map((p) => p.message).join('; ')));
      return;
    }
    setBusy(true);
    saveAssessment(client, kind, answers)
      // The server answers with the record of the kind it was sent.
      .then((record) => show(record as unknown as SavedResult<Answers, Result>), setError)
      .finally(() => setBusy(false));
  };

  /** Back to the form, starting from the answers of the result shown. */
  const retake = () => {
    if (shown) setDraft(shown.answers);
    setShown(null);
    window.scrollTo(0, 0);
  };

  return {
    kind,
    userId,
    /** Known to be signed out (not merely still asking the server). */
    signedOut: !userId && !session.isPending,
    saved,
    // The server lists each kind's results under that kind, so these are of `kind`.
    records: (saved.data?.[kind] ?? []) as SavedResult<Answers, Result>[],
    shown,
    show,
    retake,
    draft,
    busy,
    error,
    submit,
    compare: setPair,
    comparison,
    compared: comparison.data?.kind === kind ? (comparison.data as ComparisonOf<K>) : undefined,
  };
}

export type AssessmentSession<K extends SelfAssessmentKind, Answers, Result> = ReturnType<
  typeof useAssessmentSession<K, unknown, Answers, Result>
>;
