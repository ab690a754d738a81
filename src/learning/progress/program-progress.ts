// The whole program's progress for one learner: every topic, each week and module as a share of
// complete topics, the totals, where the plan puts them today, and the next thing to do.
import { scheduleOf, type Plan, type Schedule, type ScheduleStatus } from './plan.js';
import {
  indexFacts,
  topicProgress,
  type LearnerFacts,
  type ProgramContent,
  type TopicProgress,
} from './topic-progress.js';

export interface Completion {
  topics: number;
  complete: number;
  /** complete / topics, from 0 to 1. */
  fraction: number;
}

export interface WeekProgress extends Completion {
  number: number;
  title: string;
  moduleId: string;
  topicIds: string[];
  startDate: string | null;
  endDate: string | null;
  current: boolean;
}

export interface ModuleProgress extends Completion {
  id: string;
  title: string;
  weeks: number[];
}

export interface Totals extends Completion {
  read: number;
  practiced: number;
  checked: number;
}

export type TopicPart = 'read' | 'practice' | 'check';

export interface NextStep {
  topicId: string;
  title: string;
  week: number;
  /** The part to do first: read before practice before check. */
  part: TopicPart;
  /** Every part still missing, in that order. */
  missing: TopicPart[];
  /** True when the topic is in the current week; false when it comes from elsewhere. */
  inCurrentWeek: boolean;
}

export interface LearnerProgress {
  plan: Plan;
  schedule: { status: ScheduleStatus; today: string; endDate: string | null };
  currentWeek: number | null;
  topics: TopicProgress[];
  weeks: WeekProgress[];
  modules: ModuleProgress[];
  totals: Totals;
  nextStep: NextStep | null;
}

function completion(topics: readonly TopicProgress[]): Completion {
  const complete = topics.filter((t) => t.complete).length;
  return {
    topics: topics.length,
    complete,
    fraction: topics.length === 0 ? 0 : complete / topics.length,
  };
}

export function missingParts(topic: TopicProgress): TopicPart[] {
  return [
    ...(topic.read.done ? [] : (['read'] as const)),
    ...(topic.practice.done ? [] : (['practice'] as const)),
    ...(topic.check.done ? [] : (['check'] as const)),
  ];
}

/**
 * The first incomplete topic of the current week, else the first incomplete topic of the
 * program (a learner ahead of plan moves on; one behind catches up in order). Null when every
 * topic is complete.
 */
export function nextStepOf(
  topics: readonly TopicProgress[],
  currentWeek: number | null,
): NextStep | null {
  const thisWeek = topics.find((t) => t.week === currentWeek && !t.complete);
  const topic = thisWeek ?? topics.find((t) => !t.complete);
  if (!topic) return null;
  const missing = missingParts(topic);
  return {
    topicId: topic.topicId,
    title: topic.title,
    week: topic.week,
    part: missing[0]!,
    missing,
    inCurrentWeek: thisWeek !== undefined,
  };
}

export function learnerProgress(
  content: ProgramContent,
  facts: LearnerFacts,
  plan: Plan,
  today: string,
): LearnerProgress {
  const indexed = indexFacts(facts);
  const topics = content.topics.map((topic) => topicProgress(content, topic.id, indexed));
  const schedule: Schedule = scheduleOf(plan, content.weeks.length, today);
  const weeks = content.weeks.map((week, i): WeekProgress => {
    const ofWeek = topics.filter((t) => t.week === week.number);
    return {
      number: week.number,
      title: week.title,
      moduleId: week.moduleId,
      topicIds: ofWeek.map((t) => t.topicId),
      ...completion(ofWeek),
      startDate: schedule.weeks[i]!.startDate,
      endDate: schedule.weeks[i]!.endDate,
      current: week.number === schedule.currentWeek,
    };
  });
  const modules = content.modules.map((module): ModuleProgress => ({
    id: module.id,
    title: module.title,
    weeks: module.weeks.map((w) => w.number),
    ...completion(topics.filter((t) => t.moduleId === module.id)),
  }));
  return {
    plan,
    schedule: { status: schedule.status, today, endDate: schedule.endDate },
    currentWeek: schedule.currentWeek,
    topics,
    weeks,
    modules,
    totals: {
      ...completion(topics),
      read: topics.filter((t) => t.read.done).length,
      practiced: topics.filter((t) => t.practice.done).length,
      checked: topics.filter((t) => t.check.done).length,
    },
    nextStep: nextStepOf(topics, schedule.currentWeek),
  };
}
