import { describe, expect, it } from 'vitest';
import { CliError, isCliError, usageError } from './errors.js';

describe('isCliError', () => {
  it('knows a CliError from any copy of the class, and nothing else', () => {
    expect(isCliError(new CliError('failed', 1))).toBe(true);
    expect(isCliError(usageError('bad usage'))).toBe(true);
    // What a second copy of the module (the bundled entry's) creates: another class, same mark.
    const other = Object.assign(new Error('from the other copy'), {
      [Symbol.for('stafflab.CliError')]: true,
    });
    expect(other instanceof CliError).toBe(false);
    expect(isCliError(other)).toBe(true);
    for (const value of [new Error('plain'), { exitCode: 2, message: 'lookalike' }, null, 'text'])
      expect(isCliError(value)).toBe(false);
  });
});
