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
      signupMode: 'open',
      trustProxy: false,
      publicUrl: null,
    });
  });

  it('opens sign-up by default on loopback only, and takes an explicit mode anywhere', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1'])
      expect(readConfig({ HOST: host }, join).signupMode).toBe('open');
    for (const host of ['0.0.0.0', '192.168.1.5', 'stafflab.internal'])
      expect(readConfig({ HOST: host }, join).signupMode).toBe('invite');
    expect(readConfig({ HOST: '0.0.0.0', STAFFLAB_SIGNUP: 'open' }, join).signupMode).toBe('open');
    expect(readConfig({ STAFFLAB_SIGNUP: 'closed' }, join).signupMode).toBe('closed');
  });

  it('reads trust-proxy as a switch or a list of addresses, and the public URL without a trailing slash', () => {
    expect(readConfig({ STAFFLAB_TRUST_PROXY: 'true' }, join).trustProxy).toBe(true);
    expect(readConfig({ STAFFLAB_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }, join).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
    ]);
    expect(readConfig({ STAFFLAB_PUBLIC_URL: 'https://learn.example.com/' }, join).publicUrl).toBe(
      'https://learn.example.com',
    );
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
    ['STAFFLAB_SIGNUP', 'maybe', /STAFFLAB_SIGNUP must be open, invite or closed \(got "maybe"\)/],
    [
      'STAFFLAB_TRUST_PROXY',
      'yes please',
      /STAFFLAB_TRUST_PROXY must be true, false or a comma-separated list/,
    ],
    [
      'STAFFLAB_PUBLIC_URL',
      'learn.example.com/app',
      /STAFFLAB_PUBLIC_URL must be the address users open/,
    ],
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
