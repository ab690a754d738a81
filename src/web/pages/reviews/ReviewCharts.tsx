// The statistics' two bar charts — reviews per day stacked by rating, and the forecast of due
// cards — each with its numbers in a table under it as the chart's text version.
import { useCallback, useMemo } from 'react';
import uPlot from 'uplot';
import type { ReviewStatsView } from '../../../api/index.js';
import { themedAxis, UPlotFrame, type ChartColors } from '../lab/UPlotFrame.js';
import { Legend } from '../lab/ChartParts.js';
import { shortDate } from './review-format.js';

type Days = ReviewStatsView['days'];
type Forecast = ReviewStatsView['forecast'];

/**
 * Rating colours: the theme's warning, caution, success and accent colours. The canvas needs
 * their values (UPlotFrame rebuilds on a theme change); the legend uses the variables as they are.
 */
function ratingColors(): Record<'again' | 'hard' | 'good' | 'easy', string> {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return { again: v('--pitfall'), hard: v('--tool'), good: v('--tip'), easy: v('--accent') };
}

const bars = uPlot.paths.bars!({ size: [0.7, 40], gap: 1 });

/** uPlot draws a zero as a hairline bar; a gap reads as "none" at a glance. */
const orNull = (value: number) => (value === 0 ? null : value);

/** Day indices on the x axis, labelled by date about once a week. */
function dayAxis(colors: ChartColors, dates: readonly string[]): uPlot.Axis {
  const last = dates.length - 1;
  return themedAxis(colors, {
    splits: () => [0, 7, 14, 21, last],
    values: (_u, splits) => splits.map((i) => (dates[i] ? shortDate(dates[i]) : '')),
  });
}

function countOptions(
  colors: ChartColors,
  dates: readonly string[],
  series: uPlot.Series[],
): Omit<uPlot.Options, 'width' | 'height'> {
  return {
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: [-0.6, dates.length - 0.4] },
      y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] },
    },
    axes: [
      dayAxis(colors, dates),
      themedAxis(colors, { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], size: 40 }),
    ],
    series: [{}, ...series],
  };
}

function NumbersTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  return (
    <details className="chart-table">
      <summary>Numbers behind the chart</summary>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest]) => (
            <tr key={String(first)}>
              <th scope="row">{first}</th>
              {rest.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function ReviewsPerDayChart({ days }: { days: Days }) {
  const dates = useMemo(() => days.map((d) => d.date), [days]);
  // Stacked by drawing the running sums from the tallest down: each bar covers the one below.
  const data = useMemo<uPlot.AlignedData>(
    () => [
      days.map((_, i) => i),
      days.map((d) => orNull(d.total)),
      days.map((d) => orNull(d.again + d.hard + d.good)),
      days.map((d) => orNull(d.again + d.hard)),
      days.map((d) => orNull(d.again)),
    ],
    [days],
  );
  const options = useCallback(
    (colors: ChartColors) => {
      const c = ratingColors();
      const series = (label: string, color: string): uPlot.Series => ({
        label,
        fill: color,
        stroke: color,
        paths: bars,
        points: { show: false },
      });
      return countOptions(colors, dates, [
        series('Easy', c.easy),
        series('Good', c.good),
        series('Hard', c.hard),
        series('Again', c.again),
      ]);
    },
    [dates],
  );
  const total = days.reduce((sum, d) => sum + d.total, 0);
  return (
    <figure className="review-chart">
      <figcaption>Reviews per day, last 30 days ({total} in all)</figcaption>
      <UPlotFrame
        options={options}
        data={data}
        label={`Bar chart of reviews per day over the last 30 days, ${total} in all, stacked by rating. The numbers are in the table below.`}
      />
      <Legend
        items={[
          { label: 'Again', color: 'var(--pitfall)' },
          { label: 'Hard', color: 'var(--tool)' },
          { label: 'Good', color: 'var(--tip)' },
          { label: 'Easy', color: 'var(--accent)' },
        ]}
      />
      <NumbersTable
        caption="Reviews per day by rating"
        head={['Day', 'Again', 'Hard', 'Good', 'Easy', 'Total']}
        rows={days.map((d) => [shortDate(d.date), d.again, d.hard, d.good, d.easy, d.total])}
      />
    </figure>
  );
}

export function ForecastChart({ forecast }: { forecast: Forecast }) {
  const dates = useMemo(() => forecast.map((d) => d.date), [forecast]);
  const data = useMemo<uPlot.AlignedData>(
    () => [forecast.map((_, i) => i), forecast.map((d) => orNull(d.due))],
    [forecast],
  );
  const options = useCallback(
    (colors: ChartColors) =>
      countOptions(colors, dates, [
        {
          label: 'Due',
          fill: ratingColors().easy,
          stroke: ratingColors().easy,
          paths: bars,
          points: { show: false },
        },
      ]),
    [dates],
  );
  const total = forecast.reduce((sum, d) => sum + d.due, 0);
  return (
    <figure className="review-chart">
      <figcaption>Cards due per day, next 30 days ({total} in all)</figcaption>
      <UPlotFrame
        options={options}
        data={data}
        label={`Bar chart of cards due per day for the next 30 days, ${forecast[0]?.due ?? 0} today and ${total} in all. The numbers are in the table below.`}
      />
      <p className="chart-note">Cards already overdue count today.</p>
      <NumbersTable
        caption="Cards due per day"
        head={['Day', 'Due']}
        rows={forecast.map((d, i) => [
          i === 0 ? `Today (${shortDate(d.date)})` : shortDate(d.date),
          d.due,
        ])}
      />
    </figure>
  );
}
