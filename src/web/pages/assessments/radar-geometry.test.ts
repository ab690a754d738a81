import { describe, expect, it } from 'vitest';
import {
  axisPoint,
  labelPlacement,
  polygonPoints,
  wrapLabel,
  type Frame,
} from './radar-geometry.js';

const frame: Frame = { cx: 100, cy: 100, radius: 90, max: 3 };

describe('radar geometry', () => {
  it('puts the first axis straight up and the others clockwise', () => {
    // Four axes: up, right, down, left. Value 3 is the full radius of 90; 1.5 is half of it.
    expect(axisPoint(frame, 0, 4, 3)).toEqual([100, 10]);
    expect(axisPoint(frame, 1, 4, 1.5)).toEqual([145, 100]);
    expect(axisPoint(frame, 2, 4, 3)).toEqual([100, 190]);
    expect(axisPoint(frame, 3, 4, 2)).toEqual([40, 100]);
  });

  it('keeps values inside the chart', () => {
    expect(axisPoint(frame, 0, 4, 5)).toEqual([100, 10]);
    expect(axisPoint(frame, 0, 4, -1)).toEqual([100, 100]);
  });

  it('draws a polygon through one point per axis', () => {
    expect(polygonPoints(frame, [3, 1.5, 3, 2])).toBe('100,10 145,100 100,190 40,100');
    // Eight axes: the second is at 45°, so value 3 lands at 90 · (sin 45°, −cos 45°) ≈ (63.6, −63.6).
    expect(polygonPoints(frame, [0, 3, 0, 0, 0, 0, 0, 0]).split(' ')[1]).toBe('163.6,36.4');
  });

  it('anchors labels away from the chart', () => {
    expect(labelPlacement(frame, 0, 4, 'Scope', 14).anchor).toBe('middle');
    expect(labelPlacement(frame, 1, 4, 'Radius', 14)).toMatchObject({ anchor: 'start', x: 204 });
    expect(labelPlacement(frame, 3, 4, 'Ownership', 14)).toMatchObject({ anchor: 'end', x: -4 });
    // Above the centre a two-line label grows upwards: its first line is one line higher.
    const top = labelPlacement(frame, 0, 4, 'Scope of decisions', 14);
    expect(top.lines).toEqual(['Scope of', 'decisions']);
    expect(top.y).toBe(100 - 104 - 14);
  });

  it('wraps labels at spaces into lines of about the given width', () => {
    expect(wrapLabel('Ownership of technical health')).toEqual([
      'Ownership of',
      'technical',
      'health',
    ]);
    expect(wrapLabel('Time horizon')).toEqual(['Time horizon']);
    expect(wrapLabel('Incomprehensibilities abound', 10)).toEqual([
      'Incomprehensibilities',
      'abound',
    ]);
  });
});
