// Self-assessments and the program diagnostic: checking answers against the content's
// definitions, scoring them, and comparing two results of the same kind.
export * from './answers.js';
export * from './level.js';
export * from './archetypes.js';
export * from './diagnostic.js';
