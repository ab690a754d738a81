// The one place configuration enters: environment variables, read once at start-up and
// validated with zod. A bad value stops the process with one line that names the variable
// and what it accepts (exit status 2), never a stack trace.
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting, its variable, default and what it accepts. The README's table mirrors this. */
export const configSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number from 0 to 65535' })
    .int('must be a whole number from 0 to 65535')
    .min(0, 'must be a whole number from 0 to 65535')
    .max(65535, 'must be a whole number from 0 to 65535')
    .default(3000),
  HOST: z
    .string()
    .trim()
    .min(1, 'must be a host name or IP address to listen on, like 127.0.0.1')
    .default('127.0.0.1'),
  STAFFLAB_DATA_DIR: z.string().trim().min(1, 'must be a folder path').default('./data'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(
      /^postgres(ql)?:\/\/.+/,
      'must be a PostgreSQL URL like postgres://user:password@host:5432/stafflab (leave it unset for SQLite)',
    )
    .optional(),
  STAFFLAB_CONTENT_DIR: z.string().trim().min(1, 'must be a folder path').optional(),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
});

export type Env = z.infer<typeof configSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** `sqlite` stores in `<dataDir>/stafflab.db`; `postgres` uses `databaseUrl`. */
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  /** Null means the content folder shipped with the package. */
  contentDir: string | null;
  logLevel: (typeof logLevels)[number];
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
    readonly value: string | undefined,
  ) {
    super(
      `Invalid configuration: ${variable} ${problem}${value === undefined ? '' : ` (got "${value}")`}.`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment; throws ConfigError naming the first bad variable. */
export function readConfig(
  env: Record<string, string | undefined>,
  joinPath: (...parts: string[]) => string,
): Config {
  // An empty variable means "not set", as shells and .env files commonly write it.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(variable, issue.message, present[variable]);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: parsed.STAFFLAB_DATA_DIR,
    database: parsed.DATABASE_URL
      ? { kind: 'postgres', url: parsed.DATABASE_URL }
      : { kind: 'sqlite', file: joinPath(parsed.STAFFLAB_DATA_DIR, 'stafflab.db') },
    contentDir: parsed.STAFFLAB_CONTENT_DIR ?? null,
    logLevel: parsed.LOG_LEVEL,
  };
}
