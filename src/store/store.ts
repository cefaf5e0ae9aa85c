/**
 * The Store interface: everything civwatch keeps. SQLite (`store/sqlite/`) implements it now; a
 * PostgreSQL implementation follows, and both pass one contract suite (`store/contract.ts`).
 *
 * Writes that belong together (a report, its sentences, spans, claims, events, and the incidents
 * it touches) go through {@link Store.transaction}, so a process killed midway leaves nothing half
 * stored.
 */
import type { EventRecord, Grade, GradeRecord, Incident, MergeRecord, SentenceOrigin, StoredReport } from '../corpus/types.js';
import type { IsoDate } from '../report/types.js';

export interface IncidentQuery {
  /** Incidents whose date interval overlaps [since, until]; undated ones are left out. */
  since?: IsoDate;
  until?: IsoDate;
  /** Point and radius in km. */
  near?: { lat: number; lon: number; km: number };
  bbox?: { south: number; west: number; north: number; east: number };
  type?: string;
  /** Grades to include ("fair+" is expanded by the caller to fair and confirmed). */
  grades?: Grade[];
  /** Exact name, ignoring case. */
  perpetrator?: string;
  /** Full-text query over the incident's reports. */
  text?: string;
  limit?: number;
  /** Opaque cursor from the previous page. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface Store {
  /** Apply pending migrations; idempotent. */
  migrate(): void | Promise<void>;
  close(): void | Promise<void>;
  /**
   * Run `fn` in one transaction: all its writes land, or none (a throw rolls back and rethrows).
   * A call from inside `fn` nests (a savepoint: its throw undoes only its own writes); calls
   * from unrelated async code wait for the open transaction to end.
   */
  transaction<T>(fn: () => T | Promise<T>): Promise<T>;

  // Reports
  findReportByHash(contentHash: string): Promise<StoredReport | null>;
  findReportByUrl(url: string): Promise<StoredReport | null>;
  getReport(id: string): Promise<StoredReport | null>;
  /**
   * Store a report (its analysis flattened into sentences, spans and claims). An existing id is
   * replaced; another id with the same `contentHash` is refused (check {@link findReportByHash}
   * first). Re-putting an unchanged sentence keeps its origin.
   */
  putReport(report: StoredReport): Promise<void>;
  /**
   * Reports by publication date (undated last), then id. `copiesOf` lists the other reports of
   * that report's copy group.
   */
  listReports(opts?: { copiesOf?: string; limit?: number; cursor?: string }): Promise<Page<StoredReport>>;
  countReports(): Promise<number>;
  /** Full-text search over report title and text (FTS5 in SQLite): every word must occur, best first; query syntax is not interpreted. */
  searchReports(q: string, limit?: number): Promise<{ id: string; snippet: string }[]>;

  // Copy detection index: LSH band keys of each report's MinHash signature.
  /** Replace a report's band keys (the report must be stored). */
  putBands(report: string, bands: string[]): Promise<void>;
  /** Reports sharing at least one band key with the given ones. */
  reportsWithBands(bands: string[]): Promise<string[]>;

  // Sentence provenance
  /** Set the origins of sentences (upsert per report and sentence index). */
  putSentenceOrigins(origins: SentenceOrigin[]): Promise<void>;
  /** A report's sentence origins in sentence order (sentences without one are left out). */
  getSentenceOrigins(report: string): Promise<SentenceOrigin[]>;
  /**
   * Earliest stored sentence with this normalized-sentence hash (or near-same key), if any: a
   * dated one beats an undated one, an earlier date a later one; on a tie the first stored stays.
   */
  findSentenceByHash(hash: string): Promise<{ report: string; sentence: number; published: IsoDate | null } | null>;
  /** {@link findSentenceByHash} for many keys at once (one round trip); keys not found are absent. */
  findSentencesByHashes(hashes: string[]): Promise<Map<string, { report: string; sentence: number; published: IsoDate | null }>>;
  putSentenceHashes(rows: { hash: string; report: string; sentence: number; published: IsoDate | null }[]): Promise<void>;

  // Events and incidents
  /** Insert or replace events by id (their reports must be stored by the end of the transaction). */
  putEvents(events: EventRecord[]): Promise<void>;
  /** Events in the order asked for; unknown ids are left out. */
  getEvents(ids: string[]): Promise<EventRecord[]>;
  /** Incidents whose date and place cells could match (index lookup, not a scan). */
  candidateIncidents(cells: string[]): Promise<Incident[]>;
  /**
   * Insert or replace an incident, its event links (in `events` order) and its cells (replaced).
   * Records of `gradeHistory` not stored yet are appended; history is never dropped.
   */
  putIncident(incident: Incident, cells: string[]): Promise<void>;
  /** The incident with its grade history, oldest first. */
  getIncident(id: string): Promise<Incident | null>;
  /**
   * A page of incidents by `date.from` (undated last), then id; filters combine with AND.
   * Default limit 100; `next` is null on the last page.
   */
  listIncidents(q: IncidentQuery): Promise<Page<Incident>>;
  countIncidents(): Promise<number>;
  /** Append a merge record (kept even if the incident is later split). */
  putMerge(merge: MergeRecord): Promise<void>;
  /** An incident's merge records, oldest first. */
  getMerges(incident: string): Promise<MergeRecord[]>;
  /** Append a grade to the incident's history and make it its current grade. */
  putGrade(incident: string, grade: GradeRecord): Promise<void>;
}
