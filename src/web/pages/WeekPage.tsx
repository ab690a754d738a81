import { Link, useParams } from 'react-router';
import { useProgram, useWeek } from '../api/client.js';
import { LoadError, Loading, NotFound } from '../app/states.js';
import { MdxContent } from '../lessons/MdxContent.js';
import { weekNoteSource } from '../lessons/registry.js';
import { PracticeChips } from './PracticeChips.js';

export function WeekPage() {
  const number = Number(useParams().number);
  const week = useWeek(number);
  const weekCount = useProgram().data?.modules.reduce((n, m) => n + m.weeks.length, 0) ?? 0;
  if (!Number.isInteger(number) || number < 1)
    return <NotFound detail="Weeks are numbered from 1." />;
  if (week.isPending) return <Loading what={`week ${number}`} />;
  if (week.isError) return <LoadError error={week.error} />;
  const { data } = week;
  const notes = weekNoteSource(data.number);

  return (
    <article className="week-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Program</Link> <span aria-hidden="true">›</span>{' '}
        <span>{data.module.title}</span>
      </nav>
      <p className="eyebrow">
        Week {data.number} · about {data.hours} hours
      </p>
      <h1 tabIndex={-1}>{data.title}</h1>
      <ol className="week-topics">
        {data.topics.map((topic) => (
          <li key={topic.id} className="week-topic">
            <h2>
              <Link to={`/topics/${topic.id}`}>{topic.title}</Link>
            </h2>
            <p className="outline-bullet">{topic.outline}</p>
            <p className="muted">{topic.hasLesson ? 'Lesson ready' : 'Lesson not written yet'}</p>
            <PracticeChips practice={topic.practice} />
          </li>
        ))}
      </ol>
      {notes && (
        <section className="prose week-notes" aria-label="Week notes">
          <MdxContent load={notes} folder="" />
        </section>
      )}
      <nav className="pager" aria-label="Weeks">
        {data.number > 1 ? (
          <Link to={`/weeks/${data.number - 1}`}>← Week {data.number - 1}</Link>
        ) : (
          <span />
        )}
        {data.number < weekCount ? (
          <Link to={`/weeks/${data.number + 1}`}>Week {data.number + 1} →</Link>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
