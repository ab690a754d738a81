// Horizontal bars with their numbers written out: the length is for the eye, the text carries
// the value, so nothing depends on reading a bar's length or its colour.
export interface Bar {
  id: string;
  label: string;
  value: number;
  /** The bar's full length. */
  max: number;
  /** The value as text: "87 points", "3 of 5". */
  text: string;
  /** Marks the bars to stand out (the primary and secondary archetype). */
  highlight?: boolean;
}

export function ScoreBars({ bars, label }: { bars: Bar[]; label: string }) {
  return (
    <ul className="score-bars" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.id} className={bar.highlight ? 'score-bar score-bar-highlight' : 'score-bar'}>
          <span className="score-bar-label">{bar.label}</span>
          <span className="score-bar-track" aria-hidden="true">
            <span
              className="score-bar-fill"
              style={{
                width: `${bar.max === 0 ? 0 : Math.min(100, (100 * bar.value) / bar.max)}%`,
              }}
            />
          </span>
          <span className="score-bar-value">{bar.text}</span>
        </li>
      ))}
    </ul>
  );
}
