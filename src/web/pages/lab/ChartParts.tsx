// The parts every lab chart shares: a legend that does not rely on colour alone (pinned lines
// are also named "pinned" and drawn dashed) and a summary table as the chart's text version.
import type { ReactNode } from 'react';
import { formatNumber, type LineStats } from './chart-data.js';

export interface LegendItem {
  label: string;
  color: string;
  pinned?: boolean;
}

export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={`${item.label}-${item.pinned ? 'p' : 'c'}`}>
          <span
            aria-hidden="true"
            className={`swatch${item.pinned ? ' swatch-pinned' : ''}`}
            style={{ borderColor: item.color }}
          />
          {item.label}
          {item.pinned ? ' (pinned)' : ''}
        </li>
      ))}
    </ul>
  );
}

export function StatsTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { label: string; stats: LineStats }[];
}) {
  return (
    <details className="chart-table">
      <summary>Numbers behind the chart</summary>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Min</th>
            <th scope="col">Mean</th>
            <th scope="col">Max</th>
            <th scope="col">Last</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{formatNumber(row.stats.min)}</td>
              <td>{formatNumber(row.stats.mean)}</td>
              <td>{formatNumber(row.stats.max)}</td>
              <td>{formatNumber(row.stats.last)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function ChartFigure({
  title,
  unit,
  attrs,
  children,
}: {
  title: string;
  unit: string;
  attrs: Record<`data-${string}`, string | number | boolean>;
  children: ReactNode;
}) {
  return (
    <figure className="lab-chart" {...attrs}>
      <figcaption>
        <span className="lab-chart-title">{title}</span>{' '}
        <span className="muted lab-chart-unit">({unit})</span>
      </figcaption>
      {children}
    </figure>
  );
}
