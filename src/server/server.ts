/**
 * The civwatch HTTP API (fastify): JSON over HTTP under `/api`, its OpenAPI document at
 * `/openapi.json`, and the dashboard's built files at `/`. One success envelope
 * (`{ data, meta? }`) and one error shape (`{ error: { code, message } }`) everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Store } from '../store/store.js';
import { DEFAULT_MAX_BYTES } from '../input/document.js';
import { ApiError, errorBody, type ErrorCode } from './errors.js';
import { installSecurity } from './security.js';
import { registerRoutes, type ApiRoute } from './route.js';
import { openApiDocument } from './openapi.js';
import { incidentRoutes } from './routes/incidents.js';
import { reviewRoutes } from './routes/review.js';
import { reportRoutes } from './routes/reports.js';
import { searchRoutes } from './routes/search.js';

/** Every API route, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly ApiRoute[] = [...incidentRoutes, ...reviewRoutes, ...reportRoutes, ...searchRoutes];

export interface ServerOptions {
  store: Store;
  /** When set, every write needs `Authorization: Bearer <token>`. */
  token?: string;
  /** The dashboard's built files (`dist/web`); a plain page says how to build them when absent. */
  webRoot?: string;
  /** The largest report text accepted (default: the CLI's 5 MB). */
  maxBytes?: number;
  /** The clock for stored timestamps. */
  now?: () => string;
  /** Where internal errors are reported (their details never reach the client). */
  logError?: (error: unknown) => void;
}

/** fastify's own errors, mapped to the API's codes. */
const FASTIFY_CODES: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', 'the request body is over the size limit'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', 'send the body as JSON with "Content-Type: application/json"'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['BAD_JSON', 'the body is empty: send a JSON object'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['BAD_JSON', 'the body is not valid JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['BAD_JSON', 'the Content-Length header does not match the body'],
};

/** The API's answer for any thrown error: known ones as they are, the rest as INTERNAL with nothing inside. */
function toApiError(error: FastifyError | Error): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as FastifyError).code;
  if (code && FASTIFY_CODES[code]) return new ApiError(...FASTIFY_CODES[code]);
  const status = (error as FastifyError).statusCode;
  if (error instanceof SyntaxError && status === 400) return new ApiError('BAD_JSON', 'the body is not valid JSON');
  if (status && status >= 400 && status < 500) return new ApiError(status === 404 ? 'NOT_FOUND' : 'BAD_QUERY', status === 404 ? 'not found' : 'the request is malformed');
  return new ApiError('INTERNAL', 'internal error: the request was not completed (the server has logged the details)');
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>civwatch</title></head><body>
<h1>civwatch</h1><p>dashboard not built: run <code>npm run build</code> (it writes dist/web), then restart civwatch serve.</p>
<p>The API is running: see <a href="/openapi.json">/openapi.json</a> and <a href="/api/incidents">/api/incidents</a>.</p></body></html>\n`;

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Build the server (not listening: call `listen`, or `inject` in tests).
 *
 * @example
 * const app = await buildServer({ store, token: process.env.CIVWATCH_TOKEN, webRoot: 'dist/web' });
 * await app.listen({ host: '127.0.0.1', port: 8080 });
 */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // The JSON body carries the text escaped (a newline is two bytes): room for that, then the text itself is checked.
  const app = Fastify({
    logger: false, bodyLimit: 2 * maxBytes + 64 * 1024, routerOptions: { maxParamLength: 1000 }, return503OnClosing: true,
    // A URL that is not valid percent-encoded UTF-8 gets the API's error shape too.
    frameworkErrors: (_error, _request, reply) => {
      void (reply as FastifyReply).code(400).type('application/json; charset=utf-8').send(errorBody('BAD_QUERY', 'the URL is not valid percent-encoded UTF-8'));
    },
  });
  // Only JSON bodies: a cross-site form (text/plain) cannot post to the API.
  app.removeContentTypeParser('text/plain');
  installSecurity(app, opts.token);
  app.setErrorHandler((error, _request, reply) => {
    const e = toApiError(error as FastifyError);
    if (e.code === 'INTERNAL') opts.logError?.(error);
    void reply.code(e.status).type('application/json; charset=utf-8').send(errorBody(e.code, e.message));
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (request.method === 'GET' && path === '/' && !webBuilt(opts.webRoot)) {
      void reply.code(200).type('text/html; charset=utf-8').send(NOT_BUILT);
      return;
    }
    void reply.code(404).type('application/json; charset=utf-8')
      .send(errorBody('NOT_FOUND', `no route ${request.method} ${path.length > 100 ? `${path.slice(0, 100)}…` : path}: the API is listed at /openapi.json`));
  });
  registerRoutes(app, API_ROUTES, { store: opts.store, maxBytes, now: opts.now ?? (() => new Date().toISOString()) });
  const openapi = openApiDocument(API_ROUTES, version());
  app.get('/openapi.json', async () => openapi);
  if (webBuilt(opts.webRoot)) await app.register(fastifyStatic, { root: opts.webRoot!, prefix: '/', index: 'index.html' });
  return app;
}

function webBuilt(root: string | undefined): boolean {
  return root !== undefined && existsSync(join(root, 'index.html'));
}
