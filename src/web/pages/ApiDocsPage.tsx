// A readable page over the OpenAPI document the server publishes at /api/v1/openapi.json.
import { useQuery } from '@tanstack/react-query';
import { getJson } from '../api/client.js';
import { LoadError, Loading } from '../app/states.js';

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: unknown;
  }[];
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown }> }
  >;
}
interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

export function ApiDocsPage() {
  const doc = useQuery({
    queryKey: ['openapi'],
    queryFn: () => getJson<OpenApiDoc>('/openapi.json'),
    staleTime: Infinity,
  });
  if (doc.isPending) return <Loading what="the API description" />;
  if (doc.isError) return <LoadError error={doc.error} />;
  const { info, paths, components } = doc.data;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );

  return (
    <article className="api-docs">
      <h1 tabIndex={-1}>
        {info.title} <span className="muted">v{info.version}</span>
      </h1>
      <p>{info.description}</p>
      <p>
        Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      {operations.map(({ path, method, op }) => (
        <section
          key={`${method} ${path}`}
          className="operation"
          aria-label={`${method.toUpperCase()} ${path}`}
        >
          <h2>
            <span className={`method method-${method}`}>{method.toUpperCase()}</span>{' '}
            <code>{path}</code>
          </h2>
          {op.summary && <p>{op.summary}</p>}
          {op.parameters && op.parameters.length > 0 && (
            <>
              <h3>Parameters</h3>
              <ul>
                {op.parameters.map((p) => (
                  <li key={`${p.in}-${p.name}`}>
                    <code>{p.name}</code> ({p.in}
                    {p.required ? ', required' : ''}){p.description ? ` — ${p.description}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Responses</h3>
          <ul>
            {Object.entries(op.responses ?? {}).map(([status, response]) => (
              <li key={status}>
                <strong>{status}</strong> {response.description}
                {Object.entries(response.content ?? {}).map(([type, media]) => (
                  <details key={type}>
                    <summary>
                      <code>{type}</code> schema
                    </summary>
                    <pre tabIndex={0}>{JSON.stringify(media.schema, null, 2)}</pre>
                  </details>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {components?.schemas && (
        <section aria-labelledby="schemas-title">
          <h2 id="schemas-title">Schemas</h2>
          {Object.entries(components.schemas).map(([name, schema]) => (
            <details key={name}>
              <summary>
                <code>{name}</code>
              </summary>
              <pre tabIndex={0}>{JSON.stringify(schema, null, 2)}</pre>
            </details>
          ))}
        </section>
      )}
    </article>
  );
}
