// Spaced repetition's pure logic: FSRS scheduling, card text, statistics and the Anki file.
export * from './ratings.js';
export * from './scheduler.js';
export * from './card-text.js';
export * from './stats.js';
export * from './anki-csv.js';
