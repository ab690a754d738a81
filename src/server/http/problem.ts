// Every error leaves the API as an RFC 9457 problem document with a 4xx status for a client's
// mistake. A 500 means a bug of ours: its details go to the log, never to the client.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../api/index.js';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  detail: string,
  extra: Partial<Problem> = {},
) {
  const problem: Problem = {
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    detail,
    instance: request.url.split('?')[0],
    ...extra,
  };
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(problem));
}

export function installProblemHandlers(
  app: FastifyInstance,
  apiPrefix: string,
  onPageNotFound: ((request: FastifyRequest, reply: FastifyReply) => unknown) | null,
) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        path: [error.validationContext, ...String(issue.instancePath).split('/').filter(Boolean)]
          .filter(Boolean)
          .join('.'),
        message: issue.message ?? 'is invalid',
      }));
      return sendProblem(
        reply,
        request,
        400,
        `The request is invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
        {
          type: 'https://stafflab.dev/problems/validation',
          title: 'Invalid request',
          errors,
        },
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const detail =
        error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'The request body is larger than the server accepts (1 MiB).'
          : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'Send JSON with the header Content-Type: application/json.'
            : error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
                error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
              ? 'The request body is not valid JSON.'
              : error.message;
      // Errors of our use cases may name the field at fault, like validation errors do.
      const field = (error as { field?: unknown }).field;
      return sendProblem(
        reply,
        request,
        status,
        detail,
        typeof field === 'string' ? { errors: [{ path: field, message: detail }] } : {},
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      reply,
      request,
      500,
      'Something went wrong on our side. The error has been logged.',
    );
  });

  app.setNotFoundHandler((request, reply) => {
    if (
      request.url === apiPrefix ||
      request.url.startsWith(`${apiPrefix}/`) ||
      request.url.startsWith('/api/') ||
      !onPageNotFound
    ) {
      return sendProblem(
        reply,
        request,
        404,
        `There is no ${request.method} ${request.url.split('?')[0]}. The API is described at ${apiPrefix}/openapi.json.`,
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendProblem(reply, request, 405, `${request.method} is not allowed here.`);
    }
    return onPageNotFound(request, reply);
  });
}
