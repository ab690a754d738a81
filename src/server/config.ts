// The one place configuration enters: environment variables, read once at start-up and
// validated with zod. A bad value stops the process with one line that names the variable
// and what it accepts (exit status 2), never a stack trace.
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const signupModes = ['open', 'invite', 'closed'] as const;

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
  STAFFLAB_SIGNUP: z.enum(signupModes, { error: 'must be open, invite or closed' }).optional(),
  STAFFLAB_TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(true|false|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
      'must be true, false or a comma-separated list of proxy addresses or CIDR ranges like 10.0.0.0/8',
    )
    .default('false'),
  STAFFLAB_PUBLIC_URL: z
    .string()
    .trim()
    .regex(
      /^https?:\/\/[^/\s]+\/?$/,
      'must be the address users open, like https://stafflab.example.com (no path)',
    )
    .optional(),
});

/** Addresses that only this machine can reach. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}

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
  /** Who may sign up: anyone, invite holders, or nobody. Open by default on loopback only. */
  signupMode: (typeof signupModes)[number];
  /** Believe X-Forwarded-Proto/-For from any proxy (true) or from these addresses only. */
  trustProxy: boolean | string[];
  /** Base of the links handed out (invites, password resets), or null for the request's own. */
  publicUrl: string | null;
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
    signupMode: parsed.STAFFLAB_SIGNUP ?? (isLoopback(parsed.HOST) ? 'open' : 'invite'),
    trustProxy:
      parsed.STAFFLAB_TRUST_PROXY === 'true'
        ? true
        : parsed.STAFFLAB_TRUST_PROXY === 'false'
          ? false
          : parsed.STAFFLAB_TRUST_PROXY.split(',').map((address) => address.trim()),
    publicUrl: parsed.STAFFLAB_PUBLIC_URL?.replace(/\/$/, '') ?? null,
  };
}
