/**
 * The API client: one function per endpoint the dashboard reads, all through {@link getJson} so
 * every answer is unwrapped from the `{ data, meta }` envelope and every error carries the
 * server's `{ error: { code, message } }`.
 */
import { rowsFromColumns, type PointColumns } from './point-columns.js';
import type { Envelope, Filters, IncidentDetail, IncidentOut, PointRow, ReportDetail, ReviewBody, Stats } from './types.js';

/** An API error: the server's stable code and the message a person can act on. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/**
 * The query string of a filter set (empty values left out), in a stable order.
 *
 * @example
 * filterQuery({ grade: 'fair+', q: '' }); // 'grade=fair%2B'
 */
export function filterQuery(f: Filters, extra: Record<string, string | undefined> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) p.set(k, v);
  return p.toString();
}

async function readEnvelope<T>(res: Response): Promise<Envelope<T>> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, 'BAD_RESPONSE', `the server answered ${res.status} without JSON`);
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP_' + res.status, err?.message ?? `request failed (${res.status})`);
  }
  return body as Envelope<T>;
}

/**
 * GET a path under `/api` and unwrap the envelope.
 *
 * @example
 * const { data } = await getJson<Stats>('/api/stats');
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<Envelope<T>> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, signal });
  return readEnvelope<T>(res);
}

const withQuery = (path: string, qs: string): string => (qs ? `${path}?${qs}` : path);

/** All map points matching the filters (asked for as columns: a third of the rows' JSON). */
export async function fetchPoints(f: Filters, signal?: AbortSignal): Promise<PointRow[]> {
  return rowsFromColumns((await getJson<PointColumns>(withQuery('/api/incidents/points', filterQuery(f, { format: 'columns' })), signal)).data);
}

/** One page of incidents and the cursor of the next one. */
export async function fetchIncidents(f: Filters, opts: { limit: number; cursor?: string }, signal?: AbortSignal): Promise<{ items: IncidentOut[]; next: string | null; total?: number }> {
  const qs = filterQuery(f, { limit: String(opts.limit), cursor: opts.cursor, total: opts.cursor ? undefined : 'true' });
  const env = await getJson<IncidentOut[]>(withQuery('/api/incidents', qs), signal);
  return { items: env.data, next: env.meta?.next ?? null, total: env.meta?.total };
}

export async function fetchStats(f: Filters, signal?: AbortSignal): Promise<Stats> {
  return (await getJson<Stats>(withQuery('/api/stats', filterQuery(f)), signal)).data;
}

export async function fetchIncident(id: string): Promise<IncidentDetail> {
  return (await getJson<IncidentDetail>(`/api/incidents/${encodeURIComponent(id)}`)).data;
}

export async function fetchReport(id: string): Promise<ReportDetail> {
  return (await getJson<ReportDetail>(`/api/reports/${encodeURIComponent(id)}`)).data;
}

/**
 * POST a review; `token` (when given) goes in the `Authorization: Bearer` header.
 *
 * @example
 * await postReview('inc-1', { action: 'confirm', reason: 'checked with the hospital list' }, token);
 */
export async function postReview(id: string, body: ReviewBody, token?: string): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`/api/incidents/${encodeURIComponent(id)}/review`, { method: 'POST', headers, body: JSON.stringify(body) });
  return (await readEnvelope<unknown>(res)).data;
}
