// One lint command for the whole package. Besides the usual TypeScript rules it enforces
// the architecture: the pure core (sim, curriculum, learning, tools) imports nothing from the
// delivery shells, Node or the DOM, and the simulation engine never reads the clock or
// Math.random (its runs must be reproducible from a seed).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const coreImportBans = {
  paths: nodeBuiltins.map((name) => ({
    name,
    message: 'The pure core runs in the browser too: no Node built-ins.',
  })),
  patterns: [
    { group: ['node:*'], message: 'The pure core runs in the browser too: no Node built-ins.' },
    {
      group: ['**/server/**', '**/web/**', '**/cli/**', '../server', '../web', '../cli'],
      message: 'Dependencies point inward: the core never imports a delivery shell.',
    },
    {
      group: [
        'react',
        'react-dom',
        'react-*',
        'fastify',
        '@fastify/*',
        'kysely',
        'pg',
        'better-sqlite3',
        'commander',
      ],
      message: 'The pure core depends on no framework, database driver or CLI library.',
    },
  ],
};

const coreGlobalBans = [
  'process',
  'Buffer',
  'window',
  'document',
  'navigator',
  'localStorage',
  'require',
  '__dirname',
  '__filename',
].map((name) => ({ name, message: 'The pure core must not touch Node or DOM globals.' }));

const clockBans = [
  'Date',
  'performance',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
].map((name) => ({
  name,
  message:
    'The simulation engine takes time from its own clock, never from the wall clock or timers.',
}));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'tmp', '**/*.mdx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/sim/**', 'src/curriculum/**', 'src/learning/**', 'src/tools/**'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreImportBans],
      'no-restricted-globals': ['error', ...coreGlobalBans],
    },
  },
  {
    files: ['src/sim/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...coreGlobalBans, ...clockBans],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Draw randomness from the seeded generator (src/sim/random).',
        },
      ],
    },
  },
  {
    files: ['src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/web/**', '**/cli/**', 'node:*', 'fastify', 'react'],
              message: 'The API contract is shared by server, web and CLI: schemas only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/server/**',
                '**/cli/**',
                'node:*',
                'fastify',
                'kysely',
                'pg',
                'better-sqlite3',
              ],
              message: 'The web app talks to the server over HTTP only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/web/**', '**/cli/**'],
              message: 'The server does not import the web app or the CLI.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
