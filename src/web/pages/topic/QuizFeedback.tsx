// A graded attempt: the score against the pass mark, what happened because of it (first
// attempt kept, tested out, cards added), then each question with the learner's answer and
// its explanation, followed by the right answer and its explanation.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { QuestionFeedbackView, QuizAttemptResult } from '../../../api/index.js';
import { percent } from './quiz-answers.js';

function ChoiceFeedback({ q }: { q: Extract<QuestionFeedbackView, { kind: 'choice' }> }) {
  return (
    <>
      {q.chosen ? (
        <div className="answer-explained">
          <p>
            <strong>Your answer:</strong> {q.chosen.text}
          </p>
          <p>{q.chosen.why}</p>
        </div>
      ) : (
        <p className="answer-explained">
          <strong>You left this blank.</strong>
        </p>
      )}
      {!q.correct && (
        <div className="answer-explained answer-right">
          <p>
            <strong>Right answer:</strong> {q.right.text}
          </p>
          <p>{q.right.why}</p>
        </div>
      )}
    </>
  );
}

function NumericFeedback({ q }: { q: Extract<QuestionFeedbackView, { kind: 'numeric' }> }) {
  const unit = q.unit ? ` ${q.unit}` : '';
  const within = q.tolerance > 0 ? ` (± ${q.tolerance.toLocaleString('en')})` : '';
  return (
    <div className="answer-explained">
      <p>
        <strong>Your answer:</strong>{' '}
        {q.given === null ? 'left blank' : `${q.given.toLocaleString('en')}${unit}`}
      </p>
      <p>
        <strong>{q.correct ? 'The answer:' : 'Right answer:'}</strong>{' '}
        {q.answer.toLocaleString('en')}
        {unit}
        {within}
      </p>
      <p>{q.why}</p>
    </div>
  );
}

export function QuizFeedback({
  result,
  onTryAgain,
}: {
  result: QuizAttemptResult;
  onTryAgain(): void;
}) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), []);
  return (
    <div className="quiz-feedback">
      <div
        ref={summary}
        tabIndex={-1}
        className={`quiz-summary ${result.passed ? 'quiz-passed' : 'quiz-failed'}`}
      >
        <p className="quiz-score">
          {result.correct} of {result.total} right ({percent(result.score)}):{' '}
          <strong>{result.passed ? 'passed' : 'not passed yet'}</strong>
          <span className="muted"> · pass mark {percent(result.passMark)}</span>
        </p>
        <ul className="quiz-notes">
          {result.firstAttempt && (
            <li>This was your first attempt: its score is kept as what you knew before.</li>
          )}
          {result.testedOut && <li>You tested out: the lesson now counts as read.</li>}
          {result.missedCardsAdded > 0 && (
            <li>
              The {result.missedCardsAdded}{' '}
              {result.missedCardsAdded === 1 ? 'question' : 'questions'} you missed became review
              cards in <Link to="/reviews">your deck</Link>.
            </li>
          )}
          {!result.passed && <li>Read the explanations below, then try again.</li>}
        </ul>
      </div>
      <ol className="quiz-questions">
        {result.questions.map((q) => (
          <li key={q.questionId} className={`quiz-question ${q.correct ? 'is-right' : 'is-wrong'}`}>
            <p className="verdict">
              <span aria-hidden="true">{q.correct ? '✓' : '✗'}</span>{' '}
              {q.correct ? 'Right' : 'Wrong'}
            </p>
            <p className="quiz-prompt">{q.prompt}</p>
            {q.kind === 'choice' ? <ChoiceFeedback q={q} /> : <NumericFeedback q={q} />}
          </li>
        ))}
      </ol>
      <button type="button" className="button button-primary" onClick={onTryAgain}>
        Try again
      </button>
    </div>
  );
}
