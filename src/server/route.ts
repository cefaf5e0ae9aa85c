/**
 * One API route as data: method, URL, summary, the zod schemas of its query, path parameters
 * and body, and its handler. The same list registers the routes with fastify and writes the
 * OpenAPI document, so the two cannot drift apart.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { ApiError, type ErrorCode } from './errors.js';

/** What every handler gets besides its parsed input. */
export interface ApiContext {
  store: Store;
  /** The largest report text accepted, in bytes (as `civwatch analyze --max-bytes`). */
  maxBytes: number;
  /** The clock for stored timestamps (tests pin it). */
  now: () => string;
}

/** The success envelope. */
export interface Envelope<T> {
  data: T;
  meta?: { next?: string | null; total?: number };
}

export interface ApiRoute<Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST';
  url: string;
  summary: string;
  description?: string;
  query?: Q;
  params?: P;
  body?: B;
  /** The error code of a body that fails its schema. */
  bodyError?: ErrorCode;
  /** What a 200 holds, in a sentence (OpenAPI). */
  returns: string;
  /** Media type of the answer; JSON envelopes unless told. */
  produces?: 'application/json' | 'text/csv' | 'application/geo+json';
  handler: (input: { query: z.output<Q>; params: z.output<P>; body: z.output<B>; ctx: ApiContext; reply: FastifyReply; request: FastifyRequest }) => Promise<unknown>;
}

/** A route with its schema types kept for its handler. */
export function defineRoute<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType>(r: ApiRoute<Q, P, B>): ApiRoute {
  return r as unknown as ApiRoute;
}

/**
 * Parse an input with its schema; a failure is an {@link ApiError} naming the field and what is
 * wanted (zod's message; the value itself is not echoed).
 *
 * @example
 * parseInput(searchQuery, request.query, 'BAD_QUERY');
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, code: ErrorCode): z.output<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  throw new ApiError(code, `${where}${issue.message}`.slice(0, 500));
}

/** Register routes with fastify: inputs parsed by their schemas, the handler's value sent as is. */
export function registerRoutes(app: FastifyInstance, routes: readonly ApiRoute[], ctx: ApiContext): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        const query = route.query ? parseInput(route.query, request.query, 'BAD_QUERY') : undefined;
        const params = route.params ? parseInput(route.params, request.params, 'NOT_FOUND') : undefined;
        const body = route.body ? parseInput(route.body, request.body, route.bodyError ?? 'BAD_QUERY') : undefined;
        return route.handler({ query, params, body, ctx, reply, request } as Parameters<ApiRoute['handler']>[0]);
      },
    });
  }
}
