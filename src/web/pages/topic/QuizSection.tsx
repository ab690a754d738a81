// The lesson's check: its quiz, answered on the page. The questions arrive without answers;
// submitting grades them on the server, which explains every answer. "Try again" fetches the
// quiz anew, so the options come in a new order. Signed out, a learner can read and answer
// the questions but needs an account to have them graded and saved.
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { PublicQuestionView, QuizAttemptResult } from '../../../api/index.js';
import { submitQuizAttempt, useTopicQuiz } from '../../api/learning.js';
import { useSession } from '../../api/session.js';
import { problemText } from '../../app/forms.js';
import { QuizFeedback } from './QuizFeedback.js';
import { answersFromDraft, type Draft } from './quiz-answers.js';

function QuestionInput({
  question,
  number,
  value,
  invalid,
  onChange,
}: {
  question: PublicQuestionView;
  number: number;
  value: string;
  invalid: boolean;
  onChange(value: string): void;
}) {
  const id = useId();
  if (question.kind === 'choice')
    return (
      <fieldset className="quiz-question">
        <legend>
          <span className="question-number">{number}.</span> {question.prompt}
        </legend>
        {question.choices.map((choice) => (
          <label key={choice.id} className="quiz-choice">
            <input
              type="radio"
              name={question.id}
              value={choice.id}
              checked={value === choice.id}
              onChange={() => onChange(choice.id)}
            />
            <span>{choice.text}</span>
          </label>
        ))}
      </fieldset>
    );
  return (
    <div className="quiz-question">
      <label htmlFor={id} className="quiz-numeric-label">
        <span className="question-number">{number}.</span> {question.prompt}
      </label>
      <div className="quiz-numeric">
        <input
          id={id}
          className="text-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {question.unit && <span className="quiz-unit">{question.unit}</span>}
      </div>
      {invalid && (
        <p id={`${id}-error`} className="field-error">
          Enter a number, like 42 or 1.5.
        </p>
      )}
    </div>
  );
}

export function QuizSection({ topicId }: { topicId: string }) {
  const client = useQueryClient();
  const session = useSession();
  const quiz = useTopicQuiz(topicId);
  const [draft, setDraft] = useState<Draft>({});
  const [notNumbers, setNotNumbers] = useState<string[]>([]);
  const [result, setResult] = useState<QuizAttemptResult | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  // After "Try again", focus moves to the fresh form rather than being lost with the button.
  const focusForm = useRef(false);

  if (quiz.isPending) return <p className="muted">Loading the quiz…</p>;
  if (quiz.isError)
    return (
      <p className="form-error" role="alert">
        The quiz could not be loaded: {quiz.error.message}
      </p>
    );
  const { questions } = quiz.data;
  if (questions.length === 0) return <p className="muted">This topic has no quiz questions yet.</p>;

  const tryAgain = () => {
    setResult(null);
    setDraft({});
    setNotNumbers([]);
    focusForm.current = true;
    void quiz.refetch();
  };
  if (result) return <QuizFeedback result={result} onTryAgain={tryAgain} />;

  const signedIn = Boolean(session.data);
  const answered = questions.filter((q) => (draft[q.id] ?? '').trim() !== '').length;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { answers, notNumbers: bad } = answersFromDraft(questions, draft);
    setNotNumbers(bad);
    if (bad.length > 0) return;
    setSending(true);
    setError('');
    try {
      setResult(await submitQuizAttempt(client, topicId, answers));
    } catch (failure) {
      setError(problemText(failure));
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className="quiz-form"
      aria-label="Quiz"
      tabIndex={-1}
      ref={(form) => {
        if (form && focusForm.current) {
          focusForm.current = false;
          form.focus();
        }
      }}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      {questions.map((question, i) => (
        <QuestionInput
          key={`${quiz.dataUpdatedAt}-${question.id}`}
          question={question}
          number={i + 1}
          value={draft[question.id] ?? ''}
          invalid={notNumbers.includes(question.id)}
          onChange={(value) => {
            setDraft({ ...draft, [question.id]: value });
            // The "not a number" message goes as soon as the learner edits the answer.
            if (notNumbers.includes(question.id))
              setNotNumbers(notNumbers.filter((id) => id !== question.id));
          }}
        />
      ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {notNumbers.length > 0 && (
        <p className="form-error" role="alert">
          Some answers are not numbers; fix them above.
        </p>
      )}
      <div className="quiz-submit">
        {signedIn ? (
          <button type="submit" className="button button-primary" disabled={sending}>
            {sending ? 'Checking…' : 'Check my answers'}
          </button>
        ) : (
          <p className="quiz-signin">
            <Link to="/signin">Sign in to save your progress</Link> and see how you did: answers are
            checked and explained once they are saved.
          </p>
        )}
        <p className="muted">
          {answered} of {questions.length} answered
          {answered < questions.length ? '; a blank counts as wrong' : ''}. Pass mark{' '}
          {Math.round(quiz.data.passMark * 100)}%.
        </p>
      </div>
    </form>
  );
}
