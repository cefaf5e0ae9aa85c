import pg from 'pg';
import type { EventRecord, GradeRecord, Incident, MergeRecord, ReviewRecord, SentenceOrigin, StoredReport } from '../../corpus/types.js';
import type { IsoDate } from '../../report/types.js';
import type { SentenceHashRow } from '../sqlite/provenance.js';
import type { BandQuery, EventSourceRow, FeedState, IncidentPoint, IncidentQuery, IncidentStats, Page, ReportInfoRow, Store } from '../store.js';
import { PgFeeds } from './feeds.js';
import { PgIncidents } from './incidents.js';
import { LOCK_SQL, lockIds } from './locks.js';
import { migratePg, pgSchemaVersion } from './migrate.js';
import { PgProvenance } from './provenance.js';
import { PgReports } from './reports.js';
import { PgReviews } from './reviews.js';
import { PgSession } from './session.js';
import { parsePgTarget } from './target.js';

export interface PgStoreOptions {
  /** Schema for the store's tables when the URL has no `?schema=` (default `public`). */
  schema?: string;
  /** Most connections the pool opens (default 10). */
  maxConnections?: number;
  /** Milliseconds to wait for a connection before failing (default 10000). */
  connectTimeoutMs?: number;
}

const JSON_OIDS = new Set([114, 3802]); // json, jsonb
const INT8_OID = 20;

/**
 * Type parsers for the store's connections: JSON columns stay text (row mapping parses them, as
 * for SQLite), bigint becomes a number (counts and ids stay far below 2^53); the rest as pg does.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (JSON_OIDS.has(oid)) return (v: string) => v;
    if (oid === INT8_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * The {@link Store} on PostgreSQL (node-postgres Pool). Tables live in one schema (the URL's
 * `?schema=`, default `public`); every connection's search_path is that schema. Several
 * processes may share one store: transactions run on their own pooled connection, and
 * {@link PgStore.lockKeys} serialises the ones that touch the same keys.
 *
 * @example
 * const store = openPgStore('postgres://civwatch@db.example.org/civwatch?schema=monitor');
 * await store.migrate();
 * await store.transaction(async () => { await store.lockKeys(['cell:x']); await store.putReport(report); });
 */
export class PgStore implements Store {
  readonly pool: pg.Pool;
  readonly schema: string;
  private readonly db: PgSession;
  private readonly reports: PgReports;
  private readonly incidents: PgIncidents;
  private readonly provenance: PgProvenance;
  private readonly reviews: PgReviews;
  private readonly feeds: PgFeeds;
  private closed = false;

  constructor(url: string, opts: PgStoreOptions = {}) {
    const target = parsePgTarget(url, { schema: opts.schema });
    this.schema = target.schema;
    this.pool = new pg.Pool({
      connectionString: target.connectionString,
      options: target.options,
      max: opts.maxConnections ?? 10,
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
      types,
    });
    // An idle client's error (server restart) must not crash the process; the pool drops that client.
    this.pool.on('error', () => undefined);
    this.db = new PgSession(this.pool);
    this.reports = new PgReports(this.db);
    this.incidents = new PgIncidents(this.db);
    this.provenance = new PgProvenance(this.db, (ids) => this.reports.texts(ids));
    this.reviews = new PgReviews(this.db);
    this.feeds = new PgFeeds(this.db);
  }

  async migrate(): Promise<void> {
    await migratePg(this.pool, this.schema);
  }

  /** The schema version this store's schema is at (0 before the first migrate). */
  schemaVersion(): Promise<number> {
    return pgSchemaVersion(this.pool, this.schema);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  transaction<T>(fn: () => T | Promise<T>): Promise<T> {
    return this.db.run(fn);
  }

  async lockKeys(keys: string[]): Promise<void> {
    if (!this.db.inside()) throw new Error('lockKeys must be called inside store.transaction(): its locks last until that transaction ends');
    if (!keys.length) return;
    await this.db.query(LOCK_SQL, [lockIds(this.schema, keys)]);
  }

  findReportByHash(contentHash: string): Promise<StoredReport | null> {
    return this.reports.byHash(contentHash);
  }
  findReportByUrl(url: string): Promise<StoredReport | null> {
    return this.reports.byUrl(url);
  }
  getReport(id: string): Promise<StoredReport | null> {
    return this.reports.get(id);
  }
  putReport(report: StoredReport): Promise<void> {
    return this.reports.put(report);
  }
  listReports(opts: { copiesOf?: string; limit?: number; cursor?: string } = {}): Promise<Page<StoredReport>> {
    return this.reports.list(opts);
  }
  countReports(): Promise<number> {
    return this.reports.count();
  }
  searchReports(q: string, limit?: number): Promise<{ id: string; snippet: string }[]> {
    return this.reports.search(q, limit);
  }

  putBands(report: string, bands: string[]): Promise<void> {
    return this.provenance.putBands(report, bands);
  }
  reportsWithBands(bands: string[], opts?: BandQuery): Promise<string[]> {
    return this.provenance.reportsWithBands(bands, opts);
  }
  putSentenceOrigins(origins: SentenceOrigin[]): Promise<void> {
    return this.provenance.putSentenceOrigins(origins);
  }
  getSentenceOrigins(report: string): Promise<SentenceOrigin[]> {
    return this.provenance.getSentenceOrigins(report);
  }
  async findSentenceByHash(hash: string): Promise<{ report: string; sentence: number; published: IsoDate | null } | null> {
    const row = await this.provenance.findSentenceByHash(hash);
    return row ? { report: row.report, sentence: row.sentence, published: row.published } : null;
  }
  async findSentencesByHashes(hashes: string[]): Promise<Map<string, { report: string; sentence: number; published: IsoDate | null }>> {
    const rows = await this.provenance.findSentencesByHashes(hashes);
    return new Map([...rows].map(([h, r]) => [h, { report: r.report, sentence: r.sentence, published: r.published }]));
  }
  putSentenceHashes(rows: SentenceHashRow[]): Promise<void> {
    return this.provenance.putSentenceHashes(rows);
  }

  putEvents(events: EventRecord[]): Promise<void> {
    return this.incidents.putEvents(events);
  }
  getEvents(ids: string[]): Promise<EventRecord[]> {
    return this.incidents.getEvents(ids);
  }
  candidateIncidents(cells: string[]): Promise<Incident[]> {
    return this.incidents.candidates(cells);
  }
  candidateIncidentIds(cells: string[]): Promise<string[]> {
    return this.incidents.candidateIds(cells);
  }
  putIncident(incident: Incident, cells: string[]): Promise<void> {
    return this.incidents.put(incident, cells);
  }
  getIncident(id: string): Promise<Incident | null> {
    return this.incidents.get(id);
  }
  listIncidents(q: IncidentQuery): Promise<Page<Incident>> {
    return this.incidents.list(q);
  }
  countIncidents(q?: IncidentQuery): Promise<number> {
    return this.incidents.count(q);
  }
  putMerge(merge: MergeRecord): Promise<void> {
    return this.incidents.putMerge(merge);
  }
  getMerges(incident: string): Promise<MergeRecord[]> {
    return this.incidents.getMerges(incident);
  }
  putGrade(incident: string, grade: GradeRecord): Promise<void> {
    return this.incidents.putGrade(incident, grade);
  }

  // API additions (migration 2): reviews, merged-away incidents, map points, statistics
  putReview(review: Omit<ReviewRecord, 'id'>): Promise<ReviewRecord> {
    return this.reviews.put(review);
  }
  getReviews(incident: string): Promise<ReviewRecord[]> {
    return this.reviews.list(incident);
  }
  setMergedInto(incident: string, into: string | null): Promise<void> {
    return this.reviews.setMergedInto(incident, into);
  }
  getMergedInto(incident: string): Promise<string | null> {
    return this.reviews.mergedInto(incident);
  }
  incidentPoints(q: IncidentQuery): Promise<IncidentPoint[]> {
    return this.reviews.points(q);
  }
  incidentStats(q: IncidentQuery): Promise<IncidentStats> {
    return this.reviews.stats(q);
  }
  reportInfos(ids: string[]): Promise<ReportInfoRow[]> {
    return this.reviews.reportInfos(ids);
  }
  eventSources(ids: string[]): Promise<EventSourceRow[]> {
    return this.reviews.eventSources(ids);
  }

  // Feed watching (migration 3)
  getFeedState(url: string): Promise<FeedState | null> {
    return this.feeds.get(url);
  }
  putFeedState(state: FeedState): Promise<void> {
    return this.feeds.put(state);
  }
  listFeedStates(): Promise<FeedState[]> {
    return this.feeds.list();
  }

  // Boilerplate (copy detection at scale)
  sentenceSpread(hashes: string[], cap: number): Promise<Map<string, number>> {
    return this.provenance.sentenceSpread(hashes, cap);
  }
  originSpread(origins: { report: string; sentence: number }[], cap: number): Promise<Map<string, number>> {
    return this.provenance.originSpread(origins, cap);
  }
}

/**
 * Open a PostgreSQL store (no connection is made until the first call). Call `migrate()` before use.
 *
 * @example
 * const store = openPgStore('postgres://postgres@127.0.0.1:5432/civwatch?schema=civwatch');
 * await store.migrate();
 */
export function openPgStore(url: string, opts: PgStoreOptions = {}): PgStore {
  return new PgStore(url, opts);
}
