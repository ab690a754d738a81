// Progress: what a learner has done per topic, week and module, and where their plan puts them.
export * from './dates.js';
export * from './plan.js';
export * from './topic-progress.js';
export * from './program-progress.js';
