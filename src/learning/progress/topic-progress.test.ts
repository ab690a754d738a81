// The rules of one topic's progress, on the real program. Practice statuses are set explicitly
// where a test depends on them, so the tests keep their meaning as tools become available.
import { describe, expect, it } from 'vitest';
import type { Content, PracticeStatus } from '../../curriculum/index.js';
import { readContent } from '../../server/content/read-content.js';
import { defaultContentDir } from '../../server/paths.js';
import {
  exerciseOf,
  indexFacts,
  practiceOf,
  topicProgress,
  type LearnerFacts,
} from './topic-progress.js';

const content = readContent(defaultContentDir).content!;
const none: LearnerFacts = {
  reads: [],
  exercises: [],
  labPasses: [],
  quizAttempts: [],
  assessments: [],
};

function withStatus(id: string, status: PracticeStatus): Content {
  const entry = content.practiceById.get(id)!;
  return { ...content, practiceById: new Map(content.practiceById).set(id, { ...entry, status }) };
}

const progressOf = (topicId: string, facts: Partial<LearnerFacts>, program = content) =>
  topicProgress(program, topicId, indexFacts({ ...none, ...facts }));

describe('every topic can be completed today', () => {
  it('has an available exercise, and at least one practice item that counts', () => {
    for (const topic of content.topics) {
      const exercise = exerciseOf(content, topic.id);
      expect(exercise, topic.id).not.toBeNull();
      expect(content.practiceById.get(exercise!)?.status, topic.id).toBe('available');
      const items = progressOf(topic.id, {}).practice.items;
      expect(
        items.some((i) => i.required),
        topic.id,
      ).toBe(true);
    }
  });

  it('takes the practice list from the lesson, with each item’s registry status', () => {
    expect(practiceOf(content, 'retry-strategy')).toEqual([
      { id: 'backoff-and-jitter', kind: 'lab', title: 'Backoff and jitter', status: 'available' },
      { id: 'retry-storm', kind: 'lab', title: 'Retry storm', status: 'available' },
      {
        id: 'ex-retry-strategy',
        kind: 'exercise',
        title: 'Write a retry policy standard',
        status: 'available',
      },
    ]);
  });
});

describe('practice', () => {
  it('needs every available lab passed and the exercise done; the first pass counts', () => {
    const labs = [
      { labId: 'retry-storm', passedAt: '2026-03-05T10:00:00.000Z' },
      { labId: 'retry-storm', passedAt: '2026-03-04T10:00:00.000Z' },
    ];
    const exercises = [{ exerciseId: 'ex-retry-strategy', doneAt: '2026-03-06T10:00:00.000Z' }];
    const partial = progressOf('retry-strategy', { labPasses: labs, exercises });
    expect(partial.practice.done).toBe(false);
    expect(partial.practice.items.find((i) => i.id === 'retry-storm')).toMatchObject({
      required: true,
      done: true,
      doneAt: '2026-03-04T10:00:00.000Z',
    });
    const full = progressOf('retry-strategy', {
      labPasses: [...labs, { labId: 'backoff-and-jitter', passedAt: '2026-03-07T10:00:00.000Z' }],
      exercises,
    });
    expect(full.practice.done).toBe(true);
  });

  it('skips a planned tool, and needs its assessment once the tool is available', () => {
    const exercises = [
      { exerciseId: 'ex-senior-staff-principal', doneAt: '2026-03-02T09:00:00.000Z' },
    ];
    const planned = withStatus('level-assessment', 'planned');
    const available = withStatus('level-assessment', 'available');
    expect(progressOf('senior-staff-principal', { exercises }, planned).practice.done).toBe(true);
    expect(progressOf('senior-staff-principal', { exercises }, available).practice.done).toBe(
      false,
    );
    const wrongKind = [{ kind: 'archetypes', takenAt: '2026-03-02T10:00:00.000Z' }];
    expect(
      progressOf('senior-staff-principal', { exercises, assessments: wrongKind }, available)
        .practice.done,
    ).toBe(false);
    const level = [{ kind: 'level', takenAt: '2026-03-02T10:00:00.000Z' }];
    const done = progressOf('senior-staff-principal', { exercises, assessments: level }, available);
    expect(done.practice.done).toBe(true);
    expect(done.practice.items[0]).toMatchObject({
      id: 'level-assessment',
      required: true,
      doneAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it('counts the archetype questionnaire for the week-2 topics', () => {
    const program = withStatus('archetype-assessment', 'available');
    const facts = {
      exercises: [{ exerciseId: 'ex-archetype-tech-lead', doneAt: '2026-03-09T09:00:00.000Z' }],
      assessments: [{ kind: 'archetypes', takenAt: '2026-03-09T10:00:00.000Z' }],
    };
    expect(progressOf('archetype-tech-lead', facts, program).practice.done).toBe(true);
  });

  it('does not wait for an artifact the server cannot record yet, even if marked available', () => {
    const program = withStatus('radius-map', 'available');
    const exercises = [{ exerciseId: 'ex-operating-radius', doneAt: '2026-03-03T09:00:00.000Z' }];
    const progress = progressOf('operating-radius', { exercises }, program);
    expect(progress.practice.items[0]).toMatchObject({ id: 'radius-map', required: false });
    expect(progress.practice.done).toBe(true);
  });
});

describe('read, check and complete', () => {
  const questions = content.quizzes.get('retry-strategy')!.questions.length;
  const attempt = (attemptNumber: number, correct: number) => ({
    topicId: 'retry-strategy',
    attemptNumber,
    correct,
    total: questions,
  });
  const practiced = {
    labPasses: ['retry-storm', 'backoff-and-jitter'].map((labId) => ({
      labId,
      passedAt: '2026-03-04T10:00:00.000Z',
    })),
    exercises: [{ exerciseId: 'ex-retry-strategy', doneAt: '2026-03-04T11:00:00.000Z' }],
  };
  const passing = Math.ceil(0.75 * questions);

  it('keeps the first score and counts the best one', () => {
    const progress = progressOf('retry-strategy', {
      quizAttempts: [attempt(2, passing), attempt(1, 1)],
    });
    expect(progress.check).toEqual({
      done: true,
      questions,
      attempts: 2,
      firstScore: 1 / questions,
      bestScore: passing / questions,
    });
  });

  it('is not checked below 75%', () => {
    const progress = progressOf('retry-strategy', { quizAttempts: [attempt(1, passing - 1)] });
    expect(progress.check.done).toBe(false);
    expect(progressOf('retry-strategy', {}).check).toMatchObject({
      done: false,
      attempts: 0,
      firstScore: null,
      bestScore: null,
    });
  });

  it('is complete only when read, practised and checked', () => {
    const read = [
      { topicId: 'retry-strategy', readAt: '2026-03-03T09:00:00.000Z', via: 'read' as const },
    ];
    const quizAttempts = [attempt(1, questions)];
    expect(progressOf('retry-strategy', { ...practiced, quizAttempts }).complete).toBe(false);
    expect(progressOf('retry-strategy', { reads: read, quizAttempts }).complete).toBe(false);
    expect(progressOf('retry-strategy', { reads: read, ...practiced }).complete).toBe(false);
    const all = progressOf('retry-strategy', { reads: read, ...practiced, quizAttempts });
    expect(all.complete).toBe(true);
    expect(all.read).toEqual({ done: true, at: '2026-03-03T09:00:00.000Z', via: 'read' });
  });
});
