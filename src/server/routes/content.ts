// Read-only routes over the curriculum: the program, a week, a topic.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  programSchema,
  problemSchema,
  topicDetailSchema,
  topicIdParamsSchema,
  weekDetailSchema,
  weekNumberParamsSchema,
} from '../../api/index.js';
import type { ContentViews } from '../content/views.js';
import { sendProblem } from '../http/problem.js';

export const contentRoutes =
  (views: ContentViews): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/program',
      {
        schema: {
          tags: ['curriculum'],
          summary: 'The whole program: modules, weeks and topics in reading order',
          response: { 200: programSchema },
        },
      },
      async () => views.program,
    );

    app.get(
      '/weeks/:number',
      {
        schema: {
          tags: ['curriculum'],
          summary: 'One week: its topics, time budget and notes',
          params: weekNumberParamsSchema,
          response: { 200: weekDetailSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const week = views.week(request.params.number);
        if (!week)
          return sendProblem(
            reply,
            request,
            404,
            `There is no week ${request.params.number}; the program has weeks 1–${views.program.modules.flatMap((m) => m.weeks).length}.`,
          );
        return week;
      },
    );

    app.get(
      '/topics/:id',
      {
        schema: {
          tags: ['curriculum'],
          summary: 'One topic: its lesson metadata, practice and neighbours',
          params: topicIdParamsSchema,
          response: { 200: topicDetailSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const topic = views.topic(request.params.id);
        if (!topic)
          return sendProblem(
            reply,
            request,
            404,
            `There is no topic "${request.params.id}". GET /api/v1/program lists every topic id.`,
          );
        return topic;
      },
    );
  };
