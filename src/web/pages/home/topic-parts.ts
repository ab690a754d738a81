// The three parts of a topic as the home page lists them, from the learner's progress.
import type { TopicProgressView } from '../../../api/index.js';

export type TopicPart = 'read' | 'practice' | 'check';

export const partNames: Record<TopicPart, string> = {
  read: 'Read',
  practice: 'Practice',
  check: 'Check',
};

/** Where on the lesson page each part is done. */
export function partLink(topicId: string, part: TopicPart): string {
  const anchors: Record<TopicPart, string> = {
    read: '',
    practice: '#practice-title',
    check: '#check',
  };
  return `/topics/${topicId}${anchors[part]}`;
}

export function topicParts(topic: TopicProgressView): { part: TopicPart; done: boolean }[] {
  return [
    { part: 'read', done: topic.read.done },
    { part: 'practice', done: topic.practice.done },
    { part: 'check', done: topic.check.done },
  ];
}

/** Topics with at least one part done but not all: started, not complete. */
export function isStarted(topic: TopicProgressView): boolean {
  return !topic.complete && topicParts(topic).some((p) => p.done);
}
