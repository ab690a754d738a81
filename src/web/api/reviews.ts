// Spaced repetition from the browser: the due cards, rating one, the statistics and the deck.
// Every change invalidates what it affects, so the home page's due count follows a session.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  DeckCard,
  DueReviews,
  NewCardBody,
  ReviewRating,
  ReviewResult,
  ReviewStatsView,
} from '../../api/index.js';
import { getJson } from './client.js';
import { send } from './session.js';

export const reviewKeys = {
  all: ['reviews'] as const,
  due: ['reviews', 'due'] as const,
  stats: ['reviews', 'stats'] as const,
  deck: ['reviews', 'deck'] as const,
};

/** Minutes east of UTC, the way the server counts a day's reviews (statistics and activity). */
export const browserOffsetMinutes = () => -new Date().getTimezoneOffset();

export const useDueReviews = (enabled = true) =>
  useQuery({
    queryKey: reviewKeys.due,
    queryFn: () => getJson<DueReviews>('/reviews/due?limit=200'),
    enabled,
    // A session works through a fetched list; refetching under it would reshuffle the cards.
    refetchOnWindowFocus: false,
  });

export const useReviewStats = (enabled = true) =>
  useQuery({
    queryKey: reviewKeys.stats,
    queryFn: () => getJson<ReviewStatsView>(`/reviews/stats?tzOffset=${browserOffsetMinutes()}`),
    enabled,
  });

export const useDeck = (enabled = true) =>
  useQuery({ queryKey: reviewKeys.deck, queryFn: () => getJson<DeckCard[]>('/cards'), enabled });

/** Everything about reviews is stale after a change, except the list a session works through. */
function invalidateAfterChange(client: QueryClient) {
  void client.invalidateQueries({ queryKey: reviewKeys.stats });
  void client.invalidateQueries({ queryKey: reviewKeys.deck });
}

export const submitReview = (client: QueryClient, cardId: string, rating: ReviewRating) =>
  send<ReviewResult>(client, 'POST', `/reviews/${encodeURIComponent(cardId)}`, { rating }).then(
    (result) => {
      invalidateAfterChange(client);
      return result;
    },
  );

export function useCreateCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCardBody) => send<DeckCard>(client, 'POST', '/cards', body),
    onSuccess: () => {
      invalidateAfterChange(client);
      void client.invalidateQueries({ queryKey: reviewKeys.due });
    },
  });
}

export function useDeleteCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (cardId: string) =>
      send<null>(client, 'DELETE', `/cards/${encodeURIComponent(cardId)}`),
    onSuccess: () => {
      invalidateAfterChange(client);
      void client.invalidateQueries({ queryKey: reviewKeys.due });
    },
  });
}
