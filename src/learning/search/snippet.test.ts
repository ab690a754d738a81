import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './snippet.js';

const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const hits = (parts: { text: string; hit: boolean }[]) =>
  parts.filter((p) => p.hit).map((p) => p.text);

describe('highlight', () => {
  it('marks whole words in any case and leaves the text unchanged', () => {
    const text = 'Jitter breaks sync; full jitter, jittered or not.';
    const parts = highlight(text, ['jitter']);
    expect(join(parts)).toBe(text);
    // "jittered" is another word: the index would not have matched it as "jitter".
    expect(hits(parts)).toEqual(['Jitter', 'jitter']);
  });

  it('prefers the longer of two overlapping terms and treats terms as text, not patterns', () => {
    expect(hits(highlight('retry budget and retry', ['retry', 'retry budget']))).toEqual([
      'retry budget',
      'retry',
    ]);
    expect(hits(highlight('p99 (ms) and p.99', ['p.99']))).toEqual(['p.99']);
  });

  it('returns the whole text as one part when nothing matches', () => {
    expect(highlight('plain', ['none'])).toEqual([{ text: 'plain', hit: false }]);
    expect(highlight('', [])).toEqual([{ text: '', hit: false }]);
  });
});

describe('snippet', () => {
  const words = Array.from({ length: 80 }, (_, i) => `w${i}`);

  it('shows a short text whole', () => {
    expect(join(snippet('a short text', ['short'], 160))).toBe('a short text');
  });

  it('cuts a long text at spaces around the first match, with ellipses where it goes on', () => {
    const text = [...words.slice(0, 40), 'jitter', ...words.slice(40)].join(' ');
    const parts = snippet(text, ['jitter'], 60);
    const shown = join(parts);
    expect(hits(parts)).toEqual(['jitter']);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    const inner = shown.slice(1, -1);
    expect(inner.length).toBeLessThanOrEqual(60);
    // Cut at spaces: every shown word is a whole word of the text.
    for (const word of inner.split(' ')) expect(text.split(' ')).toContain(word);
    // The match is near the start, so what follows it is visible.
    expect(inner.indexOf('jitter')).toBeLessThan(30);
  });

  it('keeps a match near the end of a long text near the start of the snippet', () => {
    const text = [...words, 'jitter', 'end'].join(' ');
    const shown = join(snippet(text, ['jitter'], 60));
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.indexOf('jitter')).toBeLessThan(20);
    expect(shown.endsWith('jitter end')).toBe(true);
  });

  it('starts at the beginning when the match is there, and without an ellipsis', () => {
    const text = ['jitter', ...words].join(' ');
    const shown = join(snippet(text, ['jitter'], 50));
    expect(shown.startsWith('jitter w0')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
  });
});
