// The HTTP contract, shared by the server (validation, OpenAPI), the web app and the CLI.
export { apiBase } from './base.js';
export * from './auth.js';
export * from './problem.js';
export * from './program.js';
export * from './labs.js';
export * from './quizzes.js';
export * from './progress.js';
export * from './search.js';
export * from './activity.js';
export * from './reviews.js';
export * from './assessments.js';
