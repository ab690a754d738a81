import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to SQLite in ./data on 127.0.0.1:3000', () => {
    expect(readConfig({}, join)).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      database: { kind: 'sqlite', file: join('./data', 'stafflab.db') },
      contentDir: null,
      logLevel: 'info',
    });
  });

  it('switches to PostgreSQL when DATABASE_URL is set, and treats empty variables as unset', () => {
    const config = readConfig(
      {
        DATABASE_URL: 'postgres://u@db:5432/stafflab',
        PORT: '',
        STAFFLAB_DATA_DIR: '/srv/stafflab',
      },
      join,
    );
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/stafflab' });
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('/srv/stafflab');
  });

  it.each([
    [
      'PORT',
      'abc',
      /^Invalid configuration: PORT must be a whole number from 0 to 65535 \(got "abc"\)\.$/,
    ],
    ['PORT', '70000', /PORT must be a whole number from 0 to 65535 \(got "70000"\)/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL must be a PostgreSQL URL/],
    [
      'LOG_LEVEL',
      'loud',
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/,
    ],
  ])(
    'rejects %s=%s with one line naming the variable and what it accepts',
    (name, value, message) => {
      let thrown: unknown;
      try {
        readConfig({ [name]: value }, join);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).variable).toBe(name);
      expect((thrown as Error).message).toMatch(message);
      expect((thrown as Error).message).not.toContain('\n');
    },
  );
});
