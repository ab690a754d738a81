// The learner's own progress: reading a lesson, doing its exercise, the whole program's
// progress, and the plan that says which week is "this week".
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  exerciseBodySchema,
  exerciseResultSchema,
  planSchema,
  planUpdateBodySchema,
  problemSchema,
  progressQuerySchema,
  progressSchema,
  topicIdParamsSchema,
  topicReadResultSchema,
} from '../../api/index.js';
import { authorize, signedIn } from '../auth/authorize.js';
import type { ContentViews } from '../content/views.js';
import { completeExercise, undoExercise } from '../learning/exercises.js';
import { readPlan, updatePlan } from '../learning/plan.js';
import { progressFor } from '../learning/progress.js';
import { markTopicRead, unmarkTopicRead } from '../learning/reading.js';
import {
  changesWithSession,
  readsWithSession,
  type AccountsRouteOptions,
} from './accounts-options.js';

const changed = z.null().describe('Done');

export const progressRoutes =
  (views: ContentViews, accounts: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const { ctx } = accounts;
    const topicErrors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

    app.post(
      '/topics/:id/read',
      {
        schema: {
          security: changesWithSession,
          tags: ['learning'],
          summary: 'Mark a lesson read; its review cards join the learner’s deck',
          description: 'Idempotent: marking it again keeps the first time and adds no card twice.',
          params: topicIdParamsSchema,
          response: { 200: topicReadResultSchema, ...topicErrors },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'topic:mark-read', { kind: 'account', ownerId: actor.userId });
        return markTopicRead(ctx, views.content, actor.userId, request.params.id);
      },
    );

    app.delete(
      '/topics/:id/read',
      {
        schema: {
          security: changesWithSession,
          tags: ['learning'],
          summary: 'Un-mark a lesson read (its cards stay in the deck)',
          params: topicIdParamsSchema,
          response: { 204: changed, ...topicErrors },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'topic:mark-read', { kind: 'account', ownerId: actor.userId });
        await unmarkTopicRead(ctx, views.content, actor.userId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.put(
      '/topics/:id/exercise',
      {
        schema: {
          security: changesWithSession,
          tags: ['learning'],
          summary: 'Mark a topic’s exercise done, with a short reflection',
          description:
            'The reflection is trimmed and must be 20–2,000 characters. Sending it again ' +
            'replaces the reflection and keeps the time it was first done.',
          params: topicIdParamsSchema,
          body: exerciseBodySchema,
          response: { 200: exerciseResultSchema, ...topicErrors },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'exercise:complete', { kind: 'account', ownerId: actor.userId });
        return completeExercise(
          ctx,
          views.content,
          actor.userId,
          request.params.id,
          request.body.reflection,
        );
      },
    );

    app.delete(
      '/topics/:id/exercise',
      {
        schema: {
          security: changesWithSession,
          tags: ['learning'],
          summary: 'Un-mark a topic’s exercise (the reflection is deleted)',
          params: topicIdParamsSchema,
          response: { 204: changed, ...topicErrors },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'exercise:complete', { kind: 'account', ownerId: actor.userId });
        await undoExercise(ctx, views.content, actor.userId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/progress',
      {
        schema: {
          security: readsWithSession,
          tags: ['learning'],
          summary: 'The signed-in learner’s progress: topics, weeks, modules, plan, next step',
          description:
            'A topic is complete when its lesson is read, its practice done (every available ' +
            'lab passed on the server, the exercise done, the self-assessment taken) and its ' +
            'quiz passed (best score ≥ 0.75). Pass `today` (the learner’s local date) to place ' +
            'the current week in their time zone.',
          querystring: progressQuerySchema,
          response: { 200: progressSchema, 400: problemSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'progress:read', { kind: 'account', ownerId: actor.userId });
        return progressFor(ctx, views.content, actor.userId, request.query.today);
      },
    );

    app.get(
      '/me/plan',
      {
        schema: {
          security: readsWithSession,
          tags: ['learning'],
          summary: 'The signed-in learner’s plan: start date, pace and desired retention',
          description: 'Without a saved plan: no start date, 7 days a week, retention 0.9.',
          response: { 200: planSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'progress:read', { kind: 'account', ownerId: actor.userId });
        return readPlan(ctx.db, actor.userId);
      },
    );

    app.put(
      '/me/plan',
      {
        schema: {
          security: changesWithSession,
          tags: ['learning'],
          summary: 'Set the plan: start date, days per program week, desired retention',
          body: planUpdateBodySchema,
          response: { 200: planSchema, 400: problemSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'plan:update', { kind: 'account', ownerId: actor.userId });
        return updatePlan(ctx, actor.userId, request.body);
      },
    );
  };
