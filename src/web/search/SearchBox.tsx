// The search box in the top bar: a combobox whose listbox shows the best sections as you type
// (WAI-ARIA combobox pattern, list autocomplete with manual selection). `/` focuses it from
// anywhere; arrow keys move through the results, Enter opens one (or the full results page),
// Escape closes the list and then clears the box. On a phone it folds into a button.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSearchEngine } from '../api/search.js';
import { Highlighted } from './Highlighted.js';
import '../styles/search.css';

const shownResults = 8;

/**
 * The next position among the options, -1 being the box itself: down from the last option
 * returns to the box, up from the box goes to the last option.
 */
function cycle(current: number, step: number, count: number): number {
  const positions = count + 1;
  return ((((current + 1 + step) % positions) + positions) % positions) - 1;
}

/** True when a key press belongs to a field the user is typing in. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function SearchBox() {
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [wanted, setWanted] = useState(false);
  // On a phone the box is a button until it is opened.
  const [unfolded, setUnfolded] = useState(false);
  const engine = useSearchEngine(wanted);

  const hits = useMemo(
    () => engine.data?.search(query, { limit: shownResults, perTopic: 2 }) ?? [],
    [engine.data, query],
  );
  const trimmed = query.trim();
  // The options: the results, then "all results", which opens the search page.
  const optionCount = trimmed === '' || hits.length === 0 ? 0 : hits.length + 1;
  const expanded = open && optionCount > 0 && engine.isSuccess;
  const allResults = `/search?q=${encodeURIComponent(trimmed)}`;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typingIn(event.target)) return;
      event.preventDefault();
      setUnfolded(true);
      // The box may be folded away on a phone: focus it once it is shown.
      requestAnimationFrame(() => input.current?.focus());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Leaving the page (by a result or any link) closes the list and empties the box.
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (seenLocation !== location.key) {
    setSeenLocation(location.key);
    setQuery('');
    setOpen(false);
    setActive(-1);
    setUnfolded(false);
  }

  const go = (to: string) => {
    input.current?.blur();
    void navigate(to);
  };

  const choose = (index: number) => {
    if (index >= 0 && index < hits.length) go(hits[index]!.href);
    else if (trimmed !== '') go(allResults);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (optionCount === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => cycle(current, step, optionCount));
        return;
      }
      case 'Enter':
        event.preventDefault();
        choose(expanded ? active : -1);
        return;
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else if (query !== '') setQuery('');
        else {
          setUnfolded(false);
          input.current?.blur();
        }
        return;
    }
  };

  const status = !wanted
    ? ''
    : engine.isError
      ? 'Search could not be loaded. Reload the page to try again.'
      : engine.isPending
        ? 'Loading the search index…'
        : trimmed === ''
          ? ''
          : hits.length === 0
            ? `No lesson matches “${trimmed}”.`
            : `${hits.length === shownResults ? `Top ${hits.length}` : hits.length} ${hits.length === 1 ? 'result' : 'results'}; use the arrow keys to choose.`;

  return (
    <div className={`search${unfolded ? ' search-unfolded' : ''}`}>
      <button
        type="button"
        className="search-toggle"
        aria-label="Search lessons"
        onClick={() => {
          setUnfolded(true);
          requestAnimationFrame(() => input.current?.focus());
        }}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <form
        className="search-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          choose(-1);
        }}
      >
        <label htmlFor={`${id}-input`} className="visually-hidden">
          Search lessons
        </label>
        <input
          ref={input}
          id={`${id}-input`}
          className="search-input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder="Search lessons"
          aria-keyshortcuts="/"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={query}
          onFocus={() => {
            setWanted(true);
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <kbd className="search-key" aria-hidden="true">
          /
        </kbd>
        <button
          type="button"
          className="search-close"
          aria-label="Close search"
          onClick={() => {
            setQuery('');
            setUnfolded(false);
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
        <p className="visually-hidden" role="status">
          {open ? status : ''}
        </p>
        {open && status !== '' && !expanded && (
          <p className="search-popup search-note" aria-hidden="true">
            {status}
          </p>
        )}
        <ul
          id={listId}
          role="listbox"
          aria-label="Search results"
          className="search-popup search-results"
          hidden={!expanded}
          // Keeps focus in the box while a result is clicked.
          onMouseDown={(event) => event.preventDefault()}
        >
          {expanded &&
            hits.map((hit, index) => (
              <li
                key={hit.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="search-result"
                onClick={() => choose(index)}
              >
                <span className="search-result-title">
                  <Highlighted parts={hit.titleParts} />
                  <span className="search-result-week"> · Week {hit.week}</span>
                </span>
                {hit.headingParts && (
                  <span className="search-result-heading">
                    <Highlighted parts={hit.headingParts} />
                  </span>
                )}
                <span className="search-result-snippet">
                  <Highlighted parts={hit.snippet} />
                </span>
              </li>
            ))}
          {expanded && (
            <li
              id={optionId(hits.length)}
              role="option"
              aria-selected={active === hits.length}
              className="search-result search-all"
              onClick={() => choose(-1)}
            >
              All results for “{trimmed}”
            </li>
          )}
        </ul>
      </form>
    </div>
  );
}
