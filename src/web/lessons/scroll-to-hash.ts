// Opening a lesson at a section (`/topics/ID#anchor`, as search results link): the lesson's
// body arrives after the page, so the browser's own jump to the anchor finds nothing. Once the
// body is rendered, scroll to the heading and move focus there, as a page load would.
import { useEffect } from 'react';
import { useLocation } from 'react-router';

export function useScrollToHash(rendered: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!rendered || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    // Focus lands on the heading so keyboard and screen-reader users start reading there.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [rendered, hash]);
}
