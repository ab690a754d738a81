// The signed-in learner's recent activity, with reviews summed per day of their own clock.
import { useQuery } from '@tanstack/react-query';
import type { Activity } from '../../api/index.js';
import { getJson } from './client.js';
import { browserOffsetMinutes } from './reviews.js';

export const activityKey = ['activity'] as const;

/** The latest events; pass the user's id, or undefined while signed out. */
export const useActivity = (userId: string | undefined, limit = 10) =>
  useQuery({
    queryKey: [...activityKey, userId, limit],
    queryFn: () =>
      getJson<Activity>(`/me/activity?limit=${limit}&tzOffset=${browserOffsetMinutes()}`),
    enabled: userId !== undefined,
  });
