// Progress by module as horizontal bars: complete topics, then started ones. The chart is a
// table: its numbers are the text equivalent, read out as they are shown, and the bars beside
// them are decoration.
import type { ProgressView } from '../../../api/index.js';
import { isStarted } from './topic-parts.js';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);

export function ModuleProgress({ progress }: { progress: ProgressView }) {
  const rows = progress.modules.map((module) => {
    const topics = progress.topics.filter((topic) => topic.moduleId === module.id);
    return {
      id: module.id,
      title: module.title,
      total: module.topics,
      complete: module.complete,
      started: topics.filter(isStarted).length,
    };
  });
  const { totals } = progress;
  return (
    <section className="home-card module-progress" aria-labelledby="module-progress-title">
      <h2 id="module-progress-title">Progress by module</h2>
      <p className="muted">
        {totals.complete} of {totals.topics} topics complete · {totals.read} read ·{' '}
        {totals.practiced} practised · {totals.checked} checked
      </p>
      <p className="progress-legend" aria-hidden="true">
        <span className="legend legend-complete" /> Complete
        <span className="legend legend-started" /> Started
      </p>
      <table className="progress-table">
        <caption className="visually-hidden">Topics complete and started in each module</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Complete</th>
            <th scope="col">Started</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              <td>
                <span className="progress-cell">
                  <span className="progress-bar" aria-hidden="true">
                    <span
                      className="progress-bar-complete"
                      style={{ width: `${percent(row.complete, row.total)}%` }}
                    />
                    <span
                      className="progress-bar-started"
                      style={{ width: `${percent(row.started, row.total)}%` }}
                    />
                  </span>
                  <span className="progress-number">
                    {row.complete} of {row.total}
                  </span>
                </span>
              </td>
              <td className="progress-number">{row.started}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
