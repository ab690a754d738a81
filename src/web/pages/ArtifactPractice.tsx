// An artifact's template, rubric and automatic checks on the lesson page, so a learner can write
// the artifact today: copy or download the template, read the bar, and check a draft. The draft
// stays in this browser (localStorage) until the artifact workspaces arrive.
import { useId, useMemo, useState } from 'react';
import type { ArtifactView } from '../../api/index.js';
import { adviceFor, runDocumentChecks } from '../../tools/document-checks/index.js';

const levelNames = [
  ['missing', '1 · Missing'],
  ['emerging', '2 · Emerging'],
  ['solid', '3 · Solid (the Staff bar)'],
  ['exemplary', '4 · Exemplary'],
] as const;

export function ArtifactPractice({ artifact }: { artifact: ArtifactView }) {
  return (
    <section className="artifact" aria-labelledby={`artifact-${artifact.id}`}>
      <h3 id={`artifact-${artifact.id}`}>{artifact.title}</h3>
      {artifact.summary && <p className="muted">{artifact.summary}</p>}
      {artifact.template && <TemplateView artifact={artifact} template={artifact.template} />}
      {artifact.rubric && (
        <details>
          <summary>Rubric: {artifact.rubric.criteria.length} criteria</summary>
          <ol className="rubric">
            {artifact.rubric.criteria.map((criterion) => (
              <li key={criterion.id}>
                <p className="rubric-name">{criterion.name}</p>
                <dl>
                  {levelNames.map(([key, label]) => (
                    <div key={key} className={key === 'solid' ? 'rubric-bar' : undefined}>
                      <dt>{label}</dt>
                      <dd>{criterion.levels[key]}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        </details>
      )}
      {artifact.rubric && artifact.rubric.checks.length > 0 && <DraftChecker artifact={artifact} />}
    </section>
  );
}

function TemplateView({ artifact, template }: { artifact: ArtifactView; template: string }) {
  const [copied, setCopied] = useState(false);
  const download = useMemo(
    () => URL.createObjectURL(new Blob([template], { type: 'text/markdown' })),
    [template],
  );
  return (
    <details>
      <summary>Template</summary>
      <div className="template-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(template).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <a className="button" href={download} download={`${artifact.id}.md`}>
          Download .md
        </a>
      </div>
      <pre className="template-text" tabIndex={0} aria-label={`${artifact.title} template`}>
        {template}
      </pre>
    </details>
  );
}

function DraftChecker({ artifact }: { artifact: ArtifactView }) {
  const storageKey = `stafflab.draft.${artifact.id}`;
  const fieldId = useId();
  const [draft, setDraft] = useState(() => readDraft(storageKey) ?? '');
  const [results, setResults] = useState<ReturnType<typeof runDocumentChecks> | null>(null);
  const checks = artifact.rubric!.checks;
  return (
    <details>
      <summary>Check a draft</summary>
      <label htmlFor={fieldId} className="draft-label">
        Paste your draft (Markdown, with the template&rsquo;s headings). It is kept in this browser
        only.
      </label>
      <textarea
        id={fieldId}
        className="draft"
        rows={10}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          writeDraft(storageKey, event.target.value);
        }}
      />
      <button
        type="button"
        className="button button-primary"
        onClick={() => setResults(runDocumentChecks(draft, checks, artifact.template ?? undefined))}
      >
        Run the {checks.length} checks
      </button>
      {results && (
        <div className="check-results" role="status">
          <p>
            <strong>
              {results.passed} of {results.results.length} checks pass.
            </strong>{' '}
            {results.failed === 0
              ? 'The automatic checks find nothing missing; now judge it against the rubric.'
              : 'What to add:'}
          </p>
          <ul>
            {adviceFor(results).map((advice, i) => (
              <li key={i}>{advice}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}

function readDraft(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeDraft(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be full or refused (private browsing); the draft still lives in the page.
  }
}
