// A radar chart drawn as plain SVG: one axis per dimension, rings at 1, 2 and 3, and a polygon
// per series. Series differ by line pattern and vertex marker as well as by colour, and the
// legend draws the same line, so the chart reads without colour; a table beside it carries the
// numbers for screen readers and for anyone who prefers them.
import { useId } from 'react';
import { axisPoint, labelPlacement, polygonPoints, type Frame } from './radar-geometry.js';

export type SeriesStyle = 'you' | 'earlier' | 'staff' | 'principal';

export interface RadarSeries {
  label: string;
  style: SeriesStyle;
  /** One value per axis, in axis order. */
  values: number[];
}

const rings = [
  { value: 1, label: 'Senior' },
  { value: 2, label: 'Staff' },
  { value: 3, label: 'Principal' },
];

const lineHeight = 15;
// Room for two-line labels of about 14 characters on every side, at a scale that stays
// readable when the chart shrinks to a phone's width.
const frame: Frame = { cx: 230, cy: 188, radius: 110, max: 3 };

const markerOf: Record<SeriesStyle, 'circle' | 'square' | null> = {
  you: 'circle',
  earlier: 'square',
  staff: null,
  principal: null,
};

function Marker({ style, x, y }: { style: SeriesStyle; x: number; y: number }) {
  const kind = markerOf[style];
  if (kind === 'circle')
    return <circle className={`radar-marker radar-${style}`} cx={x} cy={y} r={4.5} />;
  if (kind === 'square')
    return (
      <rect className={`radar-marker radar-${style}`} x={x - 4} y={y - 4} width={8} height={8} />
    );
  return null;
}

export function RadarChart({
  axes,
  series,
  title,
  description,
}: {
  axes: string[];
  series: RadarSeries[];
  title: string;
  description: string;
}) {
  const id = useId();
  return (
    <figure className="radar">
      <svg
        className="radar-svg"
        viewBox="0 0 460 372"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-axes={axes.length}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {rings.map((ring) => (
          <g key={ring.value}>
            <polygon
              className="radar-ring"
              points={polygonPoints(
                frame,
                axes.map(() => ring.value),
              )}
            />
            <text
              className="radar-ring-label"
              x={frame.cx + 4}
              y={axisPoint(frame, 0, axes.length, ring.value)[1] - 3}
            >
              {ring.value} {ring.label}
            </text>
          </g>
        ))}
        {axes.map((axis, i) => {
          const [x, y] = axisPoint(frame, i, axes.length, frame.max);
          const label = labelPlacement(frame, i, axes.length, axis, lineHeight);
          return (
            <g key={axis}>
              <line className="radar-axis" x1={frame.cx} y1={frame.cy} x2={x} y2={y} />
              <text className="radar-label" x={label.x} y={label.y} textAnchor={label.anchor}>
                {label.lines.map((line, j) => (
                  <tspan key={j} x={label.x} dy={j === 0 ? 0 : lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {series.map((s) => (
          <g key={s.label} data-series={s.style}>
            <polygon
              className={`radar-shape radar-${s.style}`}
              points={polygonPoints(frame, s.values)}
            />
            {s.values.map((value, i) => {
              const [x, y] = axisPoint(frame, i, s.values.length, value);
              return <Marker key={i} style={s.style} x={x} y={y} />;
            })}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="radar-legend" aria-label="Legend">
          {series.map((s) => (
            <li key={s.label}>
              <svg className="radar-swatch" viewBox="0 0 36 12" aria-hidden="true">
                <line className={`radar-shape radar-${s.style}`} x1={2} y1={6} x2={34} y2={6} />
                <Marker style={s.style} x={18} y={6} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
