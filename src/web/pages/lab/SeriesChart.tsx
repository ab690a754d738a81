// A `series` chart: per-interval lines of the run over simulated time, fault windows shaded
// and labelled, and the pinned run's lines dashed and faded behind the current ones.
import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { RunView } from './lab-protocol.js';
import type { FaultWindow } from './lab-model.js';
import {
  checksum,
  fitLength,
  formatNumber,
  lineStats,
  seriesData,
  type SeriesChart as SeriesChartSpec,
} from './chart-data.js';
import { shadeWindows, themedAxis, UPlotFrame, type ChartColors } from './UPlotFrame.js';
import { ChartFigure, Legend, StatsTable } from './ChartParts.js';

export function SeriesChart({
  chart,
  run,
  pinned,
  windows,
}: {
  chart: SeriesChartSpec;
  run: RunView;
  pinned: RunView | null;
  windows: FaultWindow[];
}) {
  const current = useMemo(() => seriesData(run.result, chart), [run, chart]);
  const before = useMemo(
    () => (pinned ? seriesData(pinned.result, chart).lines : []),
    [pinned, chart],
  );
  const n = current.x.length;
  const data = useMemo<uPlot.AlignedData>(
    () => [
      current.x,
      ...before.map((l) => fitLength(l.values, n)),
      ...current.lines.map((l) => l.values),
    ],
    [current, before, n],
  );

  const options = useCallback(
    (colors: ChartColors): Omit<uPlot.Options, 'width' | 'height'> => ({
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false } },
      axes: [
        themedAxis(colors, { label: 'time (s)' }),
        themedAxis(colors, { label: chart.unit, size: 56 }),
      ],
      series: [
        {},
        ...before.map((l, i) => ({
          label: `${l.label} (pinned)`,
          stroke: colors.lines[i % 6],
          width: 1.5,
          dash: [6, 5],
          alpha: 0.55,
          spanGaps: false,
        })),
        ...current.lines.map((l, i) => ({
          label: l.label,
          stroke: colors.lines[i % 6],
          width: 2,
          spanGaps: false,
        })),
      ],
      plugins: [shadeWindows(windows, colors)],
    }),
    [before, current, chart.unit, windows],
  );

  const stats = current.lines.map((l) => ({ label: l.label, stats: lineStats(l.values) }));
  const pinnedStats = before.map((l) => ({
    label: `${l.label} (pinned)`,
    stats: lineStats(l.values),
  }));
  const duration = formatNumber(n * run.result.series.interval);
  const label = [
    `${chart.title}, ${chart.unit}, over ${duration} s.`,
    ...stats.map(
      (s) =>
        `${s.label}: from ${formatNumber(s.stats.min)} to ${formatNumber(s.stats.max)}, mean ${formatNumber(s.stats.mean)}, last ${formatNumber(s.stats.last)}.`,
    ),
    ...windows.map((w) => `Shaded ${w.from}–${w.to} s: ${w.label}.`),
    pinned ? 'Dashed lines: the pinned run.' : '',
  ]
    .filter(Boolean)
    .join(' ');

  const lineColors = (i: number) => `var(--chart-${(i % 6) + 1})`;
  return (
    <ChartFigure
      title={chart.title}
      unit={chart.unit}
      attrs={{
        'data-kind': 'series',
        'data-points': n,
        'data-checksum': checksum(current.lines.map((l) => l.values)),
        'data-pinned': pinned !== null,
      }}
    >
      <UPlotFrame options={options} data={data} label={label} />
      <Legend
        items={[
          ...current.lines.map((l, i) => ({ label: l.label, color: lineColors(i) })),
          ...before.map((l, i) => ({ label: l.label, color: lineColors(i), pinned: true })),
        ]}
      />
      {windows.length > 0 && (
        <p className="chart-note">
          Shaded:{' '}
          {windows
            .map((w) => `${w.label} (${formatNumber(w.from)}–${formatNumber(w.to)} s)`)
            .join('; ')}
        </p>
      )}
      <StatsTable caption={`${chart.title}: summary`} rows={[...stats, ...pinnedStats]} />
    </ChartFigure>
  );
}
