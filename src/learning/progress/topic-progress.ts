// One topic's progress: the lesson read, the practice done, the check passed. A topic is
// complete when all three are. Practice counts the items the learner can do today: a `planned`
// item is skipped (every lesson also names an exercise, which is always available), and so is
// an available item the server cannot record yet (an artifact before its workspace exists).
import type { Content } from '../../curriculum/index.js';
import type { PracticeKind } from '../../curriculum/schema/common.js';
import { passes } from '../quiz/grade.js';

/** What progress reads of the content. */
export type ProgramContent = Pick<
  Content,
  'modules' | 'weeks' | 'topics' | 'topicById' | 'lessons' | 'quizzes' | 'practiceById'
>;

export type ReadVia = 'read' | 'test-out';

/** Everything the learner has done that counts, as stored. */
export interface LearnerFacts {
  reads: readonly { topicId: string; readAt: string; via: ReadVia }[];
  exercises: readonly { exerciseId: string; doneAt: string }[];
  /** Every pass the server verified; the first one of a lab is the one that counts. */
  labPasses: readonly { labId: string; passedAt: string }[];
  quizAttempts: readonly {
    topicId: string;
    attemptNumber: number;
    correct: number;
    total: number;
  }[];
  /** Self-assessment results by kind (`level`, `archetypes`, …). */
  assessments: readonly { kind: string; takenAt: string }[];
}

export interface PracticeItemProgress {
  id: string;
  kind: PracticeKind;
  title: string;
  status: 'available' | 'planned';
  /** True when this item must be done for the topic's practice to be done. */
  required: boolean;
  done: boolean;
  doneAt: string | null;
}

export interface TopicProgress {
  topicId: string;
  title: string;
  week: number;
  moduleId: string;
  read: { done: boolean; at: string | null; via: ReadVia | null };
  practice: { done: boolean; items: PracticeItemProgress[] };
  check: {
    done: boolean;
    /** Questions in the topic's quiz; with none, there is nothing to check and check is done. */
    questions: number;
    attempts: number;
    firstScore: number | null;
    bestScore: number | null;
  };
  complete: boolean;
}

/** The tools that record their result as a self-assessment, and the kind they record. */
export const toolAssessmentKinds: Readonly<Record<string, string>> = {
  'level-assessment': 'level',
  'archetype-assessment': 'archetypes',
};

/** The topic's practice list: the lesson's, or the program's while the lesson is unwritten. */
export function practiceOf(
  content: ProgramContent,
  topicId: string,
): { id: string; kind: PracticeKind; title: string; status: 'available' | 'planned' }[] {
  const lesson = content.lessons.get(topicId);
  const ids =
    lesson?.frontmatter.practice.map((p) => p.id) ?? content.topicById.get(topicId)?.practice ?? [];
  return [...new Set(ids)].flatMap((id) => {
    const entry = content.practiceById.get(id);
    return entry ? [{ id, kind: entry.kind, title: entry.title, status: entry.status }] : [];
  });
}

/** The id of the topic's exercise (the practice item of kind `exercise`), or null. */
export function exerciseOf(content: ProgramContent, topicId: string): string | null {
  return practiceOf(content, topicId).find((p) => p.kind === 'exercise')?.id ?? null;
}

/** Indexes the facts once, so computing all topics stays linear in what the learner did. */
export function indexFacts(facts: LearnerFacts) {
  const firstTimes = (pairs: [string, string][]) => {
    const map = new Map<string, string>();
    for (const [key, at] of pairs) {
      const seen = map.get(key);
      if (seen === undefined || at < seen) map.set(key, at);
    }
    return map;
  };
  const attempts = new Map<string, LearnerFacts['quizAttempts'][number][]>();
  for (const attempt of facts.quizAttempts) {
    attempts.set(attempt.topicId, [...(attempts.get(attempt.topicId) ?? []), attempt]);
  }
  return {
    reads: new Map(facts.reads.map((r) => [r.topicId, r])),
    exercises: firstTimes(facts.exercises.map((e) => [e.exerciseId, e.doneAt])),
    labs: firstTimes(facts.labPasses.map((p) => [p.labId, p.passedAt])),
    assessments: firstTimes(facts.assessments.map((a) => [a.kind, a.takenAt])),
    attempts,
  };
}

export type IndexedFacts = ReturnType<typeof indexFacts>;

function itemDoneAt(
  item: { id: string; kind: PracticeKind },
  facts: IndexedFacts,
): { recordable: boolean; doneAt: string | null } {
  switch (item.kind) {
    case 'lab':
      return { recordable: true, doneAt: facts.labs.get(item.id) ?? null };
    case 'exercise':
      return { recordable: true, doneAt: facts.exercises.get(item.id) ?? null };
    case 'tool': {
      const kind = toolAssessmentKinds[item.id];
      return kind === undefined
        ? { recordable: false, doneAt: null }
        : { recordable: true, doneAt: facts.assessments.get(kind) ?? null };
    }
    case 'artifact':
      return { recordable: false, doneAt: null };
  }
}

export function topicProgress(
  content: ProgramContent,
  topicId: string,
  facts: IndexedFacts,
): TopicProgress {
  const topic = content.topicById.get(topicId);
  if (!topic) throw new RangeError(`unknown topic "${topicId}"`);
  const read = facts.reads.get(topicId);
  const items = practiceOf(content, topicId).map((item): PracticeItemProgress => {
    const { recordable, doneAt } = itemDoneAt(item, facts);
    return {
      ...item,
      required: item.status === 'available' && recordable,
      done: doneAt !== null,
      doneAt,
    };
  });
  const attempts = [...(facts.attempts.get(topicId) ?? [])].sort(
    (a, b) => a.attemptNumber - b.attemptNumber,
  );
  const scoreOf = (a: { correct: number; total: number }) =>
    a.total === 0 ? 0 : a.correct / a.total;
  const questions = content.quizzes.get(topicId)?.questions.length ?? 0;
  const bestScore = attempts.length === 0 ? null : Math.max(...attempts.map(scoreOf));
  const first = attempts.find((a) => a.attemptNumber === 1);
  const readPart = { done: read !== undefined, at: read?.readAt ?? null, via: read?.via ?? null };
  const practice = {
    done: items.filter((i) => i.required).every((i) => i.done),
    items,
  };
  const check = {
    done: questions === 0 || (bestScore !== null && passes(bestScore)),
    questions,
    attempts: attempts.length,
    firstScore: first ? scoreOf(first) : null,
    bestScore,
  };
  return {
    topicId,
    title: topic.title,
    week: topic.week,
    moduleId: topic.moduleId,
    read: readPart,
    practice,
    check,
    complete: readPart.done && practice.done && check.done,
  };
}
