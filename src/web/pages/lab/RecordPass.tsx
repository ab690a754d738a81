// Recording a pass. The server re-runs the lab with the same knobs, seed and answer and decides
// for itself; the page only offers the button when its own run passed, and says what the
// server answered, including its problem text when it refused.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { LabAttemptBody, LabAttemptResult } from '../../../api/index.js';
import type { KnobValues } from '../../../curriculum/labs/knobs.js';
import { send, useSession } from '../../api/session.js';
import { problemText } from '../../app/forms.js';

type Outcome = { kind: 'done'; answer: LabAttemptResult } | { kind: 'error'; message: string };

export function RecordPass({
  labId,
  knobs,
  seed,
  answer,
}: {
  labId: string;
  knobs: KnobValues;
  seed: number;
  answer?: string;
}) {
  const client = useQueryClient();
  const session = useSession();
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (session.isPending) return null;
  if (!session.data) {
    return (
      <p className="record-hint">
        <Link to="/signin">Sign in to record your pass</Link> in your progress.
      </p>
    );
  }

  const record = async () => {
    setSending(true);
    setOutcome(null);
    try {
      const body: LabAttemptBody = { knobs, seed, ...(answer === undefined ? {} : { answer }) };
      const result = await send<LabAttemptResult>(
        client,
        'POST',
        `/labs/${encodeURIComponent(labId)}/attempts`,
        body,
      );
      setOutcome({ kind: 'done', answer: result });
    } catch (error) {
      setOutcome({ kind: 'error', message: problemText(error) });
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="record-pass">
      <button
        type="button"
        className="button button-primary"
        onClick={() => void record()}
        disabled={sending}
      >
        {sending ? 'Recording…' : 'Record this pass'}
      </button>
      <div role="status" className="record-outcome">
        {outcome?.kind === 'done' &&
          (outcome.answer.passed && outcome.answer.recorded ? (
            <p>
              <span aria-hidden="true">✓ </span>Recorded: the server re-ran the lab and it passed.
            </p>
          ) : outcome.answer.passed ? (
            <p>The server re-ran the lab and it passed, but it did not record the pass.</p>
          ) : (
            <p>
              <span aria-hidden="true">✗ </span>The server re-ran the lab and it did not pass, so
              nothing was recorded.
            </p>
          ))}
      </div>
      {outcome?.kind === 'error' && (
        <p className="form-error" role="alert">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
