// The signed-in learner's progress on one topic, for the parts of the lesson page that show or
// change it. Signed out, there is no progress to show: `signedIn` is false.
import { useProgress } from '../../api/learning.js';
import { useSession } from '../../api/session.js';

export function useTopicProgress(topicId: string) {
  const session = useSession();
  const userId = session.data?.user.id;
  const progress = useProgress(userId);
  return {
    /** Still finding out who is signed in, or loading their progress. */
    pending: session.isPending || (userId !== undefined && progress.isPending),
    signedIn: userId !== undefined,
    error: progress.error,
    topic: progress.data?.topics.find((t) => t.topicId === topicId) ?? null,
  };
}
