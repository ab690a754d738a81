// A `sweep` chart: one run per value of a knob (the other knobs keep the learner's values),
// a metric per line. Points appear as the worker finishes each run; the knob's current value
// is marked, and a pinned run's sweep is drawn dashed.
import { useCallback, useMemo } from 'react';
import type uPlot from 'uplot';
import type { Knob, KnobValue } from '../../../curriculum/schema/lab.js';
import type { SweepPoints } from './use-lab-runner.js';
import {
  checksum,
  formatNumber,
  lineStats,
  sweepAxis,
  type SweepChart as SweepChartSpec,
} from './chart-data.js';
import { markX, themedAxis, UPlotFrame, type ChartColors } from './UPlotFrame.js';
import { ChartFigure, Legend, StatsTable } from './ChartParts.js';

type Points = SweepPoints[number];

/** Line `line` of the sweep, in the order of the sorted x axis. */
function lineOf(points: Points | undefined, order: number[], line: number): (number | null)[] {
  return order.map((i) => points?.[i]?.[line] ?? null);
}

export function SweepChart({
  chart,
  knob,
  current,
  points,
  pinnedPoints,
  complete,
}: {
  chart: SweepChartSpec;
  knob: Knob | undefined;
  /** The swept knob's value in the current run. */
  current: KnobValue | undefined;
  points: Points | undefined;
  pinnedPoints: Points | undefined;
  complete: boolean;
}) {
  const axis = useMemo(() => sweepAxis(chart.values), [chart.values]);
  // uPlot needs x in ascending order; lab files usually list values that way already.
  const order = useMemo(
    () => axis.x.map((_, i) => i).sort((a, b) => axis.x[a]! - axis.x[b]!),
    [axis],
  );
  const { lines, pinned, data } = useMemo(() => {
    const x = order.map((i) => axis.x[i]!);
    const lines = chart.lines.map((l, li) => ({
      label: l.label,
      values: lineOf(points, order, li),
    }));
    const pinned = pinnedPoints
      ? chart.lines.map((l, li) => ({ label: l.label, values: lineOf(pinnedPoints, order, li) }))
      : [];
    const data: uPlot.AlignedData = [
      x,
      ...pinned.map((l) => l.values),
      ...lines.map((l) => l.values),
    ];
    return { lines, pinned, data };
  }, [order, axis, chart.lines, points, pinnedPoints]);
  const done = (points ?? []).filter((p) => p !== null).length;
  const sum = checksum(lines.map((l) => l.values));
  const at = chart.values.findIndex((v) => v === current);
  const marker = at < 0 ? null : axis.x[at]!;
  const numeric = chart.values.every((v) => typeof v === 'number');
  const unitText = knob?.unit ? ` (${knob.unit})` : '';
  const lineCount = chart.lines.length;
  const pinnedCount = pinned.length;

  const options = useCallback(
    (colors: ChartColors): Omit<uPlot.Options, 'width' | 'height'> => ({
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false } },
      axes: [
        themedAxis(colors, {
          label: `${knob?.label ?? chart.knob}${unitText}`,
          ...(numeric
            ? {}
            : {
                splits: () => axis.x,
                values: (_u: uPlot, splits: number[]) =>
                  splits.map((s) => axis.labels[axis.x.indexOf(s)] ?? ''),
              }),
        }),
        themedAxis(colors, { label: chart.unit, size: 56 }),
      ],
      series: [
        {},
        ...Array.from({ length: pinnedCount }, (_, i) => ({
          label: `pinned ${i}`,
          stroke: colors.lines[i % 6],
          width: 1.5,
          dash: [6, 5],
          alpha: 0.55,
          points: { show: true, size: 5 },
        })),
        ...Array.from({ length: lineCount }, (_, i) => ({
          label: `line ${i}`,
          stroke: colors.lines[i % 6],
          width: 2,
          points: { show: true, size: 7, fill: colors.lines[i % 6] },
        })),
      ],
      plugins: [markX(marker, colors)],
    }),
    [knob, chart.knob, chart.unit, unitText, numeric, axis, pinnedCount, lineCount, marker],
  );

  const stats = lines.map((l) => ({ label: l.label, stats: lineStats(l.values) }));
  const label = [
    `${chart.title}: ${chart.unit} against ${knob?.label ?? chart.knob}; ${done} of ${chart.values.length} values run.`,
    ...lines.map(
      (l) =>
        `${l.label}: ${l.values.map((v, i) => `${axis.labels[order[i]!]} → ${formatNumber(v)}`).join(', ')}.`,
    ),
    current === undefined ? '' : `The current value is ${String(current)}.`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ChartFigure
      title={chart.title}
      unit={chart.unit}
      attrs={{
        'data-kind': 'sweep',
        'data-points': done,
        'data-complete': complete && done === chart.values.length,
        'data-checksum': sum,
        'data-pinned': pinned.length > 0,
      }}
    >
      <UPlotFrame options={options} data={data} label={label} />
      <Legend
        items={[
          ...lines.map((l, i) => ({ label: l.label, color: `var(--chart-${(i % 6) + 1})` })),
          ...pinned.map((l, i) => ({
            label: l.label,
            color: `var(--chart-${(i % 6) + 1})`,
            pinned: true,
          })),
        ]}
      />
      <p className="chart-note">
        {done < chart.values.length
          ? `Running the sweep: ${done} of ${chart.values.length} values…`
          : `${chart.values.length} runs, one per value of ${knob?.label ?? chart.knob}.`}
        {marker !== null ? ' The dashed vertical line marks the current value.' : ''}
      </p>
      <StatsTable caption={`${chart.title}: summary`} rows={stats} />
    </ChartFigure>
  );
}
