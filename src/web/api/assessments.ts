// Self-assessments and the diagnostic from the browser: the definitions, a diagnostic form, the
// signed-in learner's saved results and comparisons, and submitting answers.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ArchetypeAssessment, LevelAssessment } from '../../curriculum/schema/assessments.js';
import type {
  AssessmentComparison,
  AssessmentKind,
  AssessmentList,
  AssessmentRecord,
  DiagnosticFormView,
} from '../../api/index.js';
import { getJson } from './client.js';
import { learningKeys } from './learning.js';
import { send } from './session.js';

export const assessmentKeys = {
  all: ['assessments'] as const,
  mine: (userId: string | undefined) => ['assessments', 'mine', userId] as const,
  compare: (from: string, to: string) => ['assessments', 'compare', from, to] as const,
};

const forever = { staleTime: Infinity, refetchOnWindowFocus: false } as const;

export const useLevelDefinition = () =>
  useQuery({
    queryKey: ['assessment-definition', 'level'],
    queryFn: () => getJson<LevelAssessment>('/assessments/level'),
    ...forever,
  });

export const useArchetypeDefinition = () =>
  useQuery({
    queryKey: ['assessment-definition', 'archetypes'],
    queryFn: () => getJson<ArchetypeAssessment>('/assessments/archetypes'),
    ...forever,
  });

/** A form as served: choices in a fresh order, so it is not refetched under a learner. */
export const useDiagnosticForm = (form: 'start' | 'end') =>
  useQuery({
    queryKey: ['diagnostic-form', form],
    queryFn: () => getJson<DiagnosticFormView>(`/assessments/diagnostic/${form}`),
    ...forever,
  });

/** The learner's saved results by kind, newest first; pass undefined while signed out. */
export const useMyAssessments = (userId: string | undefined) =>
  useQuery({
    queryKey: assessmentKeys.mine(userId),
    queryFn: () => getJson<AssessmentList>('/me/assessments'),
    enabled: userId !== undefined,
  });

/** One saved result; a diagnostic one comes with the feedback on every question. */
export const useAssessment = (id: string | undefined) =>
  useQuery({
    queryKey: ['assessments', 'one', id],
    queryFn: () => getJson<AssessmentRecord>(`/me/assessments/${encodeURIComponent(id!)}`),
    enabled: id !== undefined,
    staleTime: Infinity,
  });

export const useComparison = (pair: { from: string; to: string } | null) =>
  useQuery({
    queryKey: assessmentKeys.compare(pair?.from ?? '', pair?.to ?? ''),
    queryFn: () =>
      getJson<AssessmentComparison>(
        `/me/assessments/compare?from=${encodeURIComponent(pair!.from)}&to=${encodeURIComponent(pair!.to)}`,
      ),
    enabled: pair !== null,
    staleTime: Infinity,
  });

/** Scores and saves answers on the server; saved results and progress are fetched again. */
export async function saveAssessment(
  client: QueryClient,
  kind: AssessmentKind,
  answers: unknown,
): Promise<AssessmentRecord> {
  const record = await send<AssessmentRecord>(client, 'POST', `/assessments/${kind}/results`, {
    answers,
  });
  void client.invalidateQueries({ queryKey: assessmentKeys.all });
  // Taking a self-assessment is the practice of its week-1 or week-2 topic.
  void client.invalidateQueries({ queryKey: learningKeys.progress });
  return record;
}
