/**
 * Full-text search over reports, and incident counts for the dashboard's charts.
 */
import { defineRoute, type ApiRoute } from '../route.js';
import { incidentFilterQuery, searchQuery, toIncidentQuery } from '../schemas.js';

export const searchRoutes: readonly ApiRoute[] = [
  defineRoute({
    method: 'GET', url: '/api/search', query: searchQuery,
    summary: 'Full-text search over report titles and texts (every word must occur; best first)',
    description: 'The snippet marks matched words with [ and ]; show it as text.',
    returns: 'data: [{ id, snippet }]',
    handler: async ({ query, ctx }) => ({ data: await ctx.store.searchReports(query.q, query.limit) }),
  }),
  defineRoute({
    method: 'GET', url: '/api/stats', query: incidentFilterQuery,
    summary: 'Counts of the matching incidents by month, week, type and grade',
    description: 'civKilled sums civilians killed (the maximum, or the minimum when open-ended). Undated incidents count only in byType and byGrade.',
    returns: 'data: { byMonth: [{ month, incidents, civKilled }], byWeek: [{ week, incidents, civKilled }], byType, byGrade }',
    handler: async ({ query, ctx }) => ({ data: await ctx.store.incidentStats(toIncidentQuery(query)) }),
  }),
];
