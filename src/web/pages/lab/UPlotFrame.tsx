// One uPlot chart in a container that follows the theme and the container's width. uPlot
// draws on a canvas, which CSS variables cannot reach, so the colours are read from the
// theme's variables and the chart is rebuilt when the theme changes. Rebuilding on new data
// is simpler than patching and costs about a millisecond for these sizes.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useTheme } from '../../app/theme.js';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  lines: string[];
  fault: string;
  faultText: string;
  marker: string;
}

function readColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: v('--text'),
    muted: v('--muted'),
    grid: v('--border'),
    lines: [1, 2, 3, 4, 5, 6].map((i) => v(`--chart-${i}`)),
    fault: v('--chart-fault'),
    faultText: v('--pitfall'),
    marker: v('--focus'),
  };
}

export const CHART_HEIGHT = 220;

export function UPlotFrame({
  options,
  data,
  label,
}: {
  /** Builds the options for a width and the theme's colours (everything but width/height). */
  options: (colors: ChartColors) => Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  /** The chart's text alternative. */
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const { dark } = useTheme();

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = Math.max(200, Math.floor(el.clientWidth));
    const plot = new uPlot({ ...options(readColors()), width, height: CHART_HEIGHT }, data, el);
    chart.current = plot;
    return () => {
      plot.destroy();
      chart.current = null;
    };
    // `dark` is not read here, but a theme change must rebuild the chart with new colours.
  }, [options, data, dark]);

  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const width = Math.max(200, Math.floor(el.clientWidth));
      if (chart.current && chart.current.width !== width)
        chart.current.setSize({ width, height: CHART_HEIGHT });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return <div ref={box} className="chart-canvas" role="img" aria-label={label} />;
}

/** Shades windows of x (fault windows) under the lines, with a label at the top of each. */
export function shadeWindows(
  windows: readonly { from: number; to: number; label: string }[],
  colors: ChartColors,
): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u) => {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.fillStyle = colors.fault;
        for (const w of windows) {
          const left = u.valToPos(w.from, 'x', true);
          const right = u.valToPos(w.to, 'x', true);
          ctx.fillRect(left, bbox.top, Math.max(1, right - left), bbox.height);
        }
        ctx.restore();
      },
      draw: (u) => {
        const { ctx, bbox } = u;
        ctx.save();
        ctx.fillStyle = colors.faultText;
        ctx.font = `${Math.round(11 * uPlot.pxRatio)}px system-ui, sans-serif`;
        // uPlot leaves the axes' alignment on the context: set ours.
        ctx.textAlign = 'left';
        ctx.textBaseline = 'top';
        for (const w of windows) {
          const left = u.valToPos(w.from, 'x', true) + 4 * uPlot.pxRatio;
          // Keep the label inside the plot when the window is near its right edge.
          const width = ctx.measureText(w.label).width;
          const x = Math.max(bbox.left, Math.min(left, bbox.left + bbox.width - width));
          ctx.fillText(w.label, x, bbox.top + 4 * uPlot.pxRatio);
        }
        ctx.restore();
      },
    },
  };
}

/** A vertical marker at one x value (the knob's current value on a sweep). */
export function markX(x: number | null, colors: ChartColors): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        if (x === null) return;
        const { ctx, bbox } = u;
        const at = u.valToPos(x, 'x', true);
        ctx.save();
        ctx.strokeStyle = colors.marker;
        ctx.lineWidth = 2 * uPlot.pxRatio;
        ctx.setLineDash([4 * uPlot.pxRatio, 4 * uPlot.pxRatio]);
        ctx.beginPath();
        ctx.moveTo(at, bbox.top);
        ctx.lineTo(at, bbox.top + bbox.height);
        ctx.stroke();
        ctx.restore();
      },
    },
  };
}

/** Axis settings in the theme's colours. */
export function themedAxis(colors: ChartColors, extra: uPlot.Axis = {}): uPlot.Axis {
  return {
    stroke: colors.muted,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid, width: 1 },
    font: '12px system-ui, sans-serif',
    labelFont: '12px system-ui, sans-serif',
    ...extra,
  };
}
