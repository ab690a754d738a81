// /diagnostic/start and /diagnostic/end: answer one form, then read the feedback on every
// question. Results are saved, because the point of the diagnostic is comparing two of them.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { AssessmentRecord } from '../../../api/index.js';
import { saveAssessment, useDiagnosticForm } from '../../api/assessments.js';
import { useSession } from '../../api/session.js';
import { FormError } from '../../app/forms.js';
import { LoadError, Loading, NotFound } from '../../app/states.js';
import { SignInFirst } from '../account/AccountPage.js';
import { DiagnosticResultView, formName } from './DiagnosticResultView.js';
import '../../styles/assessments.css';

type DiagnosticRecord = Extract<AssessmentRecord, { kind: 'diagnostic-start' | 'diagnostic-end' }>;

/** The value of the "not yet" option: the question is left out of the answers. */
const blank = '';

export function DiagnosticFormPage() {
  const { form = '' } = useParams();
  if (form !== 'start' && form !== 'end') return <NotFound />;
  return <DiagnosticForm key={form} form={form} />;
}

function DiagnosticForm({ form }: { form: 'start' | 'end' }) {
  const session = useSession();
  const questions = useDiagnosticForm(form);
  const client = useQueryClient();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [record, setRecord] = useState<DiagnosticRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (record) resultHeading.current?.focus();
  }, [record]);

  if (session.isPending || questions.isPending) return <Loading what="the diagnostic" />;
  if (!session.data) return <SignInFirst />;
  if (questions.isError) return <LoadError error={questions.error} />;
  const view = questions.data;
  const answered = view.questions.filter((q) => (chosen[q.id] ?? blank) !== blank).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const answers = Object.fromEntries(Object.entries(chosen).filter(([, c]) => c !== blank));
    saveAssessment(client, `diagnostic-${form}`, { questions: answers })
      .then((saved) => setRecord(saved as DiagnosticRecord), setError)
      .finally(() => setBusy(false));
  };

  return (
    <article className="assessment-page">
      <p className="eyebrow">{form === 'start' ? 'Week 1' : 'Week 20'} · Program diagnostic</p>
      <h1 tabIndex={-1}>
        {view.title}: {formName(form).toLowerCase()}
      </h1>
      {record ? (
        <section aria-labelledby="diagnostic-result-title" className="assessment-result">
          <h2 id="diagnostic-result-title" ref={resultHeading} tabIndex={-1}>
            Your result, with feedback
          </h2>
          <DiagnosticResultView record={record} />
          <p>
            <Link to="/diagnostic">See all your diagnostic results and compare them</Link>
          </p>
        </section>
      ) : (
        <>
          <p className="lede">{view.intro}</p>
          <form className="diagnostic-form" onSubmit={submit} noValidate>
            {view.questions.map((q, n) => (
              <fieldset key={q.id} className="assessment-item">
                <legend className="assessment-item-title">
                  <span className="assessment-item-number">{n + 1}</span> {q.prompt}
                </legend>
                <div className="option-list">
                  {[...q.choices, { id: blank, text: 'I don’t know yet (counts as wrong)' }].map(
                    (choice) => (
                      <label
                        key={choice.id || 'blank'}
                        className={choice.id === blank ? 'option option-blank' : 'option'}
                      >
                        <input
                          type="radio"
                          name={q.id}
                          value={choice.id}
                          checked={(chosen[q.id] ?? blank) === choice.id}
                          onChange={() => setChosen((now) => ({ ...now, [q.id]: choice.id }))}
                        />
                        <span>{choice.text}</span>
                      </label>
                    ),
                  )}
                </div>
              </fieldset>
            ))}
            <p className="muted" aria-live="polite">
              {answered} of {view.questions.length} answered; the rest count as not known.
            </p>
            <FormError error={error} />
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Submit and see the feedback'}
            </button>
          </form>
        </>
      )}
    </article>
  );
}
