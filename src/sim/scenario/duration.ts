// Durations in scenarios are numbers of seconds or strings with a unit (`250ms`, `2s`, `5m`).
// Inside the engine every time is an integer number of microseconds: integers add exactly,
// so two runs of one scenario agree to the last digit.
import { z } from 'zod';

export const US_PER_SECOND = 1_000_000;

const UNIT_US: Record<string, number> = {
  us: 1,
  µs: 1,
  ms: 1_000,
  s: 1_000_000,
  m: 60_000_000,
  h: 3_600_000_000,
};
const DURATION_PATTERN = /^(\d+(?:\.\d+)?)\s*(us|µs|ms|s|m|h)$/;

/** A duration as a scenario author writes it. */
export const durationSchema = z
  .union([
    z.number().min(0, 'a duration cannot be negative').finite(),
    z
      .string()
      .regex(
        DURATION_PATTERN,
        'write a duration as seconds (1.5) or with a unit: 250us, 250ms, 2s, 5m, 1h',
      ),
  ])
  .describe('Seconds as a number, or a string with a unit: `250us`, `250ms`, `2s`, `5m`, `1h`.');

export type Duration = z.infer<typeof durationSchema>;

/** Converts a validated duration to whole microseconds (rounded to the nearest one). */
export function toMicros(value: Duration): number {
  if (typeof value === 'number') return Math.round(value * US_PER_SECOND);
  const match = DURATION_PATTERN.exec(value);
  if (!match) throw new Error(`not a duration: ${value}`);
  return Math.round(Number(match[1]) * (UNIT_US[match[2] ?? 's'] ?? US_PER_SECOND));
}

/** Microseconds to seconds for output, kept to microsecond precision. */
export function toSeconds(us: number): number {
  return us / US_PER_SECOND;
}
