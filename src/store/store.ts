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
  since?: IsoDate;
  until?: IsoDate;
  /** Point and radius in km. */
  near?: { lat: number; lon: number; km: number };
  bbox?: { south: number; west: number; north: number; east: number };
  type?: string;
  /** Grades to include ("fair+" is expanded by the caller to fair and confirmed). */
  grades?: Grade[];
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
  /** Run `fn` in one transaction: all its writes land, or none. */
  transaction<T>(fn: () => T | Promise<T>): Promise<T>;

  // Reports
  findReportByHash(contentHash: string): Promise<StoredReport | null>;
  findReportByUrl(url: string): Promise<StoredReport | null>;
  getReport(id: string): Promise<StoredReport | null>;
  putReport(report: StoredReport): Promise<void>;
  listReports(opts?: { copiesOf?: string; limit?: number; cursor?: string }): Promise<Page<StoredReport>>;
  countReports(): Promise<number>;
  /** Full-text search over report text (FTS5 in SQLite). */
  searchReports(q: string, limit?: number): Promise<{ id: string; snippet: string }[]>;

  // Copy detection index: LSH band keys of each report's MinHash signature.
  putBands(report: string, bands: string[]): Promise<void>;
  /** Reports sharing at least one band key with the given ones. */
  reportsWithBands(bands: string[]): Promise<string[]>;

  // Sentence provenance
  putSentenceOrigins(origins: SentenceOrigin[]): Promise<void>;
  getSentenceOrigins(report: string): Promise<SentenceOrigin[]>;
  /** Earliest stored sentence with this normalized-sentence hash, if any. */
  findSentenceByHash(hash: string): Promise<{ report: string; sentence: number; published: IsoDate | null } | null>;
  putSentenceHashes(rows: { hash: string; report: string; sentence: number; published: IsoDate | null }[]): Promise<void>;

  // Events and incidents
  putEvents(events: EventRecord[]): Promise<void>;
  getEvents(ids: string[]): Promise<EventRecord[]>;
  /** Incidents whose date and place cells could match (index lookup, not a scan). */
  candidateIncidents(cells: string[]): Promise<Incident[]>;
  putIncident(incident: Incident, cells: string[]): Promise<void>;
  getIncident(id: string): Promise<Incident | null>;
  listIncidents(q: IncidentQuery): Promise<Page<Incident>>;
  countIncidents(): Promise<number>;
  putMerge(merge: MergeRecord): Promise<void>;
  getMerges(incident: string): Promise<MergeRecord[]>;
  putGrade(incident: string, grade: GradeRecord): Promise<void>;
}
