// The `stafflab` command as a user runs it: the compiled CLI in a child process, checked for
// its output and exit status (0 success, 1 failed check, 2 bad usage or configuration).
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../scripts/lib/build.mjs';
import { resetPassword } from '../src/server/accounts/password-resets.js';
import { signIn, signUp } from '../src/server/accounts/users.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { defaultContentDir, packageRoot } from '../src/server/paths.js';

const cli = join(packageRoot, 'dist', 'cli', 'main.cjs');
const run = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, STAFFLAB_CONTENT_DIR: '' },
    // A run with traces prints megabytes of JSON (the default buffer is 1 MB).
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  build('server', { quiet: true });
}, 120_000);

describe('stafflab CLI', () => {
  it('prints help for every command and exits 0', () => {
    for (const args of [
      ['--help'],
      ['content', '--help'],
      ['content', 'check', '--help'],
      ['content', 'stats', '--help'],
      ['db', 'migrate', '--help'],
      ['user', 'reset-password', '--help'],
      ['start', '--help'],
    ]) {
      const result = run(args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage: stafflab');
    }
  });

  it('exits 2 on bad usage, with a hint', () => {
    const unknown = run(['content', 'chek']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'chek'");
    expect(run(['content', 'stats', '--jsn']).code).toBe(2);
    expect(run(['content', 'check', '--dir', join(tmpdir(), 'no-such-folder-here')]).code).toBe(2);
  });

  it('checks the shipped content: no errors, missing lessons listed, and --strict fails while any are missing', () => {
    const result = run(['content', 'check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/43 topics, \d+ lessons written, \d+ missing\./);
    expect(result.stdout).not.toContain('error:');
    const missing = Number(/(\d+) missing\./.exec(result.stdout)![1]);
    expect(run(['content', 'check', '--strict']).code).toBe(missing > 0 ? 1 : 0);
  });

  it('fails the check with file:line for broken content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stafflab-content-'));
    cpSync(defaultContentDir, dir, { recursive: true });
    writeFileSync(join(dir, 'weeks-typo.yaml'), 'x: 1\n');
    writeFileSync(
      join(dir, 'scenarios', 'broken.yaml'),
      'name: broken\nduration: -3s\nservices: []\n',
    );
    mkdirSync(join(dir, 'rubrics'), { recursive: true });
    writeFileSync(
      join(dir, 'rubrics', 'radius-map.yaml'),
      'artifact: radius-map\ntitle: Radius map\ncriteria: []\n',
    );
    const lesson = readFileSync(
      join(packageRoot, 'test/fixtures/lesson/weeks/04-failure-retries/retry-strategy.mdx'),
      'utf8',
    );
    const broken = `${lesson}\nMore text.\n\n<!-- an HTML comment, which MDX rejects -->\n`;
    mkdirSync(join(dir, 'weeks', '04-failure-retries'), { recursive: true });
    writeFileSync(join(dir, 'weeks', '04-failure-retries', 'retry-strategy.mdx'), broken);
    writeFileSync(
      join(dir, 'weeks', '04-failure-retries', 'burst.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    const commentLine = broken.split('\n').findIndex((line) => line.startsWith('<!--')) + 1;
    const result = run(['content', 'check', '--dir', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `error: weeks/04-failure-retries/retry-strategy.mdx:${commentLine}: MDX syntax: Unexpected character \`!\``,
    );
    expect(result.stdout).toContain(
      'error: rubrics/radius-map.yaml:3: criteria: a rubric has 4–6 criteria',
    );
    expect(result.stdout).toContain('warning: weeks-typo.yaml: not part of the content layout');
    expect(result.stdout).toMatch(/error: scenarios\/broken\.yaml:2: duration: /);
    expect(result.stderr).toContain('content check failed');
  }, 30_000);

  it('prints stats as JSON with one entry per topic in program order', () => {
    const result = run(['content', 'stats', '--json']);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout) as {
      topics: {
        id: string;
        week: number;
        words: number;
        questions: number;
        cards: number;
        references: number;
        practice: unknown[];
      }[];
    };
    expect(stats.topics).toHaveLength(43);
    expect(stats.topics[0]).toMatchObject({ id: 'senior-staff-principal', week: 1 });
    expect(stats.topics.at(-1)).toMatchObject({ id: 'principal-enablement', week: 20 });
    for (const topic of stats.topics)
      expect(Object.keys(topic)).toEqual(
        expect.arrayContaining([
          'id',
          'week',
          'title',
          'outline',
          'words',
          'questions',
          'cards',
          'references',
          'practice',
        ]),
      );
  });

  it('refuses a bad configuration with one line and exit 2', () => {
    const result = run(['db', 'migrate'], { PORT: 'eighty' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'Invalid configuration: PORT must be a whole number from 0 to 65535 (got "eighty").',
    );
  });

  it('migrates a fresh SQLite database, then reports it up to date', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stafflab-data-'));
    const first = run(['db', 'migrate'], { STAFFLAB_DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('applied 4 migration(s)');
    const second = run(['db', 'migrate'], { STAFFLAB_DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(second.stdout).toContain('the schema is up to date');
  });

  it('prints a single-use, one-hour password-reset link for an account, and exit 1 for an unknown email', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stafflab-data-'));
    const database = openDatabase({ kind: 'sqlite', file: join(dataDir, 'stafflab.db') });
    const ctx = { db: database.db, cost: { logN: 6, r: 8, p: 1 }, now: () => new Date() };
    try {
      await migrateToLatest(database);
      await signUp(ctx, 'open', {
        email: 'ada@example.com',
        password: 'a long and unusual passphrase',
        name: 'Ada',
      });
      const env = {
        STAFFLAB_DATA_DIR: dataDir,
        DATABASE_URL: '',
        PORT: '4321',
        STAFFLAB_PUBLIC_URL: '',
      };
      const started = Date.now();
      const result = run(['user', 'reset-password', 'Ada@Example.com'], env);
      expect(result.code, result.stderr).toBe(0);
      const match =
        /^Password-reset link for ada@example\.com \(works once, until (\S+)\):\nhttp:\/\/127\.0\.0\.1:4321\/reset-password\?token=([A-Za-z0-9_-]{43})\n$/.exec(
          result.stdout,
        );
      expect(match, result.stdout).not.toBeNull();
      const validFor = Date.parse(match![1]!) - started;
      expect(validFor).toBeGreaterThan(59 * 60_000);
      expect(validFor).toBeLessThanOrEqual(60 * 60_000 + 5_000);

      await resetPassword(ctx, match![2]!, 'the new and unusual phrase');
      await expect(
        signIn(ctx, { email: 'ada@example.com', password: 'the new and unusual phrase' }),
      ).resolves.toMatchObject({ account: { email: 'ada@example.com' } });
      await expect(resetPassword(ctx, match![2]!, 'yet another unusual phrase')).rejects.toThrow(
        /already used/,
      );

      const unknown = run(['user', 'reset-password', 'nobody@example.com'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr.trim()).toBe('There is no account with the email nobody@example.com.');
      expect(run(['user', 'reset-password'], env).code).toBe(2);
    } finally {
      await database.close();
    }
  });

  describe('sim', () => {
    const scenario = join(packageRoot, 'content', 'scenarios', 'checkout.yaml');

    it('runs a scenario as JSON in the contract shape, identically for the same seed', () => {
      const first = run(['sim', 'run', scenario, '--json', '--seed', '7']);
      expect(first.code).toBe(0);
      const result = JSON.parse(first.stdout) as {
        scenario: string;
        seed: number;
        summary: {
          services: Record<string, { arrivals: number; latency: { p99: number } }>;
          clients: Record<string, { requests: number; succeeded: number }>;
        };
        series: { interval: number; services: Record<string, { arrivals: number[] }> };
      };
      expect(result).toMatchObject({ scenario: 'checkout', seed: 7 });
      expect(Object.keys(result.summary.services).sort()).toEqual(['api', 'auth', 'catalog', 'db']);
      expect(result.summary.clients.users!.requests).toBeGreaterThan(0);
      expect(result.series.services.api!.arrivals.length).toBe(180 / result.series.interval);
      expect(run(['sim', 'run', scenario, '--json', '--seed', '7']).stdout).toBe(first.stdout);
      expect(run(['sim', 'run', scenario, '--json', '--seed', '8']).stdout).not.toBe(first.stdout);
    }, 60_000);

    it('reports every invalid field as file:line: path: message and exits 1', () => {
      const dir = mkdtempSync(join(tmpdir(), 'stafflab-sim-'));
      const file = join(dir, 'bad.yaml');
      writeFileSync(
        file,
        'name: bad\nduration: 10s\nclients:\n  - name: c\n    target: a\n    arrival: { kind: poisson, rate: -5 }\nservices:\n  - name: a\n    serviceTime: { kind: exponential, mean: 5ms }\n',
      );
      const result = run(['sim', 'validate', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${file}:6: clients[0].arrival.rate: `);
      expect(run(['sim', 'validate', scenario]).code).toBe(0);
    });

    it('summarises caches, shards, quorums and duplicates in the readable table', () => {
      const shards = run([
        'sim',
        'run',
        join(packageRoot, 'content', 'scenarios', 'hot-shard.yaml'),
      ]);
      expect(shards.code).toBe(0);
      const share = Number(
        /busiest of 4 shards takes ([\d.]+)% of arrivals/.exec(shards.stdout)?.[1],
      );
      // Range routing over Zipf keys puts the hot keys on the first shard: far above a fair 25%.
      expect(share).toBeGreaterThan(50);
      const quorum = run([
        'sim',
        'run',
        join(packageRoot, 'content', 'scenarios', 'quorum-store.yaml'),
      ]);
      expect(quorum.stdout).toMatch(/store: \d+ stale of \d+ reads \(\d+\.\d+%\)/);
    }, 60_000);

    it('counts the kept traces in the table and prints them with --json', () => {
      const traced = join(packageRoot, 'content', 'scenarios', 'traced-checkout.yaml');
      const table = run(['sim', 'run', traced]);
      expect(table.code).toBe(0);
      const line = /traces: (\d+) kept \((\d+) errors, (\d+) slowest, (\d+) sampled/.exec(
        table.stdout,
      );
      const json = JSON.parse(run(['sim', 'run', traced, '--json']).stdout) as {
        traces: { kept: string[] }[];
      };
      const count = (reason: string) => json.traces.filter((t) => t.kept.includes(reason)).length;
      expect(line?.slice(1).map(Number)).toEqual([
        json.traces.length,
        count('error'),
        count('slowest'),
        count('sampled'),
      ]);
      expect(json.traces.length).toBeGreaterThan(0);
    }, 60_000);

    it('exits 2 on a missing file or a bad seed', () => {
      expect(run(['sim', 'run', join(tmpdir(), 'no-such-scenario.yaml')]).code).toBe(2);
      const badSeed = run(['sim', 'run', scenario, '--seed', 'abc']);
      expect(badSeed.code).toBe(2);
      expect(badSeed.stderr).toContain('--seed must be a whole number');
    });

    it('loads its bundle through the code cache the build saved, and never a cache for another text', () => {
      // A cache V8 refuses costs nothing but the start-up it was meant to save, so only a test
      // notices: the build must take it with the same Node and flags that run the command.
      const commands = join(packageRoot, 'dist', 'cli', 'commands');
      const probe = (dir: string, entry = 'sim-entry.js') =>
        spawnSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `const m = await import(${JSON.stringify(`file://${join(dir, entry)}`)}); const c = await m.loadSimCommands(); console.log(m.codeCacheState); c.validateSimCommand(${JSON.stringify(scenario)});`,
          ],
          { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
        );
      const built = probe(commands);
      expect(built.stdout.split('\n')[0]).toBe('accepted');
      expect(built.stdout).toContain('valid scenario');

      // V8 checks a cache against the length of its text only: the same length, other text,
      // must not run the old bytecode.
      const copy = mkdtempSync(join(tmpdir(), 'stafflab-sim-cache-'));
      for (const file of ['sim.cjs', 'sim.cjs.cache', 'sim.cjs.cache.sha256'])
        cpSync(join(commands, file), join(copy, file));
      cpSync(join(commands, 'sim-entry.js'), join(copy, 'sim-entry.mjs'));
      const text = readFileSync(join(copy, 'sim.cjs'), 'utf8');
      expect(text).toContain(': valid scenario');
      writeFileSync(join(copy, 'sim.cjs'), text.replace(': valid scenario', ': VALID scenario'));
      const edited = probe(copy, 'sim-entry.mjs');
      expect(edited.stdout.split('\n')[0]).toBe('stale');
      expect(edited.stdout).toContain('VALID scenario');
    });

    it('runs as an installed command: the bin through a link, from another folder, with the code cache', () => {
      // npm installs the bin as a link in node_modules/.bin; Node resolves it to the real file,
      // from which the command finds its sim bundle and cache (STAFFLAB_DEBUG says which).
      const folder = mkdtempSync(join(tmpdir(), 'stafflab-bin-'));
      const link = join(folder, 'stafflab');
      symlinkSync(cli, link);
      const result = spawnSync(process.execPath, [link, 'sim', 'validate', scenario], {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, STAFFLAB_DEBUG: '1', NODE_OPTIONS: '' },
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('valid scenario');
      expect(result.stderr).toContain('stafflab sim: code cache accepted');
    });
  });
});
