// The HTTP contract, shared by the server (validation, OpenAPI), the web app and the CLI.
export const apiBase = '/api/v1';
export * from './problem.js';
export * from './program.js';
