// Self-assessments and the program diagnostic: the definitions for anyone, the forms without
// their answers, and the signed-in learner's own results. There is no route to another user's
// results: they are private to their owner, mentors and admins included.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  archetypeDefinitionSchema,
  assessmentCompareQuerySchema,
  assessmentComparisonSchema,
  assessmentIdParamsSchema,
  assessmentKindParamsSchema,
  assessmentListSchema,
  assessmentRecordSchema,
  assessmentSubmissionSchema,
  diagnosticFormParamsSchema,
  diagnosticFormSchema,
  levelDefinitionSchema,
  problemSchema,
} from '../../api/index.js';
import { authorize, signedIn } from '../auth/authorize.js';
import type { ContentViews } from '../content/views.js';
import { sendProblem } from '../http/problem.js';
import {
  AnswersRejected,
  archetypeDefinition,
  compareAssessments,
  diagnosticForm,
  getAssessment,
  levelDefinition,
  listAssessments,
  submitAssessment,
} from '../learning/assessments.js';
import {
  changesWithSession,
  readsWithSession,
  type AccountsRouteOptions,
} from './accounts-options.js';

export const assessmentRoutes =
  (views: ContentViews, accounts: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const { ctx } = accounts;
    const { content } = views;
    const tags = ['assessments'];

    app.get(
      '/assessments/level',
      {
        schema: {
          tags,
          summary: 'The week-1 level self-assessment: dimensions and their descriptors',
          response: { 200: levelDefinitionSchema, 404: problemSchema },
        },
      },
      async () => levelDefinition(content),
    );

    app.get(
      '/assessments/archetypes',
      {
        schema: {
          tags,
          summary: 'The week-2 archetype questionnaire: items, options and interpretations',
          response: { 200: archetypeDefinitionSchema, 404: problemSchema },
        },
      },
      async () => archetypeDefinition(content),
    );

    app.get(
      '/assessments/diagnostic/:form',
      {
        schema: {
          tags,
          summary: 'A program-diagnostic form (start or end), without its answers',
          description:
            'Choices are shuffled on every request; which one is right, and why, comes back ' +
            'only with a scored result.',
          params: diagnosticFormParamsSchema,
          response: { 200: diagnosticFormSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => diagnosticForm(content, request.params.form),
    );

    app.post(
      '/assessments/:kind/results',
      {
        schema: {
          security: changesWithSession,
          tags,
          summary: 'Score answers on the server and keep the result',
          description:
            'The server checks the answers against the definition, computes the result and ' +
            'stores both. A diagnostic result comes with feedback on every question.',
          params: assessmentKindParamsSchema,
          body: assessmentSubmissionSchema,
          response: {
            201: assessmentRecordSchema,
            400: problemSchema,
            401: problemSchema,
            403: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request);
        authorize(request, 'assessment:submit', { kind: 'account', ownerId: actor.userId });
        try {
          const record = await submitAssessment(
            ctx,
            content,
            actor.userId,
            request.params.kind,
            request.body.answers,
          );
          return reply.code(201).send(record);
        } catch (error) {
          if (!(error instanceof AnswersRejected)) throw error;
          return sendProblem(reply, request, 400, error.message, {
            type: 'https://stafflab.dev/problems/validation',
            title: 'Invalid request',
            errors: error.problems,
          });
        }
      },
    );

    app.get(
      '/me/assessments',
      {
        schema: {
          security: readsWithSession,
          tags,
          summary: 'The signed-in learner’s assessment results, newest first, by kind',
          response: { 200: assessmentListSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'assessments:read', { kind: 'account', ownerId: actor.userId });
        return listAssessments(ctx, actor.userId);
      },
    );

    app.get(
      '/me/assessments/compare',
      {
        schema: {
          security: readsWithSession,
          tags,
          summary: 'How one of your results differs from another of the same assessment',
          description:
            'Level: the change of each counted placement. Archetypes: the change of each total. ' +
            'Diagnostic (either form against either): per module, and the concepts learned.',
          querystring: assessmentCompareQuerySchema,
          response: {
            200: assessmentComparisonSchema,
            400: problemSchema,
            401: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'assessments:read', { kind: 'account', ownerId: actor.userId });
        return compareAssessments(ctx, actor.userId, request.query.from, request.query.to);
      },
    );

    app.get(
      '/me/assessments/:id',
      {
        schema: {
          security: readsWithSession,
          tags,
          summary: 'One of the signed-in learner’s results, with feedback for a diagnostic',
          params: assessmentIdParamsSchema,
          response: { 200: assessmentRecordSchema, 401: problemSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        authorize(request, 'assessments:read', { kind: 'account', ownerId: actor.userId });
        return getAssessment(ctx, content, actor.userId, request.params.id);
      },
    );
  };
