import type { EventRecord, GradeRecord, Incident, MergeRecord, ReviewRecord, SentenceOrigin, StoredReport } from '../../corpus/types.js';
import type { IsoDate } from '../../report/types.js';
import type { BandQuery, EventSourceRow, FeedState, IncidentPoint, IncidentQuery, IncidentStats, Page, ReportInfoRow, Store } from '../store.js';
import { migrate, openDatabase, schemaVersion, type Db, type OpenOptions } from './db.js';
import { FeedTable } from './feeds.js';
import { IncidentTable } from './incidents.js';
import { ReviewTable } from './reviews.js';
import { prepared } from './prepared.js';
import { ProvenanceTable, type SentenceHashRow } from './provenance.js';
import { ReportTable } from './reports.js';
import { Transactions } from './transactions.js';

/**
 * The {@link Store} on SQLite (better-sqlite3). One connection, used by one process; writes that
 * span several statements are atomic on their own, and {@link SqliteStore.transaction} groups
 * several calls.
 *
 * @example
 * const store = openSqliteStore('civwatch.db');
 * await store.migrate();
 * await store.transaction(async () => { await store.putReport(report); await store.putEvents(events); });
 */
export class SqliteStore implements Store {
  readonly db: Db;
  private readonly tx: Transactions;
  private readonly reports: ReportTable;
  private readonly incidents: IncidentTable;
  private readonly provenance: ProvenanceTable;
  private readonly reviews: ReviewTable;
  private readonly feeds: FeedTable;

  constructor(db: Db) {
    this.db = db;
    this.tx = new Transactions(db);
    const q = prepared(db);
    this.reports = new ReportTable(q);
    this.incidents = new IncidentTable(q);
    this.provenance = new ProvenanceTable(q, (id) => this.reports.text(id));
    this.reviews = new ReviewTable(q);
    this.feeds = new FeedTable(q);
  }

  /**
   * Run one store operation: atomically (better-sqlite3 nests it as a savepoint inside an open
   * transaction), and after any transaction another async caller has open, so it never lands
   * inside someone else's transaction.
   */
  private op<T>(fn: () => T): Promise<T> {
    const atomic = this.db.transaction(fn);
    if (this.tx.busy() && !this.tx.inside()) return this.tx.run(() => atomic());
    try {
      return Promise.resolve(atomic());
    } catch (err) {
      return Promise.reject(err);
    }
  }

  migrate(): void {
    migrate(this.db);
  }

  /** The schema version this database is at. */
  schemaVersion(): number {
    return schemaVersion(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  transaction<T>(fn: () => T | Promise<T>): Promise<T> {
    return this.tx.run(fn);
  }

  /**
   * A no-op inside a transaction: SQLite's write transactions are `BEGIN IMMEDIATE`, so a
   * transaction already excludes every other writer (this process's through {@link Transactions},
   * other processes' through the database lock) until it ends — any key is as good as locked.
   * Rejects outside a transaction, as PostgreSQL's does.
   */
  lockKeys(_keys: string[]): Promise<void> {
    if (!this.tx.inside()) return Promise.reject(new Error('lockKeys must be called inside store.transaction(): its locks last until that transaction ends'));
    return Promise.resolve();
  }

  findReportByHash(contentHash: string): Promise<StoredReport | null> {
    return this.op(() => this.reports.byHash(contentHash));
  }
  findReportByUrl(url: string): Promise<StoredReport | null> {
    return this.op(() => this.reports.byUrl(url));
  }
  getReport(id: string): Promise<StoredReport | null> {
    return this.op(() => this.reports.get(id));
  }
  putReport(report: StoredReport): Promise<void> {
    return this.op(() => this.reports.put(report));
  }
  listReports(opts: { copiesOf?: string; limit?: number; cursor?: string } = {}): Promise<Page<StoredReport>> {
    return this.op(() => this.reports.list(opts));
  }
  countReports(): Promise<number> {
    return this.op(() => this.reports.count());
  }
  searchReports(q: string, limit?: number): Promise<{ id: string; snippet: string }[]> {
    return this.op(() => this.reports.search(q, limit));
  }

  putBands(report: string, bands: string[]): Promise<void> {
    return this.op(() => this.provenance.putBands(report, bands));
  }
  reportsWithBands(bands: string[], opts?: BandQuery): Promise<string[]> {
    return this.op(() => this.provenance.reportsWithBands(bands, opts));
  }
  putSentenceOrigins(origins: SentenceOrigin[]): Promise<void> {
    return this.op(() => this.provenance.putSentenceOrigins(origins));
  }
  getSentenceOrigins(report: string): Promise<SentenceOrigin[]> {
    return this.op(() => this.provenance.getSentenceOrigins(report));
  }
  async findSentenceByHash(hash: string): Promise<{ report: string; sentence: number; published: IsoDate | null } | null> {
    const row = await this.op(() => this.provenance.findSentenceByHash(hash));
    return row ? { report: row.report, sentence: row.sentence, published: row.published } : null;
  }
  async findSentencesByHashes(hashes: string[]): Promise<Map<string, { report: string; sentence: number; published: IsoDate | null }>> {
    const rows = await this.op(() => this.provenance.findSentencesByHashes(hashes));
    return new Map([...rows].map(([h, r]) => [h, { report: r.report, sentence: r.sentence, published: r.published }]));
  }

  putSentenceHashes(rows: SentenceHashRow[]): Promise<void> {
    return this.op(() => this.provenance.putSentenceHashes(rows));
  }

  putEvents(events: EventRecord[]): Promise<void> {
    return this.op(() => this.incidents.putEvents(events));
  }
  getEvents(ids: string[]): Promise<EventRecord[]> {
    return this.op(() => this.incidents.getEvents(ids));
  }
  candidateIncidents(cells: string[]): Promise<Incident[]> {
    return this.op(() => this.incidents.candidates(cells));
  }
  candidateIncidentIds(cells: string[]): Promise<string[]> {
    return this.op(() => this.incidents.candidateIds(cells));
  }
  putIncident(incident: Incident, cells: string[]): Promise<void> {
    return this.op(() => this.incidents.put(incident, cells));
  }
  getIncident(id: string): Promise<Incident | null> {
    return this.op(() => this.incidents.get(id));
  }
  listIncidents(q: IncidentQuery): Promise<Page<Incident>> {
    return this.op(() => this.incidents.list(q));
  }
  countIncidents(q?: IncidentQuery): Promise<number> {
    return this.op(() => this.incidents.count(q));
  }
  putMerge(merge: MergeRecord): Promise<void> {
    return this.op(() => this.incidents.putMerge(merge));
  }
  getMerges(incident: string): Promise<MergeRecord[]> {
    return this.op(() => this.incidents.getMerges(incident));
  }
  putGrade(incident: string, grade: GradeRecord): Promise<void> {
    return this.op(() => this.incidents.putGrade(incident, grade));
  }

  // API additions (migration 2): reviews, merged-away incidents, map points, statistics
  putReview(review: Omit<ReviewRecord, 'id'>): Promise<ReviewRecord> {
    return this.op(() => this.reviews.put(review));
  }
  getReviews(incident: string): Promise<ReviewRecord[]> {
    return this.op(() => this.reviews.list(incident));
  }
  setMergedInto(incident: string, into: string | null): Promise<void> {
    return this.op(() => this.reviews.setMergedInto(incident, into));
  }
  getMergedInto(incident: string): Promise<string | null> {
    return this.op(() => this.reviews.mergedInto(incident));
  }
  incidentPoints(q: IncidentQuery): Promise<IncidentPoint[]> {
    return this.op(() => this.reviews.points(q));
  }
  incidentStats(q: IncidentQuery): Promise<IncidentStats> {
    return this.op(() => this.reviews.stats(q));
  }
  reportInfos(ids: string[]): Promise<ReportInfoRow[]> {
    return this.op(() => this.reviews.reportInfos(ids));
  }
  eventSources(ids: string[]): Promise<EventSourceRow[]> {
    return this.op(() => this.reviews.eventSources(ids));
  }

  // Feed watching (migration 3)
  getFeedState(url: string): Promise<FeedState | null> {
    return this.op(() => this.feeds.get(url));
  }
  putFeedState(state: FeedState): Promise<void> {
    return this.op(() => this.feeds.put(state));
  }
  listFeedStates(): Promise<FeedState[]> {
    return this.op(() => this.feeds.list());
  }

  // Boilerplate (copy detection at scale)
  sentenceSpread(hashes: string[], cap: number): Promise<Map<string, number>> {
    return this.op(() => this.provenance.sentenceSpread(hashes, cap));
  }
  originSpread(origins: { report: string; sentence: number }[], cap: number): Promise<Map<string, number>> {
    return this.op(() => this.provenance.originSpread(origins, cap));
  }
}

/**
 * Open (creating if needed) a SQLite store at `path` (`:memory:` for a throwaway one). Call
 * `migrate()` before use.
 *
 * @example
 * const store = openSqliteStore('./civwatch.db');
 * await store.migrate();
 */
export function openSqliteStore(path: string, opts: OpenOptions = {}): SqliteStore {
  return new SqliteStore(openDatabase(path, opts));
}
