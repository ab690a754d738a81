import { Link, useParams } from 'react-router';
import { useTopic } from '../api/client.js';
import { LoadError, Loading } from '../app/states.js';
import { MdxContent } from '../lessons/MdxContent.js';
import { lessonSource } from '../lessons/registry.js';
import { PracticeChips } from './PracticeChips.js';
import { ArtifactPractice } from './ArtifactPractice.js';
import { ExercisePanel } from './topic/ExercisePanel.js';
import { QuizSection } from './topic/QuizSection.js';
import { ReadControl } from './topic/ReadControl.js';
import { TopicStatus } from './topic/TopicStatus.js';
import { MakeCardButton } from './reviews/MakeCardButton.js';
import '../styles/learning.css';

export function TopicPage() {
  const id = useParams().id ?? '';
  const topic = useTopic(id);
  if (topic.isPending) return <Loading what="the lesson" />;
  if (topic.isError) return <LoadError error={topic.error} />;
  const { data } = topic;
  const source = lessonSource(data.id);
  const lesson = data.lesson;
  const exercise = data.practice.find((p) => p.kind === 'exercise');

  return (
    <article className="lesson">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Program</Link> <span aria-hidden="true">›</span>{' '}
        <span>{data.module.title}</span> <span aria-hidden="true">›</span>{' '}
        <Link to={`/weeks/${data.week}`}>Week {data.week}</Link>
      </nav>
      <header className="lesson-header">
        <h1 tabIndex={-1}>{lesson?.title ?? data.title}</h1>
        <p className="outline-bullet">
          <span className="visually-hidden">Outline: </span>
          {data.outline}
        </p>
        {lesson && (
          <p className="muted lesson-meta">
            About {lesson.minutes} minutes · {lesson.words.toLocaleString('en')} words
          </p>
        )}
      </header>

      <TopicStatus topicId={data.id} hasQuiz={data.quiz.questions > 0} />

      {lesson && lesson.objectives.length > 0 && (
        <section className="objectives" aria-labelledby="objectives-title">
          <h2 id="objectives-title">After this lesson you can</h2>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="practice-box" aria-labelledby="practice-title">
        <h2 id="practice-title">Practice</h2>
        <PracticeChips practice={data.practice} />
        {data.artifacts.map((artifact) => (
          <ArtifactPractice key={artifact.id} artifact={artifact} />
        ))}
        {exercise && <ExercisePanel topicId={data.id} exercise={exercise} />}
      </section>

      {source && lesson ? (
        <>
          <div className="prose">
            <MdxContent load={source.load} folder={source.folder} />
          </div>
          <section className="lesson-end" aria-label="After the lesson">
            <ReadControl topicId={data.id} />
            <MakeCardButton topicId={data.id} />
          </section>
        </>
      ) : (
        <section className="state not-written" aria-labelledby="not-written-title">
          <h2 id="not-written-title">This lesson is not written yet</h2>
          <p>
            It will cover <strong>{data.outline}</strong>: the core model from first principles,
            worked numbers you can redo, what changes at Staff scope, the common pitfalls, and
            practice with a check.
          </p>
          <p>Meanwhile, the practice above shows what this topic will ask you to do.</p>
        </section>
      )}

      {(data.quiz.questions > 0 || data.quiz.cards > 0) && (
        <section id="check" className="check-box" aria-labelledby="check-title">
          <h2 id="check-title">Check</h2>
          <p className="muted">
            {data.quiz.questions} {data.quiz.questions === 1 ? 'question' : 'questions'}; pass with
            75%. Each answer is explained once you submit. Your first attempt is kept as a record of
            what you knew, and the questions you miss on it become review cards
            {data.quiz.cards > 0
              ? data.quiz.cards === 1
                ? `; the lesson's review card joins your deck once you have read it`
                : `; the lesson's ${data.quiz.cards} review cards join your deck once you have read it`
              : ''}
            .
          </p>
          <QuizSection topicId={data.id} />
        </section>
      )}

      {lesson && lesson.references.length > 0 && (
        <section className="references" aria-labelledby="references-title">
          <h2 id="references-title">References</h2>
          <ol>
            {lesson.references.map((reference) => (
              <li key={reference}>{reference}</li>
            ))}
          </ol>
        </section>
      )}

      <nav className="pager" aria-label="Topics">
        {data.previous ? (
          <Link to={`/topics/${data.previous.id}`}>← {data.previous.title}</Link>
        ) : (
          <span />
        )}
        {data.next ? <Link to={`/topics/${data.next.id}`}>{data.next.title} →</Link> : <span />}
      </nav>
    </article>
  );
}
