// How the CLI ends: exit 0 on success, 1 on a failed check or run, 2 on bad usage or
// configuration. Users see one clear message, never a stack trace.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, 2);
}
