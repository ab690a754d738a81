// This week of the learner's plan: its dates, its topics and what is left of each. Without a
// plan, the first thing to do is to pick a start date.
import { Link } from 'react-router';
import { apiBase } from '../../../api/base.js';
import type { ProgressView } from '../../../api/index.js';
import { formatDate, formatDateRange } from './format.js';
import { partLink, partNames, topicParts } from './topic-parts.js';

function WeekTopics({ progress, week }: { progress: ProgressView; week: number }) {
  const topics = progress.topics.filter((topic) => topic.week === week);
  return (
    <ul className="week-topics">
      {topics.map((topic) => (
        <li key={topic.topicId} className={topic.complete ? 'week-topic-done' : undefined}>
          <Link to={`/topics/${topic.topicId}`} className="week-topic-title">
            {topic.title}
          </Link>
          <ul className="part-chips" aria-label={`${topic.title}: parts`}>
            {topicParts(topic).map(({ part, done }) => (
              <li key={part} className={done ? 'part-done' : 'part-left'}>
                {done ? (
                  <>
                    <span aria-hidden="true">✓ </span>
                    {partNames[part]}
                    <span className="visually-hidden">: done</span>
                  </>
                ) : (
                  <Link to={partLink(topic.topicId, part)}>
                    <span aria-hidden="true">○ </span>
                    {partNames[part]}
                    <span className="visually-hidden">: to do</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function ThisWeek({ progress }: { progress: ProgressView }) {
  const { schedule } = progress;
  if (schedule.status === 'unscheduled') {
    const first = progress.weeks[0]!;
    return (
      <section className="home-card this-week" aria-labelledby="this-week-title">
        <h2 id="this-week-title">Pick your start date</h2>
        <p>
          Choose the day week 1 starts and your pace. Then this page shows the week you are in, its
          dates and what is left, and you can add all 20 weeks to your calendar.
        </p>
        <p>
          <Link className="button" to="/plan">
            Pick your start date
          </Link>
        </p>
        <h3 className="this-week-sub">
          Week 1: <Link to="/weeks/1">{first.title}</Link>
        </h3>
        <WeekTopics progress={progress} week={1} />
      </section>
    );
  }
  const number = progress.currentWeek ?? 1;
  const week = progress.weeks.find((w) => w.number === number)!;
  const heading =
    schedule.status === 'not-started'
      ? `Week 1 starts on ${formatDate(week.startDate!)}`
      : schedule.status === 'finished'
        ? `Your plan ended on ${formatDate(schedule.endDate!)}`
        : `This week: week ${number}`;
  return (
    <section className="home-card this-week" aria-labelledby="this-week-title">
      <h2 id="this-week-title">{heading}</h2>
      <p className="this-week-dates">
        <Link to={`/weeks/${number}`}>
          Week {number}: {week.title}
        </Link>
        {week.startDate && week.endDate && (
          <span className="muted"> · {formatDateRange(week.startDate, week.endDate)}</span>
        )}
      </p>
      <p className="muted this-week-count">
        {week.complete} of {week.topics} {week.topics === 1 ? 'topic' : 'topics'} complete
      </p>
      <WeekTopics progress={progress} week={number} />
      <p className="this-week-actions">
        <a href={`${apiBase}/me/plan.ics`} download="stafflab-plan.ics">
          Download calendar (.ics)
        </a>
        <Link to="/plan">Change your plan</Link>
      </p>
    </section>
  );
}
