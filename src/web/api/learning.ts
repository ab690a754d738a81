// The learning loop from the browser: the learner's progress and plan, a topic's quiz, and the
// changes a lesson page makes (read, exercise, quiz attempt). Every change refreshes progress,
// and the review queries too when it may have put cards in the deck.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type {
  ExerciseResult,
  PlanUpdateBody,
  PlanView,
  ProgressView,
  QuizAttemptResult,
  TopicQuiz,
  TopicReadResult,
} from '../../api/index.js';
import { getJson } from './client.js';
import { reviewKeys } from './reviews.js';
import { send } from './session.js';

// Progress and plan are keyed by user too, so an account switch in the same tab never shows
// the previous account's answers for a moment.
export const learningKeys = {
  progress: ['progress'] as const,
  plan: ['plan'] as const,
  quiz: (topicId: string) => ['quiz', topicId] as const,
};

/** Today in the learner's time zone, so "this week" turns over at their midnight. */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The signed-in learner's progress; pass their user id, or undefined while signed out. */
export const useProgress = (userId: string | undefined) =>
  useQuery({
    queryKey: [...learningKeys.progress, userId],
    queryFn: () => getJson<ProgressView>(`/progress?today=${localToday()}`),
    enabled: userId !== undefined,
  });

export const usePlan = (userId: string | undefined) =>
  useQuery({
    queryKey: [...learningKeys.plan, userId],
    queryFn: () => getJson<PlanView>('/me/plan'),
    enabled: userId !== undefined,
  });

/** The quiz as served: options in a fresh order. Refetch it for a new attempt. */
export const useTopicQuiz = (topicId: string) =>
  useQuery({
    queryKey: learningKeys.quiz(topicId),
    queryFn: () => getJson<TopicQuiz>(`/topics/${encodeURIComponent(topicId)}/quiz`),
    staleTime: Infinity,
    // A refetch reorders the options under a learner who is answering.
    refetchOnWindowFocus: false,
  });

function refreshAfter(client: QueryClient, addedCards: boolean) {
  void client.invalidateQueries({ queryKey: learningKeys.progress });
  if (addedCards) void client.invalidateQueries({ queryKey: reviewKeys.all });
}

const topicPath = (topicId: string, rest: string) =>
  `/topics/${encodeURIComponent(topicId)}/${rest}`;

export async function markRead(client: QueryClient, topicId: string): Promise<TopicReadResult> {
  const result = await send<TopicReadResult>(client, 'POST', topicPath(topicId, 'read'));
  refreshAfter(client, result.cardsAdded > 0);
  return result;
}

export async function unmarkRead(client: QueryClient, topicId: string): Promise<void> {
  await send<null>(client, 'DELETE', topicPath(topicId, 'read'));
  refreshAfter(client, false);
}

export async function submitQuizAttempt(
  client: QueryClient,
  topicId: string,
  answers: Record<string, string | number>,
): Promise<QuizAttemptResult> {
  const result = await send<QuizAttemptResult>(
    client,
    'POST',
    topicPath(topicId, 'quiz-attempts'),
    {
      answers,
    },
  );
  refreshAfter(client, result.cardsAdded > 0);
  return result;
}

export async function saveExercise(
  client: QueryClient,
  topicId: string,
  reflection: string,
): Promise<ExerciseResult> {
  const result = await send<ExerciseResult>(client, 'PUT', topicPath(topicId, 'exercise'), {
    reflection,
  });
  refreshAfter(client, false);
  return result;
}

export async function undoExercise(client: QueryClient, topicId: string): Promise<void> {
  await send<null>(client, 'DELETE', topicPath(topicId, 'exercise'));
  refreshAfter(client, false);
}

export async function savePlan(client: QueryClient, plan: PlanUpdateBody): Promise<PlanView> {
  const saved = await send<PlanView>(client, 'PUT', '/me/plan', plan);
  void client.invalidateQueries({ queryKey: learningKeys.plan });
  // The retention changes review scheduling; the dates change "this week".
  void client.invalidateQueries({ queryKey: learningKeys.progress });
  void client.invalidateQueries({ queryKey: reviewKeys.all });
  return saved;
}
