// A learner's saved results of one assessment, newest first: show any one again, or pick two
// to compare. The earlier of the two is always "from", whichever was ticked first.
import { useState } from 'react';
import type { AssessmentRecord } from '../../../api/index.js';
import { takenOn } from './format.js';

export function SavedResults<R extends Pick<AssessmentRecord, 'id' | 'takenAt'>>({
  records,
  summary,
  onShow,
  onCompare,
}: {
  records: R[];
  summary: (record: R) => string;
  onShow: (record: R) => void;
  onCompare: (pair: { from: string; to: string }) => void;
}) {
  const [picked, setPicked] = useState<string[]>([]);
  if (records.length === 0)
    return <p className="muted">No saved results yet: your first one will appear here.</p>;
  const toggle = (id: string) =>
    setPicked((now) => (now.includes(id) ? now.filter((p) => p !== id) : [...now, id].slice(-2)));
  const compare = () => {
    const [a, b] = records
      .filter((r) => picked.includes(r.id))
      .sort((x, y) => x.takenAt.localeCompare(y.takenAt));
    if (a && b) onCompare({ from: a.id, to: b.id });
  };
  return (
    <div className="saved-results">
      <ul className="saved-list">
        {records.map((record) => (
          <li key={record.id}>
            <label className="saved-pick">
              <input
                type="checkbox"
                checked={picked.includes(record.id)}
                onChange={() => toggle(record.id)}
              />
              <span>
                <time dateTime={record.takenAt}>{takenOn(record.takenAt)}</time>
                <span className="muted"> · {summary(record)}</span>
              </span>
            </label>
            <button type="button" className="link-button" onClick={() => onShow(record)}>
              Show<span className="visually-hidden"> the result of {takenOn(record.takenAt)}</span>
            </button>
          </li>
        ))}
      </ul>
      {records.length > 1 && (
        <p className="saved-actions">
          <button type="button" className="button" disabled={picked.length !== 2} onClick={compare}>
            Compare the two ticked
          </button>
          <span className="muted" aria-live="polite">
            {picked.length === 2
              ? ' Ready to compare.'
              : ` Tick two results (${picked.length} of 2).`}
          </span>
        </p>
      )}
    </div>
  );
}
