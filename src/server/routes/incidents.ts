/**
 * Incident routes: the paged listing, map points, one incident, and the CSV and GeoJSON exports.
 */
import { z } from 'zod';
import type { IncidentOut } from '../../corpus/types.js';
import { incidentsCsv, incidentsGeoJson } from '../../corpus/output.js';
import type { IncidentQuery, Store } from '../../store/store.js';
import { ApiError, shown } from '../errors.js';
import { defineRoute, type ApiRoute } from '../route.js';
import { pointColumns } from '../point-columns.js';
import { idParams, incidentFilterQuery, incidentListQuery, pointsQuery, toIncidentQuery } from '../schemas.js';
import { incidentDetail, incidentOuts } from '../views.js';

/** The most points one answer holds (contract 4). */
export const MAX_POINTS = 200_000;

/** A store listing; a cursor the store cannot read is the caller's mistake (BAD_CURSOR), not a 500. */
export async function listPage(store: Store, q: IncidentQuery) {
  try {
    return await store.listIncidents(q);
  } catch (e) {
    if (q.cursor && /cursor/i.test((e as Error).message)) {
      throw new ApiError('BAD_CURSOR', `cursor ${shown(q.cursor, 40)} was not made by this server: start again without it`);
    }
    throw e;
  }
}

/** Every incident matching the filters, page by page (exports). */
async function allOuts(store: Store, q: IncidentQuery): Promise<IncidentOut[]> {
  const out: IncidentOut[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listPage(store, { ...q, limit: 500, cursor });
    out.push(...(await incidentOuts(store, page.items)));
    if (!page.next) return out;
    cursor = page.next;
  }
}

/** An export of every incident matching the filters, as a file download of `produces` (UTF-8). */
function exportRoute(e: { url: string; produces: 'text/csv' | 'application/geo+json'; filename: string; summary: string; returns: string; render: (outs: IncidentOut[]) => string }): ApiRoute {
  return defineRoute({
    method: 'GET', url: e.url, query: incidentFilterQuery, produces: e.produces, summary: e.summary, returns: e.returns,
    handler: async ({ query, ctx, reply }) => {
      const body = e.render(await allOuts(ctx.store, toIncidentQuery(query)));
      reply.type(`${e.produces}; charset=utf-8`).header('content-disposition', `attachment; filename="${e.filename}"`);
      return body;
    },
  });
}

export const incidentRoutes: readonly ApiRoute[] = [
  defineRoute({
    method: 'GET', url: '/api/incidents', query: incidentListQuery,
    summary: 'List incidents (civwatch.incidents/1 records), filtered, a page at a time',
    description: 'Ordered by date (undated last), then id. Follow meta.next as ?cursor= for the next page; it is null on the last. With total=true, the first page also gives meta.total (how many match).',
    returns: 'data: IncidentOut[]; meta.next: the next page\'s cursor or null; meta.total on the first page when total=true',
    handler: async ({ query, ctx }) => {
      const { total, ...filters } = query;
      const q = toIncidentQuery(filters);
      const page = await listPage(ctx.store, q);
      const data = await incidentOuts(ctx.store, page.items);
      if (q.cursor || !total) return { data, meta: { next: page.next } };
      return { data, meta: { next: page.next, total: page.next ? await ctx.store.countIncidents(q) : page.items.length } };
    },
  }),
  defineRoute({
    method: 'GET', url: '/api/incidents/points', query: pointsQuery,
    summary: 'Every matching incident as a compact map point',
    description: `No pagination (at most ${MAX_POINTS.toLocaleString('en')} points); incidents without a place are left out, undated ones have date null.`,
    returns: 'data: [{ id, lat, lon, date, type, grade, civKilled }], or with format=columns { ids, lat, lon, date, type, grade, civKilled, types, grades } (type/grade: indexes into types/grades); meta.total: how many matched',
    handler: async ({ query, ctx }) => {
      const { format, ...filters } = query;
      const all = await ctx.store.incidentPoints(toIncidentQuery(filters));
      const points = all.slice(0, MAX_POINTS);
      return { data: format === 'columns' ? pointColumns(points) : points, meta: { total: all.length } };
    },
  }),
  exportRoute({
    url: '/api/incidents.csv', produces: 'text/csv', filename: 'incidents.csv',
    summary: 'Matching incidents as CSV (ACLED-style columns, then civwatch\'s own)',
    returns: 'text/csv, one row per incident, header first (columns: docs/DATA-MODEL.md)',
    render: incidentsCsv,
  }),
  exportRoute({
    url: '/api/incidents.geojson', produces: 'application/geo+json', filename: 'incidents.geojson',
    summary: 'Matching incidents as a GeoJSON FeatureCollection',
    returns: 'a FeatureCollection: a Point per incident (null geometry without a place), the CSV fields as properties',
    render: (outs) => JSON.stringify(incidentsGeoJson(outs)),
  }),
  defineRoute({
    method: 'GET', url: '/api/incidents/:id', params: idParams, query: z.strictObject({}),
    summary: 'One incident with its sources\' figures, grade history, merges, reviews and evidence sentences',
    returns: 'data: IncidentOut plus figures, gradeHistory, merges, reviews, mergedInto and evidence [{ report, outlet, published, copyOf, sentence, spans, stance, origin }]',
    handler: async ({ params, ctx }) => {
      const detail = await incidentDetail(ctx.store, params.id);
      if (!detail) throw new ApiError('NOT_FOUND', `no incident ${shown(params.id)} (list them with GET /api/incidents)`);
      return { data: detail };
    },
  }),
];
