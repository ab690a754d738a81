// Every result of a search (`/search?q=`), a few sections per lesson, best first.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSearchEngine } from '../api/search.js';
import { Loading } from '../app/states.js';
import { Highlighted } from '../search/Highlighted.js';
import '../styles/search.css';

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  // The field follows the address: a new search from the top bar replaces what was typed here.
  const [draft, setDraft] = useState({ for: query, text: query });
  const text = draft.for === query ? draft.text : query;
  const engine = useSearchEngine(true);
  const hits = engine.data?.search(query, { limit: 50, perTopic: 3 }) ?? [];
  const trimmed = query.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() === '' ? {} : { q: text.trim() });
  };

  return (
    <article className="search-page">
      <h1 tabIndex={-1}>Search</h1>
      <form className="search-page-form" role="search" onSubmit={submit}>
        <label htmlFor="search-page-input">Search the lessons</label>
        <div className="search-page-row">
          <input
            id="search-page-input"
            type="search"
            name="q"
            value={text}
            onChange={(event) => setDraft({ for: query, text: event.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button button-primary">
            Search
          </button>
        </div>
      </form>

      {engine.isError && (
        <p role="alert">
          Search could not be loaded ({engine.error.message}). Reload to try again.
        </p>
      )}
      {engine.isPending && <Loading what="the search index" />}
      {engine.isSuccess && (
        <>
          <p role="status" className="muted">
            {trimmed === ''
              ? 'Type a word from a lesson: a term such as jitter, a technique such as burn rate, or a title.'
              : hits.length === 0
                ? `No lesson matches “${trimmed}”. Check the spelling, or try fewer or shorter words: words match from their start, so “idempot” finds “idempotency”.`
                : `${hits.length === 50 ? 'The best 50' : hits.length} ${hits.length === 1 ? 'section matches' : 'sections match'} “${trimmed}”.`}
          </p>
          {hits.length > 0 && (
            <ol className="search-page-results">
              {hits.map((hit) => (
                <li key={hit.id}>
                  <p className="search-page-meta">
                    <span>Week {hit.week}</span> · <Highlighted parts={hit.titleParts} />
                  </p>
                  <h2>
                    <Link to={hit.href}>
                      {hit.headingParts ? (
                        <Highlighted parts={hit.headingParts} />
                      ) : (
                        <Highlighted parts={hit.titleParts} />
                      )}
                    </Link>
                  </h2>
                  <p className="search-page-snippet">
                    <Highlighted parts={hit.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </article>
  );
}
