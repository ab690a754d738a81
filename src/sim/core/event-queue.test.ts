import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.js';

describe('EventQueue', () => {
  it('pops events in time order, ties in scheduling order, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 3000 }), (times) => {
        const q = new EventQueue(4);
        times.forEach((t, i) => q.push(t, 1, i, 0));
        const popped: [number, number][] = [];
        while (q.pop()) popped.push([q.popTime, q.popA]);
        const expected = times
          .map((t, i): [number, number] => [t, i])
          .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect(popped).toEqual(expected);
      }),
    );
  });

  it('interleaves pushes and pops like a priority queue', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { freq: 3 }), { maxLength: 500 }),
        (ops) => {
          const q = new EventQueue(2);
          const model: number[] = [];
          for (const op of ops) {
            if (op === null) {
              const had = q.pop();
              expect(had).toBe(model.length > 0);
              if (had) {
                model.sort((a, b) => a - b);
                expect(q.popTime).toBe(model.shift());
              }
            } else {
              q.push(op, 0, 0, 0);
              model.push(op);
            }
            expect(q.size).toBe(model.length);
          }
        },
      ),
    );
  });

  it('orders events at +Infinity like any others, in scheduling order, and loses none', () => {
    // A draw can be +Infinity (a Pareto tail with a tiny alpha); such an event ties with the
    // sentinel past the last entry, which must still never come first.
    const time = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(Infinity));
    fc.assert(
      fc.property(
        fc.array(fc.option(time, { freq: 4 }), { minLength: 20, maxLength: 300 }),
        matchesModel,
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps ties first-come first-served when pops and pushes interleave', () => {
    // pop() leaves a hole that the next push fills from the top: equal times must still come
    // out in scheduling order, whichever way the hole is filled.
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { freq: 2 }), { maxLength: 600 }),
        matchesModel,
      ),
    );
  });
});

/**
 * Runs `ops` (a time: push an event then; null: pop one) on a queue and on a list sorted by
 * (time, scheduling order), and checks that every pop agrees and nothing is lost.
 */
function matchesModel(ops: (number | null)[]): void {
  const q = new EventQueue(2);
  const model: [number, number][] = [];
  let next = 0;
  for (const op of ops) {
    if (op === null) {
      if (!q.pop()) {
        expect(model).toEqual([]);
        continue;
      }
      model.sort((x, y) => (x[0] === y[0] ? x[1] - y[1] : x[0] < y[0] ? -1 : 1));
      expect([q.popTime, q.popA]).toEqual(model.shift());
    } else {
      q.push(op, 0, next, 0);
      model.push([op, next++]);
    }
  }
  expect(q.size).toBe(model.length);
}
