/**
 * The OpenAPI 3.1 document of the API, written from the route table: each route's zod schemas
 * become its parameters and request body (`z.toJSONSchema`), so the document is what the server
 * validates.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors.js';
import type { ApiRoute } from './route.js';

type Json = Record<string, unknown>;

const toSchema = (s: z.ZodType): Json => {
  const { $schema: _drop, ...schema } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;
  return schema;
};

/** `/api/incidents/:id` → `/api/incidents/{id}`. */
const openapiPath = (url: string) => url.replace(/:([A-Za-z_]+)/g, '{$1}');

function parameters(route: ApiRoute): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = prop as { description?: string };
      out.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest });
    }
  }
  return out;
}

const errorSchema: Json = {
  type: 'object', required: ['error'],
  properties: {
    error: {
      type: 'object', required: ['code', 'message'],
      properties: { code: { type: 'string', enum: Object.keys(ERROR_CODES) }, message: { type: 'string', description: 'what a person can do about it' } },
    },
  },
};

function operation(route: ApiRoute): Json {
  const produces = route.produces ?? 'application/json';
  const ok = produces === 'application/json'
    ? { type: 'object', required: ['data'], properties: { data: { description: route.returns }, meta: { type: 'object', properties: { next: { type: ['string', 'null'] }, total: { type: 'integer' } } } } }
    : { type: 'string', description: route.returns };
  const errors = Object.fromEntries(Object.entries(ERROR_CODES)
    .filter(([code]) => route.method === 'POST' || !['UNAUTHORIZED', 'BAD_JSON', 'BAD_REPORT', 'BAD_REVIEW', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'REVIEW_CONFLICT'].includes(code))
    .map(([code, e]) => [String(e.status), { description: code, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]));
  // Several codes share a status: say them all.
  for (const status of Object.keys(errors)) {
    errors[status].description = Object.entries(ERROR_CODES).filter(([, e]) => String(e.status) === status).map(([c, e]) => `${c}: ${e.when}`).join('; ');
  }
  return {
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    operationId: `${route.method.toLowerCase()}${openapiPath(route.url).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    parameters: parameters(route),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body) } } } } : {}),
    responses: { [route.method === 'POST' ? '201' : '200']: { description: route.returns, content: { [produces]: { schema: ok } } }, ...errors },
    ...(route.method === 'POST' ? { security: [{ bearer: [] }, {}] } : {}),
  };
}

/**
 * The OpenAPI document for a route table.
 *
 * @example
 * openApiDocument(allRoutes).paths['/api/incidents'].get.summary;
 */
export function openApiDocument(routes: readonly ApiRoute[], version = '0.0.0'): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) (paths[openapiPath(r.url)] ??= {})[r.method.toLowerCase()] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'civwatch API', version,
      description: 'Incidents resolved from news reports, with sources, claims, casualty ranges and grades. '
        + 'Success: { "data": …, "meta"?: { "next", "total" } }. Error: { "error": { "code", "message" } }. '
        + 'Writes (POST) need "Authorization: Bearer <token>" when the server was started with --token. See docs/API.md.',
    },
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the --token the server was started with' } },
    },
  };
}
