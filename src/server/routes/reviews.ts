// Spaced repetition: the reviews due, rating a card, the statistics, and the deck (list, write,
// delete, download for Anki). Every route works on the signed-in learner's own deck; a card of
// someone else's answers 404, exactly like a card that does not exist.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cardIdParamsSchema,
  deckCardSchema,
  deckCsvSchema,
  deckSchema,
  dueQuerySchema,
  dueReviewsSchema,
  newCardBodySchema,
  problemSchema,
  reviewBodySchema,
  reviewResultSchema,
  reviewStatsQuerySchema,
  reviewStatsSchema,
} from '../../api/index.js';
import { authorize, signedIn } from '../auth/authorize.js';
import type { ContentViews } from '../content/views.js';
import { createOwnCard, deckCsv, deleteCard, listDeck } from '../learning/cards.js';
import { dueReviews, reviewStatsFor, submitReview } from '../learning/reviews.js';
import {
  changesWithSession,
  readsWithSession,
  type AccountsRouteOptions,
} from './accounts-options.js';

export const reviewRoutes =
  (views: ContentViews, accounts: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const { ctx } = accounts;
    const { content } = views;
    const tags = ['reviews'];

    app.get(
      '/reviews/due',
      {
        schema: {
          security: readsWithSession,
          tags,
          summary: 'The cards due for review now, the longest overdue first',
          description:
            'Each card carries `next`: when it would be due again for each rating, computed with the learner’s desired retention. Cards whose content was removed are left out.',
          querystring: dueQuerySchema,
          response: { 200: dueReviewsSchema, 400: problemSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'deck:read', { kind: 'account', ownerId: actor.userId });
        return dueReviews(ctx, content, actor.userId, request.query.limit);
      },
    );

    app.post(
      '/reviews/:cardId',
      {
        schema: {
          security: changesWithSession,
          tags,
          summary: 'Rate a card: again, hard, good or easy',
          description:
            'Updates the card’s FSRS state and appends to the review log in one transaction. A card may be reviewed before it is due. 409 when the same card was rated again meanwhile.',
          params: cardIdParamsSchema,
          body: reviewBodySchema,
          response: {
            200: reviewResultSchema,
            400: problemSchema,
            401: problemSchema,
            404: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'review:submit', { kind: 'account', ownerId: actor.userId });
        return submitReview(ctx, actor.userId, request.params.cardId, request.body.rating);
      },
    );

    app.get(
      '/reviews/stats',
      {
        schema: {
          security: readsWithSession,
          tags,
          summary: 'Reviews per day, true retention and the 30-day forecast',
          querystring: reviewStatsQuerySchema,
          response: { 200: reviewStatsSchema, 400: problemSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'deck:read', { kind: 'account', ownerId: actor.userId });
        return reviewStatsFor(ctx, content, actor.userId, request.query.tzOffset);
      },
    );

    app.get(
      '/cards',
      {
        schema: {
          security: readsWithSession,
          tags,
          summary: 'The learner’s deck, in the order cards joined it',
          response: { 200: deckSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'deck:read', { kind: 'account', ownerId: actor.userId });
        return listDeck(ctx, content, actor.userId);
      },
    );

    app.post(
      '/cards',
      {
        schema: {
          security: changesWithSession,
          tags,
          summary: 'Write a card of one’s own; it is due at once',
          body: newCardBodySchema,
          response: { 201: deckCardSchema, 400: problemSchema, 401: problemSchema },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'deck:change', { kind: 'account', ownerId: actor.userId });
        const card = await createOwnCard(ctx, content, actor.userId, request.body);
        return reply.code(201).send(card);
      },
    );

    app.delete(
      '/cards/:cardId',
      {
        schema: {
          security: changesWithSession,
          tags,
          summary: 'Remove a card and its review log from the deck',
          description: 'Any card: a lesson’s card comes back if the lesson is marked read again.',
          params: cardIdParamsSchema,
          response: { 204: z.null().describe('Removed'), 401: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'deck:change', { kind: 'account', ownerId: actor.userId });
        await deleteCard(ctx, actor.userId, request.params.cardId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/me/deck.csv',
      {
        schema: {
          security: readsWithSession,
          tags,
          summary: 'Download the deck as a CSV file that Anki imports',
          response: {
            200: {
              description: 'The Anki file',
              content: { 'text/csv': { schema: deckCsvSchema } },
            },
            401: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'deck:read', { kind: 'account', ownerId: actor.userId });
        const csv = await deckCsv(ctx, content, actor.userId);
        // A string with a non-JSON type is sent as it is: the JSON serializer is not involved.
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', 'attachment; filename="stafflab-deck.csv"')
          .header('Cache-Control', 'no-store')
          .send(csv);
      },
    );
  };
