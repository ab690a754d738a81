// A topic's quiz: the questions without their answers, and graded attempts with explanations.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  problemSchema,
  quizAttemptBodySchema,
  quizAttemptResultSchema,
  topicIdParamsSchema,
  topicQuizSchema,
} from '../../api/index.js';
import { authorize, signedIn } from '../auth/authorize.js';
import type { ContentViews } from '../content/views.js';
import { submitQuizAttempt, topicQuiz } from '../learning/quizzes.js';
import { changesWithSession, type AccountsRouteOptions } from './accounts-options.js';

export const quizRoutes =
  (views: ContentViews, accounts: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const { ctx } = accounts;

    app.get(
      '/topics/:id/quiz',
      {
        schema: {
          tags: ['learning'],
          summary: 'A topic’s quiz questions, without their answers',
          description:
            'Open to anyone. No right answer, explanation, numeric answer or tolerance is sent; ' +
            'the options come in a new random order on every request. Submit answers to ' +
            'POST /topics/{id}/quiz-attempts to have them graded and explained.',
          params: topicIdParamsSchema,
          response: { 200: topicQuizSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const quiz = topicQuiz(views.content, request.params.id);
        // A cached copy would replay the same option order.
        return reply.header('Cache-Control', 'no-store').send(quiz);
      },
    );

    app.post(
      '/topics/:id/quiz-attempts',
      {
        schema: {
          security: changesWithSession,
          tags: ['learning'],
          summary: 'Submit answers to a topic’s quiz: graded, explained and recorded',
          description:
            'Passing is a score of 0.75 or more. The first attempt is recorded as such; every ' +
            'question missed on it becomes a card in the learner’s deck. An attempt that passes ' +
            'before the lesson was marked read marks it read (`testedOut`) and adds its cards.',
          params: topicIdParamsSchema,
          body: quizAttemptBodySchema,
          response: {
            200: quizAttemptResultSchema,
            400: problemSchema,
            401: problemSchema,
            404: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'quiz:attempt', { kind: 'account', ownerId: actor.userId });
        return submitQuizAttempt(ctx, views.content, actor.userId, request.params.id, request.body);
      },
    );
  };
