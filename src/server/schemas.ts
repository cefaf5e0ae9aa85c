/**
 * The API's inputs as zod schemas: the single source for validation and for the OpenAPI
 * document (`z.toJSONSchema`). Query strings arrive as strings; each schema parses them into the
 * store's types (an {@link IncidentQuery}).
 */
import { z } from 'zod';
import { eventTypes } from '../report/schema.js';
import { isValidIsoDate } from '../input/iso-date.js';
import { gradeFilter } from '../corpus/service.js';
import type { IncidentQuery } from '../store/store.js';
import { CORRECTABLE_FIELDS, type CorrectableField } from '../corpus/review.js';

const GRADE_NAMES = ['confirmed', 'fair', 'weak', 'contested', 'discounted'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'want a date like 2017-03-17').refine(isValidIsoDate, 'not a calendar date');

/** "a,b,c" of finite numbers, checked per position. */
function numberList(n: number, example: string, check: (xs: number[]) => string | null) {
  return z.string().max(100).transform((s, ctx) => {
    const xs = s.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
    const problem = xs.length !== n || xs.some((x) => !Number.isFinite(x)) ? `want ${n} numbers like ${example}` : check(xs);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return xs;
  });
}

const lat = (x: number) => Math.abs(x) <= 90;
const lon = (x: number) => Math.abs(x) <= 180;

/** The incident filters shared by listing, points, stats and exports. */
export const incidentFilters = {
  since: isoDate.optional().describe('incidents ending on or after this date (YYYY-MM-DD)'),
  until: isoDate.optional().describe('incidents starting on or before this date (YYYY-MM-DD)'),
  bbox: numberList(4, '36.0,42.8,36.6,43.4', ([s, w, n, e]) => (!lat(s) || !lat(n) || !lon(w) || !lon(e) ? 'latitudes within ±90, longitudes within ±180'
    : s > n ? 'south must not be above north' : null))
    .transform(([south, west, north, east]) => ({ south, west, north, east })).optional()
    .describe('bounding box south,west,north,east in degrees (west > east crosses the antimeridian)'),
  near: numberList(3, '36.34,43.13,30', ([la, lo, km]) => (!lat(la) || !lon(lo) ? 'latitude within ±90, longitude within ±180'
    : km <= 0 || km > 20_000 ? 'radius km above 0 and at most 20000' : null))
    .transform(([la, lo, km]) => ({ lat: la, lon: lo, km })).optional()
    .describe('point and radius: lat,lon,km'),
  type: z.enum(eventTypes).optional().describe('event type (ACLED sub-event type), e.g. "Air/drone strike"'),
  grade: z.string().max(100).transform((s, ctx) => {
    try {
      return gradeFilter(s);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  }).optional().describe(`grades: ${GRADE_NAMES.join(', ')}; "fair+" = fair or better; a comma list`),
  perpetrator: z.string().min(1).max(200).optional().describe('suspected belligerent, exact name ignoring case'),
  q: z.string().min(1).max(500).optional().describe('full-text search over the incidents\' reports'),
};

const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
const cursor = z.string().min(1).max(400).optional().describe('meta.next of the previous page');

export const incidentListQuery = z.strictObject({
  ...incidentFilters,
  limit: limit(500, 100).describe('page size, 1–500 (default 100)'),
  cursor,
  total: z.enum(['true', 'false']).default('false').transform((v) => v === 'true')
    .describe('true: meta.total, how many incidents match (first page only; costs a count over every match)'),
});

export const incidentFilterQuery = z.strictObject(incidentFilters);

/** GET /api/incidents/points: the filters and the answer's shape (rows by default, or columns). */
export const pointsQuery = z.strictObject({
  ...incidentFilters,
  format: z.enum(['rows', 'columns']).default('rows')
    .describe('rows: [{ id, lat, lon, date, type, grade, civKilled }]; columns: { ids, lat, lon, date, type, grade, civKilled, types, grades } (type and grade index types and grades)'),
});

export const reportListQuery = z.strictObject({
  limit: limit(500, 50).describe('page size, 1–500 (default 50)'),
  cursor,
  copiesOf: z.string().min(1).max(200).optional().describe('only the reports of this report\'s copy group'),
});

export const searchQuery = z.strictObject({
  q: z.string().min(1).max(500).describe('words that must all occur (no query syntax)'),
  limit: limit(100, 20).describe('at most this many results, 1–100 (default 20)'),
});

export const idParams = z.strictObject({ id: z.string().min(1).max(200) });

/** POST /api/reports: one report. */
export const reportBody = z.strictObject({
  text: z.string().min(1).describe('the article text (plain text; the first line is the title when it looks like one)'),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional().describe('where it was published'),
  title: z.string().max(1000).optional(),
  outlet: z.string().max(200).optional(),
  published: isoDate.optional().describe('publication date YYYY-MM-DD (relative dates are resolved against it)'),
});

const rangeValue = z.strictObject({
  min: z.number().int().min(0).max(10_000_000),
  max: z.number().int().min(0).max(10_000_000).nullable(),
  conservative: z.number().int().min(0).max(10_000_000),
}).refine((r) => r.max === null || r.max >= r.min, 'max must be at least min (or null: open-ended)')
  .refine((r) => r.conservative >= r.min && (r.max === null || r.conservative <= r.max), 'conservative must lie within min..max');

/** The fields an analyst may correct, and the value each takes. */
export const CORRECTABLE = {
  type: z.enum(eventTypes),
  date: z.strictObject({ from: isoDate, to: isoDate }).refine((d) => d.from <= d.to, 'from must not be after to').nullable(),
  place: z.strictObject({
    name: z.string().min(1).max(200), country: z.string().max(3), lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180),
    precision: z.enum(['point', 'district', 'city', 'admin2', 'admin1', 'country']),
  }).nullable(),
  perpetrator: z.string().min(1).max(200).nullable(),
  target: z.string().min(1).max(200).nullable(),
  'civilians.killed': rangeValue,
  'civilians.injured': rangeValue,
  'combatants.killed': rangeValue,
  'combatants.injured': rangeValue,
  'total.killed': rangeValue,
  'total.injured': rangeValue,
} as const satisfies Record<CorrectableField, z.ZodType>;

const reviewCommon = {
  reason: z.string().trim().min(1, 'give a reason: it is kept in the audit record').max(2000),
  by: z.string().trim().min(1).max(100).optional().describe('who decided (default "analyst")'),
};

/** POST /api/incidents/:id/review: one analyst decision. */
export const reviewBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('confirm'), ...reviewCommon }),
  z.strictObject({ action: z.literal('correct'), ...reviewCommon, field: z.enum(CORRECTABLE_FIELDS),
    value: z.unknown().nonoptional('give the corrected value (null clears a field where allowed)').describe('the corrected value: its shape depends on field') }),
  z.strictObject({ action: z.literal('merge'), ...reviewCommon, other: z.string().min(1).max(200).describe('the incident merged into this one') }),
  z.strictObject({ action: z.literal('split'), ...reviewCommon, report: z.string().min(1).max(200).describe('the report whose events leave this incident') }),
  z.strictObject({ action: z.literal('grade'), ...reviewCommon, grade: z.enum(GRADE_NAMES) }),
]);

export type ReviewBody = z.infer<typeof reviewBody>;

/** The store query of parsed filters. */
export function toIncidentQuery(q: z.infer<typeof incidentFilterQuery> & { limit?: number; cursor?: string }): IncidentQuery {
  return {
    since: q.since, until: q.until, bbox: q.bbox, near: q.near, type: q.type, grades: q.grade, perpetrator: q.perpetrator,
    text: q.q, limit: q.limit, cursor: q.cursor,
  };
}
