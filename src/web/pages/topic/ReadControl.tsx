// "Mark as read" at the end of the lesson, or "Read ✓" with an undo once it is. Marking a
// lesson read puts its review cards in the learner's deck.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { markRead, unmarkRead } from '../../api/learning.js';
import { problemText } from '../../app/forms.js';
import { useTopicProgress } from './use-topic-progress.js';

export function ReadControl({ topicId }: { topicId: string }) {
  const client = useQueryClient();
  const { signedIn, topic } = useTopicProgress(topicId);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  if (!signedIn || !topic) return null;

  const change = async (read: boolean) => {
    setBusy(true);
    setError('');
    try {
      if (read) {
        const result = await markRead(client, topicId);
        setMessage(
          result.cardsAdded > 0
            ? `Marked as read. ${result.cardsAdded} review ${result.cardsAdded === 1 ? 'card' : 'cards'} joined your deck.`
            : 'Marked as read.',
        );
      } else {
        await unmarkRead(client, topicId);
        setMessage('No longer marked as read. Its cards stay in your deck.');
      }
    } catch (failure) {
      setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="read-control">
      {topic.read.done ? (
        <p className="read-done">
          <span className="status-done">
            <span aria-hidden="true">✓</span> Read
            {topic.read.via === 'test-out' ? ' (tested out)' : ''}
          </span>{' '}
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => void change(false)}
          >
            Undo
          </button>
        </p>
      ) : (
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void change(true)}
        >
          {busy ? 'Saving…' : 'Mark as read'}
        </button>
      )}
      <p role="status" className="muted read-message">
        {message}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
