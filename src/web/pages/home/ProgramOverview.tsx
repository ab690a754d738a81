// The program at a glance: every module, week and topic. The home page of a visitor, who is
// invited to create an account to keep their progress.
import { Link } from 'react-router';
import { useProgram } from '../../api/client.js';
import { LoadError, Loading } from '../../app/states.js';
import { PracticeChips } from '../PracticeChips.js';
import '../../styles/home.css';

export function ProgramOverview() {
  const program = useProgram();
  if (program.isPending) return <Loading what="the program" />;
  if (program.isError) return <LoadError error={program.error} />;
  const modules = program.data.modules;
  const weeks = modules.flatMap((m) => m.weeks);
  const topics = weeks.flatMap((w) => w.topics);
  const hours = weeks.reduce((sum, w) => sum + w.hours, 0);
  const written = topics.filter((t) => t.hasLesson).length;

  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <p className="eyebrow">Senior → Staff → Principal</p>
        <h1 id="home-title" tabIndex={-1}>
          {program.data.title}
        </h1>
        <p className="lede">
          A hands-on program you run on your own machine. Every topic has a lesson with real
          numbers, practice you can break — simulation labs, tools that produce real artifacts,
          document workspaces with rubrics — and a check.
        </p>
        <dl className="stats">
          <div>
            <dt>Modules</dt>
            <dd>{modules.length}</dd>
          </div>
          <div>
            <dt>Weeks</dt>
            <dd>{weeks.length}</dd>
          </div>
          <div>
            <dt>Topics</dt>
            <dd>{topics.length}</dd>
          </div>
          <div>
            <dt>Hours</dt>
            <dd>{hours}</dd>
          </div>
        </dl>
        <p>
          <Link className="button button-primary" to="/weeks/1">
            Start with week 1
          </Link>
          <span className="muted hero-note">
            {written} of {topics.length} lessons written so far.
          </span>
        </p>
        <aside className="signup-invite" aria-labelledby="signup-invite-title">
          <h2 id="signup-invite-title">Keep your progress</h2>
          <p>
            With an account, Stafflab follows what you read, practise and pass, plans your 20 weeks
            from a start date you choose, and brings back what you learned in short reviews.
          </p>
          <p className="signup-invite-actions">
            <Link className="button button-primary" to="/signup">
              Create an account
            </Link>
            <Link to="/signin">I have an account: sign in</Link>
          </p>
        </aside>
      </section>

      {modules.map((module, index) => (
        <section key={module.id} className="module" aria-labelledby={`module-${module.id}`}>
          <header className="module-header">
            <p className="eyebrow">
              Module {index + 1} ·{' '}
              {module.weeks.length === 1
                ? `week ${module.weeks[0]!.number}`
                : `weeks ${module.weeks[0]!.number}–${module.weeks.at(-1)!.number}`}
            </p>
            <h2 id={`module-${module.id}`}>{module.title}</h2>
            <p className="muted">{module.summary}</p>
          </header>
          <ol className="week-cards">
            {module.weeks.map((week) => (
              <li key={week.number} className="week-card">
                <h3>
                  <Link to={`/weeks/${week.number}`}>
                    <span className="week-card-number">Week {week.number}</span> {week.title}
                  </Link>
                </h3>
                <p className="muted week-card-meta">
                  {week.topics.length} {week.topics.length === 1 ? 'topic' : 'topics'} · about{' '}
                  {week.hours} h
                </p>
                <ul className="topic-list">
                  {week.topics.map((topic) => (
                    <li key={topic.id}>
                      <Link to={`/topics/${topic.id}`}>{topic.title}</Link>
                      <PracticeChips practice={topic.practice} compact />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
