// The words around a lab: the brief (the situation, with its numbers), what to notice and the
// questions to think about. Lab files hold plain text; a blank line separates paragraphs.
import type { Lab } from '../../../curriculum/schema/lab.js';

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

export function Brief({ lab }: { lab: Lab }) {
  return (
    <section className="lab-brief" aria-labelledby="brief-title">
      <h2 id="brief-title" className="visually-hidden">
        The situation
      </h2>
      {paragraphs(lab.brief).map((p) => (
        <p key={p}>{p}</p>
      ))}
    </section>
  );
}

export function NoticeAndQuestions({ lab }: { lab: Lab }) {
  return (
    <div className="lab-notes">
      <section aria-labelledby="notice-title">
        <h2 id="notice-title">What to notice</h2>
        <ul>
          {lab.notice.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="questions-title">
        <h2 id="questions-title">Questions to think about</h2>
        <ol>
          {lab.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
