// Where the learner stands on this topic, near the top of the lesson: read, practice, check.
// Signed out, it invites them to sign in instead; before reading, it offers the test-out.
import { Link } from 'react-router';
import type { TopicProgressView } from '../../../api/index.js';
import { percent } from './quiz-answers.js';
import { useTopicProgress } from './use-topic-progress.js';

function readText(read: TopicProgressView['read']): string {
  if (!read.done) return 'Not read yet';
  return read.via === 'test-out' ? 'Read (tested out)' : 'Read';
}

function practiceText(practice: TopicProgressView['practice']): string {
  const required = practice.items.filter((item) => item.required);
  const done = required.filter((item) => item.done).length;
  return practice.done ? 'Practice done' : `Practice: ${done} of ${required.length} done`;
}

function checkText(check: TopicProgressView['check']): string {
  if (check.questions === 0) return 'No quiz';
  if (check.bestScore === null) return 'Quiz not taken';
  return check.done
    ? `Quiz passed (best ${percent(check.bestScore)})`
    : `Quiz: best ${percent(check.bestScore)}, pass at 75%`;
}

export function TopicStatus({ topicId, hasQuiz }: { topicId: string; hasQuiz: boolean }) {
  const { pending, signedIn, topic } = useTopicProgress(topicId);
  if (pending) return null;
  if (!signedIn)
    return (
      <p className="topic-status topic-status-signed-out">
        <Link to="/signin">Sign in to save your progress</Link>: what you read, practise and check
        on this page.
      </p>
    );
  if (!topic) return null;
  const parts = [
    { key: 'read', done: topic.read.done, text: readText(topic.read) },
    { key: 'practice', done: topic.practice.done, text: practiceText(topic.practice) },
    { key: 'check', done: topic.check.done, text: checkText(topic.check) },
  ];
  return (
    <div className="topic-status">
      <h2 className="visually-hidden">Your progress on this topic</h2>
      <ul className="status-parts">
        {parts.map((part) => (
          <li key={part.key} className={part.done ? 'status-done' : 'status-todo'}>
            <span aria-hidden="true">{part.done ? '✓' : '○'}</span> {part.text}
          </li>
        ))}
        {topic.complete && (
          <li className="status-complete">
            <span aria-hidden="true">★</span> Topic complete
          </li>
        )}
      </ul>
      {!topic.read.done && hasQuiz && topic.check.attempts === 0 && (
        <p className="test-out-offer">
          Know this already? <a href="#check">Take the quiz to test out</a>: pass it at the first
          attempt and the lesson counts as read.
        </p>
      )}
    </div>
  );
}
