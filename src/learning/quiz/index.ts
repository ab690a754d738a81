// Quizzes that teach: the public view of a quiz, grading with feedback, first-attempt statistics.
export * from './public-quiz.js';
export * from './grade.js';
export * from './first-attempt-stats.js';
