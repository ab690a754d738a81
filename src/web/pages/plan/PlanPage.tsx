// The learner's plan: when week 1 starts, the pace, and how much of their deck they want to
// remember. The page previews the dates the plan gives before it is saved.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { PlanView } from '../../../api/index.js';
import { isCalendarDate } from '../../../learning/progress/dates.js';
import { namedPaces, scheduleOf } from '../../../learning/progress/plan.js';
import { defaultRetention, retentionBounds } from '../../../learning/reviews/ratings.js';
import { localToday, savePlan, usePlan } from '../../api/learning.js';
import { fieldErrors, useSession } from '../../api/session.js';
import { Field, FormError } from '../../app/forms.js';
import { LoadError, Loading } from '../../app/states.js';
import { SignInFirst } from '../account/AccountPage.js';
import '../../styles/plan.css';

const weekCount = 20;
const paceLabels: Record<number, string> = {
  7: 'Standard: 7 days a program week',
  10: 'Relaxed: 10 days a program week',
  14: 'Half pace: 14 days a program week',
};

function Preview({ plan }: { plan: PlanView }) {
  if (plan.startDate === null || !isCalendarDate(plan.startDate))
    return <p className="muted">Pick a start date to see your weeks.</p>;
  const schedule = scheduleOf(plan, weekCount, localToday());
  const first = schedule.weeks[0]!;
  const where =
    schedule.status === 'not-started'
      ? 'You have not started yet.'
      : schedule.status === 'finished'
        ? 'By these dates you have finished the program.'
        : `Today is in week ${schedule.currentWeek}.`;
  return (
    <p className="plan-preview">
      Week 1 runs {first.startDate} to {first.endDate}; week {weekCount} ends on {schedule.endDate}.{' '}
      {where}
    </p>
  );
}

function PlanForm({ saved }: { saved: PlanView }) {
  const client = useQueryClient();
  const [startDate, setStartDate] = useState(saved.startDate ?? '');
  const [daysPerWeek, setDaysPerWeek] = useState(saved.daysPerWeek);
  const [retention, setRetention] = useState(String(saved.desiredRetention));
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const paces = namedPaces.some((p) => p.daysPerWeek === saved.daysPerWeek)
    ? namedPaces.map((p) => p.daysPerWeek)
    : [...namedPaces.map((p) => p.daysPerWeek), saved.daysPerWeek];
  // The API's messages start in lower case ("must be …"); beside a field they read as sentences.
  const errors = Object.fromEntries(
    Object.entries(fieldErrors(error)).map(([field, message]) => [
      field,
      message.charAt(0).toUpperCase() + message.slice(1) + '.',
    ]),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      await savePlan(client, {
        startDate: startDate === '' ? null : startDate,
        daysPerWeek,
        desiredRetention: Number(retention),
      });
      setMessage('Your plan is saved.');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="plan-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        label="Start date"
        hint="The first day of week 1. Leave it empty until you decide."
        type="date"
        value={startDate}
        error={errors.startDate}
        onChange={(event) => setStartDate(event.target.value)}
      />
      <fieldset className="pace-options">
        <legend>Pace</legend>
        {paces.map((days) => (
          <label key={days} className="pace-option">
            <input
              type="radio"
              name="pace"
              value={days}
              checked={daysPerWeek === days}
              onChange={() => setDaysPerWeek(days)}
            />
            <span>
              {paceLabels[days] ?? `Your own pace: ${days} days a program week`}{' '}
              <span className="muted">
                (about {Math.ceil((days * weekCount) / 7)} weeks in all)
              </span>
            </span>
          </label>
        ))}
        {errors.daysPerWeek && <p className="field-error">{errors.daysPerWeek}</p>}
      </fieldset>
      <Field
        label="Desired retention"
        hint={`The share of review cards you want to remember when they come due, from ${retentionBounds.min} to ${retentionBounds.max}. Higher means more reviews; ${defaultRetention} suits most people.`}
        type="number"
        inputMode="decimal"
        min={retentionBounds.min}
        max={retentionBounds.max}
        step={0.01}
        value={retention}
        error={errors.desiredRetention}
        onChange={(event) => setRetention(event.target.value)}
      />
      <Preview
        plan={{
          startDate: startDate === '' ? null : startDate,
          daysPerWeek,
          desiredRetention: Number(retention),
        }}
      />
      <FormError error={error && Object.keys(errors).length === 0 ? error : null} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save plan'}
      </button>
      <p role="status" className="plan-message">
        {message}
      </p>
    </form>
  );
}

export function PlanPage() {
  const session = useSession();
  const plan = usePlan(session.data?.user.id);
  if (session.isPending) return <Loading what="your plan" />;
  if (!session.data) return <SignInFirst />;
  if (plan.isPending) return <Loading what="your plan" />;
  if (plan.isError) return <LoadError error={plan.error} />;
  return (
    <article className="plan-page">
      <h1 tabIndex={-1}>Your plan</h1>
      <p>
        The program has {weekCount} weeks of about 8 hours each. Your start date and pace decide
        which week is &ldquo;this week&rdquo; on your <Link to="/">home page</Link>.
      </p>
      <PlanForm saved={plan.data} />
    </article>
  );
}
