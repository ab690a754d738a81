// The learning loop's pure logic. Labs: run a lab for knob values and a seed, check its challenge.
export * from './labs/metrics.js';
export * from './labs/challenge.js';
export * from './labs/run-lab.js';
