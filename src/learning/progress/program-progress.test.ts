import { describe, expect, it } from 'vitest';
import { readContent } from '../../server/content/read-content.js';
import { defaultContentDir } from '../../server/paths.js';
import { defaultPlan } from './plan.js';
import { learnerProgress } from './program-progress.js';
import { practiceOf, type LearnerFacts } from './topic-progress.js';

const content = readContent(defaultContentDir).content!;
const none: LearnerFacts = {
  reads: [],
  exercises: [],
  labPasses: [],
  quizAttempts: [],
  assessments: [],
};
const at = '2026-03-03T09:00:00.000Z';

/** Everything a learner could record for these topics: read, every practice, a perfect quiz. */
function didEverything(topicIds: readonly string[]): LearnerFacts {
  const items = topicIds.flatMap((id) => practiceOf(content, id));
  return {
    reads: topicIds.map((topicId) => ({ topicId, readAt: at, via: 'read' })),
    exercises: items
      .filter((i) => i.kind === 'exercise')
      .map((i) => ({ exerciseId: i.id, doneAt: at })),
    labPasses: items.filter((i) => i.kind === 'lab').map((i) => ({ labId: i.id, passedAt: at })),
    quizAttempts: topicIds.map((topicId) => {
      const total = content.quizzes.get(topicId)?.questions.length ?? 0;
      return { topicId, attemptNumber: 1, correct: total, total };
    }),
    assessments: [
      { kind: 'level', takenAt: at },
      { kind: 'archetypes', takenAt: at },
    ],
  };
}

const week = (n: number) => content.weeks.find((w) => w.number === n)!.topics.map((t) => t.id);
const startedFourWeeksAgo = { ...defaultPlan, startDate: '2026-03-02' };
const inWeek4 = '2026-03-25';

describe('learnerProgress', () => {
  it('starts at zero, with the first lesson to read', () => {
    const progress = learnerProgress(content, none, defaultPlan, '2026-03-01');
    expect(progress.totals).toEqual({
      topics: 43,
      complete: 0,
      fraction: 0,
      read: 0,
      practiced: 0,
      checked: 0,
    });
    expect(progress.currentWeek).toBeNull();
    expect(progress.schedule).toEqual({
      status: 'unscheduled',
      today: '2026-03-01',
      endDate: null,
    });
    expect(progress.nextStep).toEqual({
      topicId: 'senior-staff-principal',
      title: 'Senior vs Staff vs Principal',
      week: 1,
      part: 'read',
      missing: ['read', 'practice', 'check'],
      inCurrentWeek: false,
    });
  });

  it('lists each week’s topics and dates, and marks the current week', () => {
    const progress = learnerProgress(content, none, startedFourWeeksAgo, inWeek4);
    expect(progress.currentWeek).toBe(4);
    expect(progress.weeks).toHaveLength(20);
    expect(progress.weeks.filter((w) => w.current).map((w) => w.number)).toEqual([4]);
    expect(progress.weeks[3]).toMatchObject({
      number: 4,
      topicIds: week(4),
      startDate: '2026-03-23',
      endDate: '2026-03-29',
    });
    expect(progress.modules.flatMap((m) => m.weeks)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('suggests the first incomplete topic of this week, and the part that is missing', () => {
    const [first] = week(4);
    const readFirst = { ...none, reads: [{ topicId: first!, readAt: at, via: 'read' as const }] };
    const progress = learnerProgress(content, readFirst, startedFourWeeksAgo, inWeek4);
    expect(progress.nextStep).toMatchObject({
      topicId: first,
      week: 4,
      part: 'practice',
      missing: ['practice', 'check'],
      inCurrentWeek: true,
    });
  });

  it('moves on to the first incomplete topic overall once this week is done', () => {
    const progress = learnerProgress(content, didEverything(week(4)), startedFourWeeksAgo, inWeek4);
    expect(progress.weeks[3]).toMatchObject({
      topics: week(4).length,
      complete: week(4).length,
      fraction: 1,
    });
    expect(progress.nextStep).toMatchObject({
      topicId: 'senior-staff-principal',
      inCurrentWeek: false,
    });
    const architecture = progress.modules.find((m) => m.weeks.includes(4))!;
    const architectureTopics = content.topics.filter((t) => t.moduleId === architecture.id).length;
    expect(architecture).toMatchObject({
      topics: architectureTopics,
      complete: week(4).length,
      fraction: week(4).length / architectureTopics,
    });
  });

  it('reaches 100% with no next step when everything is done', () => {
    const all = content.topics.map((t) => t.id);
    const progress = learnerProgress(
      content,
      didEverything(all),
      startedFourWeeksAgo,
      '2026-08-01',
    );
    expect(progress.totals).toMatchObject({ topics: 43, complete: 43, fraction: 1 });
    expect(progress.nextStep).toBeNull();
    expect(progress.schedule.status).toBe('finished');
    expect(progress.currentWeek).toBe(20);
  });
});
