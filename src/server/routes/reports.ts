/**
 * Report routes: the paged listing, one report with its spans, copies and sentence origins, and
 * POST /api/reports to ingest one report (the CLI's validation and size limit).
 */
import { ingestReport } from '../../ingest/ingest.js';
import { parseJsonLine } from '../../input/jsonl.js';
import { InputError } from '../../input/input-error.js';
import { formatBytes } from '../../input/document.js';
import { z } from 'zod';
import { ApiError, shown } from '../errors.js';
import { defineRoute, type ApiRoute } from '../route.js';
import { idParams, reportBody, reportListQuery } from '../schemas.js';
import { reportDetail, reportSummary } from '../views.js';

export const reportRoutes: readonly ApiRoute[] = [
  defineRoute({
    method: 'GET', url: '/api/reports', query: reportListQuery,
    summary: 'List reports (metadata only), by publication date, a page at a time',
    returns: 'data: [{ id, url, outlet, title, byline, published, language, ingestedAt, copyOf, copyGroup, stitched, events, warnings }]; meta.next',
    handler: async ({ query, ctx }) => {
      if (query.copiesOf && !(await ctx.store.getReport(query.copiesOf))) {
        throw new ApiError('NOT_FOUND', `no report ${shown(query.copiesOf)} (list them with GET /api/reports)`);
      }
      let page;
      try {
        page = await ctx.store.listReports({ limit: query.limit, cursor: query.cursor, copiesOf: query.copiesOf });
      } catch (e) {
        if (query.cursor && /cursor/i.test((e as Error).message)) throw new ApiError('BAD_CURSOR', 'this cursor was not made by this server: start again without it');
        throw e;
      }
      return { data: page.items.map(reportSummary), meta: { next: page.next } };
    },
  }),
  defineRoute({
    method: 'GET', url: '/api/reports/:id', params: idParams, query: z.strictObject({}),
    summary: 'One report: its text, highlighted spans, copies and where each sentence came from',
    description: 'Offsets are UTF-16 offsets into text. The text is the article as stored: show it as text, never as HTML.',
    returns: 'data: report metadata plus text, spans [{ kind, start, end, label }], sentences, copies, origins',
    handler: async ({ params, ctx }) => {
      const detail = await reportDetail(ctx.store, params.id);
      if (!detail) throw new ApiError('NOT_FOUND', `no report ${shown(params.id)} (list them with GET /api/reports)`);
      return { data: detail };
    },
  }),
  defineRoute({
    method: 'POST', url: '/api/reports', body: reportBody, bodyError: 'BAD_REPORT',
    summary: 'Ingest one report: stored, copies detected, incidents resolved and graded',
    description: 'The same checks and size limit as civwatch ingest. A report already stored (same text or URL) is not stored twice: status "duplicate" with 200; a new one 201. Needs the bearer token when the server has one.',
    returns: 'data: { status, id, copyOf, stitched, reanchored, incidentsCreated, incidentsUpdated }',
    handler: async ({ body, ctx, reply }) => {
      const bytes = Buffer.byteLength(body.text, 'utf8');
      if (bytes > ctx.maxBytes) throw new ApiError('PAYLOAD_TOO_LARGE', `the text is ${formatBytes(bytes)}, over the limit of ${formatBytes(ctx.maxBytes)}`);
      let doc;
      try {
        doc = parseJsonLine(JSON.stringify(body), 'the report');
      } catch (e) {
        if (e instanceof InputError) throw new ApiError('BAD_REPORT', e.message);
        throw e;
      }
      const outcome = await ingestReport(ctx.store, doc, { now: ctx.now });
      reply.code(outcome.status === 'stored' ? 201 : 200);
      return { data: outcome };
    },
  }),
];
