import { describe, expect, it } from 'vitest';
import { inlinePlainText, markdownPlainText } from './plain-text.js';

describe('inlinePlainText', () => {
  it('keeps the words of emphasis, links, images and code, and drops their syntax', () => {
    expect(inlinePlainText('**Timeouts decide** when the *bet* is ~~not~~ placed')).toBe(
      'Timeouts decide when the bet is not placed',
    );
    expect(inlinePlainText('see [Partial failure and cascades](/topics/failure-behavior)')).toBe(
      'see Partial failure and cascades',
    );
    expect(inlinePlainText('![A queue growing](queue.svg "title") below')).toBe(
      'A queue growing below',
    );
    expect(inlinePlainText('call `GET /orders/{id}` once')).toBe('call GET /orders/{id} once');
    expect(inlinePlainText('``a `tick` inside``')).toBe('a `tick` inside');
  });

  it('treats underscores inside words as part of the word, around words as emphasis', () => {
    expect(inlinePlainText('set max_retry_count to _three_')).toBe('set max_retry_count to three');
  });

  it('drops JSX expressions and comments, and decodes entities and escapes', () => {
    expect(inlinePlainText("a{' '}b {/* note to authors */} c")).toBe('a b   c');
    expect(inlinePlainText('R&amp;D &#8594; 3 &lt; 4')).toBe('R&D → 3 < 4');
    expect(inlinePlainText('\\*not emphasis\\*')).toBe('*not emphasis*');
  });
});

describe('markdownPlainText', () => {
  it('drops block syntax: heading marks, bullets, numbers, quotes, rules, table pipes', () => {
    const body = [
      '## The hook',
      '',
      '- first item',
      '1. numbered',
      '> quoted',
      '',
      '---',
      '',
      '| p | attempts |',
      '|---|:---:|',
      '| 0.01 | 1.0101 |',
    ].join('\n');
    expect(markdownPlainText(body)).toBe(
      'The hook first item numbered quoted p attempts 0.01 1.0101',
    );
  });

  it('keeps what a callout or figure shows and nothing of a lab tag or an import', () => {
    const body = [
      "import { Thing } from './thing.js';",
      '<Callout kind="pitfall" title="Watch out">',
      '  **Retrying at every layer.** Notice it',
      '</Callout>',
      '',
      '<Lab id="retry-storm" />',
      '',
      '<Figure',
      '  src="load.svg"',
      '  caption="Load over time"',
      '/>',
    ].join('\n');
    const text = markdownPlainText(body);
    expect(text).toBe('Watch out Retrying at every layer. Notice it Load over time');
    for (const hidden of ['pitfall', 'retry-storm', 'load.svg', 'import', 'Callout'])
      expect(text).not.toContain(hidden);
  });

  it('keeps code block content without the fences or their language', () => {
    const body = [
      'Before.',
      '',
      '```text',
      'sleep = U(0, t(n))',
      '## not a heading',
      '```',
      'After.',
    ];
    expect(markdownPlainText(body.join('\n'))).toBe(
      'Before. sleep = U(0, t(n)) ## not a heading After.',
    );
  });

  it('does not read tags or emphasis inside a code block as syntax', () => {
    const body = ['```html', '<Callout kind="tip">', '**x**', '```'].join('\n');
    expect(markdownPlainText(body)).toBe('<Callout kind="tip"> **x**');
  });
});
