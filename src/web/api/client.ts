// Fetches the API and turns problem documents into errors the pages can show.
import { useQuery } from '@tanstack/react-query';
import type {
  LabDetail,
  LabSummary,
  Problem,
  ProgramView,
  TopicDetail,
  WeekDetail,
} from '../../api/index.js';
import { apiBase } from '../../api/base.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `The server answered ${status}.`);
    this.name = 'ApiError';
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${apiBase}${path}`, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const problem = response.headers.get('content-type')?.includes('json')
      ? ((await response.json()) as Problem)
      : null;
    throw new ApiError(response.status, problem);
  }
  return (await response.json()) as T;
}

const forever = {
  staleTime: Infinity,
  retry: (count: number, error: Error) =>
    !(error instanceof ApiError && error.status < 500) && count < 2,
};

export const useProgram = () =>
  useQuery({ queryKey: ['program'], queryFn: () => getJson<ProgramView>('/program'), ...forever });
export const useTopic = (id: string) =>
  useQuery({
    queryKey: ['topic', id],
    queryFn: () => getJson<TopicDetail>(`/topics/${encodeURIComponent(id)}`),
    ...forever,
  });
export const useWeek = (n: number) =>
  useQuery({
    queryKey: ['week', n],
    queryFn: () => getJson<WeekDetail>(`/weeks/${n}`),
    ...forever,
    enabled: Number.isInteger(n) && n > 0,
  });

// Labs change only with the content, like the program: fetched once per page load.
export const useLabs = () =>
  useQuery({ queryKey: ['labs'], queryFn: () => getJson<LabSummary[]>('/labs'), ...forever });
export const useLab = (id: string, enabled = true) =>
  useQuery({
    queryKey: ['lab', id],
    queryFn: () => getJson<LabDetail>(`/labs/${encodeURIComponent(id)}`),
    ...forever,
    enabled: enabled && id !== '',
  });
