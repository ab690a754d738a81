// Where a radar chart's axes, rings, polygons and labels go. The first axis points straight up
// and the others follow clockwise at equal angles; a value v sits at v ÷ max of the radius.

export interface Frame {
  cx: number;
  cy: number;
  radius: number;
  max: number;
}

export type Point = [number, number];

const round = (n: number) => Math.round(n * 10) / 10;

export function angleOf(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** The point for `value` on axis `index` of `count`. */
export function axisPoint(frame: Frame, index: number, count: number, value: number): Point {
  const r = (frame.radius * Math.max(0, Math.min(value, frame.max))) / frame.max;
  const angle = angleOf(index, count);
  return [round(frame.cx + r * Math.cos(angle)), round(frame.cy + r * Math.sin(angle))];
}

/** An SVG `points` attribute: one value per axis, in axis order. */
export function polygonPoints(frame: Frame, values: readonly number[]): string {
  return values.map((value, i) => axisPoint(frame, i, values.length, value).join(',')).join(' ');
}

export interface AxisLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Lines of the label, top to bottom; `y` is the baseline of the first. */
  lines: string[];
}

/**
 * Where an axis's label goes, just outside the outer ring: left of the chart it ends at the
 * axis, right of it it starts there, and labels above the centre grow upwards.
 */
export function labelPlacement(
  frame: Frame,
  index: number,
  count: number,
  text: string,
  lineHeight: number,
  gap = 14,
): AxisLabel {
  const angle = angleOf(index, count);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const x = frame.cx + (frame.radius + gap) * cos;
  const y = frame.cy + (frame.radius + gap) * sin;
  const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  const lines = wrapLabel(text);
  // Above the centre the last line sits at the point; below it the first line hangs from it.
  const top =
    sin < -0.2
      ? y - (lines.length - 1) * lineHeight
      : sin > 0.2
        ? y + lineHeight * 0.8
        : y - ((lines.length - 1) * lineHeight) / 2 + lineHeight * 0.35;
  return { x: round(x), y: round(top), anchor, lines };
}

/** Splits a label into lines of about `width` characters at spaces, never inside a word. */
export function wrapLabel(text: string, width = 14): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
