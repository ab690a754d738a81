// How the CLI ends: exit 0 on success, 1 on a failed check or run, 2 on bad usage or
// configuration. Users see one clear message, never a stack trace.
const cliErrorMark = Symbol.for('stafflab.CliError');

export class CliError extends Error {
  /** Marks a CliError however it was loaded: see isCliError. */
  readonly [cliErrorMark] = true;

  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * Whether `error` is a CliError. Not `instanceof`: the command's entry runs bundled
 * (dist/cli/main.cjs, with its own copy of this class) while the commands it loads are
 * separate modules, so a command's CliError is an instance of the other copy.
 */
export function isCliError(error: unknown): error is CliError {
  return typeof error === 'object' && error !== null && cliErrorMark in error;
}

export function usageError(message: string): CliError {
  return new CliError(message, 2);
}
