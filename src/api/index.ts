// The HTTP contract, shared by the server (validation, OpenAPI), the web app and the CLI.
export { apiBase } from './base.js';
export * from './auth.js';
export * from './problem.js';
export * from './program.js';
export * from './labs.js';
