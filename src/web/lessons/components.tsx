// The components a lesson may use (CONTENT_GUIDE.md): <Lab>, <Callout>, <Figure>.
// `stafflab content check` validates their attributes; these render them.
import {
  createContext,
  useContext,
  type AnchorHTMLAttributes,
  type HTMLAttributes,
  type ReactNode,
  type TableHTMLAttributes,
} from 'react';
import { Link } from 'react-router';
import { useLab, useLabs, useProgram } from '../api/client.js';
import { figureUrl } from './registry.js';

export const LessonFolderContext = createContext<string>('');

const calloutLabels: Record<string, string> = {
  pitfall: 'Pitfall',
  tip: 'Tip',
  number: 'By the numbers',
};

export function Callout({
  kind,
  title,
  children,
}: {
  kind: string;
  title?: string;
  children?: ReactNode;
}) {
  return (
    <aside
      className={`callout callout-${kind}`}
      aria-label={title ?? calloutLabels[kind] ?? 'Note'}
    >
      <p className="callout-label">{title ?? calloutLabels[kind] ?? 'Note'}</p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}

export function Figure({ src, caption, alt }: { src: string; caption: string; alt?: string }) {
  const folder = useContext(LessonFolderContext);
  const url = figureUrl(folder, src);
  return (
    <figure className="figure">
      {url ? (
        <img src={url} alt={alt ?? caption} />
      ) : (
        <p className="figure-missing">Figure {src} is missing.</p>
      )}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/**
 * A lab card in a lesson. A lab exists once its file is in content/labs (GET /api/v1/labs lists
 * it), whatever program.yaml still says; until then the card says it is being built.
 */
export function Lab({ id }: { id: string }) {
  const program = useProgram();
  const labs = useLabs();
  const summary = labs.data?.find((lab) => lab.id === id);
  const detail = useLab(id, summary !== undefined);
  const practice = program.data?.modules
    .flatMap((m) => m.weeks.flatMap((w) => w.topics.flatMap((t) => t.practice)))
    .find((p) => p.id === id);
  const title = summary?.title ?? practice?.title ?? id;
  return (
    <aside className="lab-card" aria-label={`Lab: ${title}`}>
      <p className="lab-card-kind">Lab</p>
      <p className="lab-card-title">{title}</p>
      {summary ? (
        <>
          <p className="lab-card-line">
            {detail.data?.definition.challenge.goal ??
              'Turn the knobs, watch the system respond and pass the challenge.'}
          </p>
          <Link className="button" to={`/labs/${id}`}>
            Open the lab<span className="visually-hidden">: {title}</span>
          </Link>
        </>
      ) : labs.isPending ? (
        <p className="muted">Looking for the lab…</p>
      ) : (
        <p className="muted">
          This lab is being built. The exercise in this lesson covers the same ground until it
          lands.
        </p>
      )}
    </aside>
  );
}

/** Internal links navigate inside the app; external ones say that they leave it. */
function Anchor({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (href.startsWith('/')) return <Link to={href}>{children}</Link>;
  return (
    <a href={href} rel="noreferrer" {...rest}>
      {children}
    </a>
  );
}

/**
 * Code and tables scroll sideways when wider than the page (always, on a phone). A region that
 * scrolls must take keyboard focus, or a keyboard user cannot read its hidden part.
 */
function ScrollablePre(props: HTMLAttributes<HTMLPreElement>) {
  return <pre tabIndex={0} {...props} />;
}
function ScrollableTable(props: TableHTMLAttributes<HTMLTableElement>) {
  return <table tabIndex={0} {...props} />;
}

export const lessonComponents = {
  Callout,
  Figure,
  Lab,
  a: Anchor,
  pre: ScrollablePre,
  table: ScrollableTable,
};
