/**
 * The Store interface: everything civwatch keeps. SQLite (`store/sqlite/`) implements it now; a
 * PostgreSQL implementation follows, and both pass one contract suite (`store/contract.ts`).
 *
 * Writes that belong together (a report, its sentences, spans, claims, events, and the incidents
 * it touches) go through {@link Store.transaction}, so a process killed midway leaves nothing half
 * stored.
 */
import type { EventRecord, Grade, GradeRecord, Incident, MergeRecord, ReviewRecord, SentenceOrigin, StoredReport } from '../corpus/types.js';
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

// ---- API additions (issue 5, API helper; SQLite migration 002-reviews; contract-reviews.ts) ----

/** One incident on the map: compact, for up to 200,000 points in one response. */
export interface IncidentPoint {
  id: string;
  lat: number;
  lon: number;
  /** `date.from`, or null when undated. */
  date: IsoDate | null;
  type: string;
  grade: Grade;
  /** Civilians killed: the maximum, or the minimum when open-ended ("at least"). */
  civKilled: number;
}

/** Counts of the incidents matching a query (undated ones only in byType and byGrade). */
export interface IncidentStats {
  /** Months with at least one incident, oldest first. */
  byMonth: { month: string; incidents: number; civKilled: number }[];
  /** Weeks (their Monday, YYYY-MM-DD) with at least one incident, oldest first. */
  byWeek: { week: IsoDate; incidents: number; civKilled: number }[];
  byType: Record<string, number>;
  byGrade: Partial<Record<Grade, number>>;
}

/** What a listing shows of a report, without its text and analysis. */
export type ReportInfoRow = Pick<StoredReport, 'id' | 'url' | 'outlet' | 'title' | 'published' | 'copyOf' | 'copyGroup' | 'stitched'>;

/**
 * What an incident listing shows of one event: its report, outlet, date of publication and
 * claims, with its report's listing fields (null when the report is not stored).
 */
export type EventSourceRow = Pick<EventRecord, 'id' | 'report' | 'outlet' | 'published' | 'claims'> & {
  reportInfo: Pick<StoredReport, 'id' | 'url' | 'outlet' | 'published' | 'copyOf'> | null;
};

/** The API additions to the {@link Store}. */
export interface ReviewStore {
  /** Append an audit record; returns it with its store-assigned id (ids grow). */
  putReview(review: Omit<ReviewRecord, 'id'>): Promise<ReviewRecord>;
  /** An incident's audit records, oldest first (by `at`, then id). */
  getReviews(incident: string): Promise<ReviewRecord[]>;
  /**
   * Mark an incident as merged into another (null: not merged). A merged-away incident keeps its
   * row (getIncident finds it), but listIncidents, countIncidents, incidentPoints and
   * incidentStats leave it out.
   */
  setMergedInto(incident: string, into: string | null): Promise<void>;
  /** The incident this one was merged into, or null (also for an unknown id). */
  getMergedInto(incident: string): Promise<string | null>;
  /**
   * Every incident with a place matching the filters of `q` (limit and cursor ignored), as map
   * points in listing order (date.from, undated last, then id). Placeless incidents are left out.
   */
  incidentPoints(q: IncidentQuery): Promise<IncidentPoint[]>;
  /** Counts of the incidents matching the filters of `q` (limit and cursor ignored), aggregated in the database. */
  incidentStats(q: IncidentQuery): Promise<IncidentStats>;
  /** Listing fields of reports, in the order asked for; unknown ids are left out. */
  reportInfos(ids: string[]): Promise<ReportInfoRow[]>;
  /**
   * What a listing shows of events (see {@link EventSourceRow}), in the order asked for, unknown
   * ids left out: one query for a page, reading neither the events' figures nor whole reports.
   */
  eventSources(ids: string[]): Promise<EventSourceRow[]>;
}

/** Bounds of a band-key lookup (see `Store.reportsWithBands`). */
export interface BandQuery {
  perBand?: number;
  limit?: number;
}

export interface Store extends ReviewStore {
  /** Apply pending migrations; idempotent. */
  migrate(): void | Promise<void>;
  close(): void | Promise<void>;
  /**
   * Run `fn` in one transaction: all its writes land, or none (a throw rolls back and rethrows).
   * A call from inside `fn` nests (a savepoint: its throw undoes only its own writes); calls
   * from unrelated async code wait for the open transaction to end (SQLite: one connection) or
   * run beside it on another connection, seeing only committed data (PostgreSQL).
   */
  transaction<T>(fn: () => T | Promise<T>): Promise<T>;

  // --- Key locks (issue 6, PostgreSQL helper; contract: contract-locks.ts) ---
  /**
   * Inside {@link transaction}: wait until this transaction holds exclusive locks on `keys`
   * (any strings, e.g. incident cells), held until it commits or rolls back. Two transactions
   * locking an overlapping key run one after the other from that point; disjoint keys do not
   * wait for each other (PostgreSQL: `pg_advisory_xact_lock` per key hash, sorted, so two lockers
   * cannot deadlock on them). SQLite: no lock needed, as its write transactions are already
   * exclusive (`BEGIN IMMEDIATE`). Outside a transaction it rejects: a lock would end at once.
   */
  lockKeys(keys: string[]): Promise<void>;

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
  /**
   * Reports sharing at least one band key with the given ones, those sharing the most keys
   * first (then by id). With `perBand`, each key contributes at most that many reports (the
   * first by id): a key shared by thousands of reports (boilerplate, or a story syndicated
   * everywhere) then costs no more than a rare one. With `limit`, at most that many reports.
   */
  reportsWithBands(bands: string[], opts?: BandQuery): Promise<string[]>;

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
  /** The ids of {@link candidateIncidents}, sorted, without reading the incidents (what a lock round needs). */
  candidateIncidentIds(cells: string[]): Promise<string[]>;
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
  /**
   * How many incidents are listed (merged-away ones are not); with `q`, how many match its
   * filters (`limit` and `cursor` are ignored) — the listing's `meta.total`.
   */
  countIncidents(q?: IncidentQuery): Promise<number>;
  /** Append a merge record (kept even if the incident is later split). */
  putMerge(merge: MergeRecord): Promise<void>;
  /** An incident's merge records, oldest first. */
  getMerges(incident: string): Promise<MergeRecord[]>;
  /** Append a grade to the incident's history and make it its current grade. */
  putGrade(incident: string, grade: GradeRecord): Promise<void>;

  // --- Feed watching (`civwatch watch`; migration 003-feeds; contract: contract-feeds.ts) ---
  /** The stored state of one watched feed (by its exact URL), or null when never stored. */
  getFeedState(url: string): Promise<FeedState | null>;
  /**
   * Insert or replace a feed's state (by `url`), stored exactly as given: `seen` and `pending`
   * keep their order and length (the watcher bounds them), and reading it back gives an equal object.
   */
  putFeedState(state: FeedState): Promise<void>;
  /** Every stored feed state, by url in byte order (SQLite BINARY, PostgreSQL COLLATE "C": "https://B…" before "https://a…"). */
  listFeedStates(): Promise<FeedState[]>;

  // --- Boilerplate (copy detection at scale, issue 4; no migration; contract: contract-spread.ts) ---
  /**
   * For each exact sentence hash, on how many distinct publication days (undated reports counting
   * as one day) stored reports print it — reports whose `sentences.hash` (set by
   * `putSentenceHashes`, the first key of each sentence) is that hash — counted up to `cap`:
   * counting stops there, so a lookup costs the same however common the sentence. Hashes no
   * stored report holds are absent. (Syndicated copies run within a day or two of their wire
   * story; a sentence printed day after day is standing background: `corpus/boilerplate.ts`.)
   */
  sentenceSpread(hashes: string[], cap: number): Promise<Map<string, number>>;
  /**
   * For each origin sentence (`report`, `sentence`), on how many distinct publication days
   * (undated as one) stored reports hold a sentence whose origin it is (`putSentenceOrigins`; its
   * own report included), counted up to `cap`; keyed `<report>#<sentence>`, absent when none. A
   * near-same variant ("Another 18 people were wounded …" with another number) has the same
   * origin as the sentence it varies, so this counts what `sentenceSpread` cannot.
   */
  originSpread(origins: { report: string; sentence: number }[], cap: number): Promise<Map<string, number>>;
}

// --- Feed watching: the state `civwatch watch` keeps per feed, shared by every machine on the store ---

/** A feed item whose page could not be read yet: kept (not marked seen) and tried again next round. */
export interface PendingFeedItem {
  /** The item's id: its guid, else its link. */
  id: string;
  /** The page to fetch (null when the item has none: its own text is used). */
  url: string | null;
  title: string | null;
  /** ISO date or timestamp from the feed, or null. */
  published: string | null;
  /** The feed's name and the item's author, when the feed gives them (they fill what the page lacks). */
  outlet?: string | null;
  byline?: string | null;
  /** Failed attempts so far (1 after the first failure). */
  attempts: number;
  /** The last failure, one line. */
  error: string;
}

/**
 * What the watcher remembers about one feed between rounds and restarts.
 *
 * @example
 * { url: 'https://example.org/rss', etag: '"abc"', lastModified: 'Sat, 04 Jun 2022 08:00:00 GMT',
 *   seen: ['https://example.org/a'], pending: [], failures: 0, nextPollAt: '2026-11-26T07:15:00.000Z',
 *   lastPolledAt: '2026-11-26T07:00:00.000Z', lastStatus: 200, lastError: null }
 */
export interface FeedState {
  url: string;
  /** The ETag of the last full (200) answer, sent back as If-None-Match. */
  etag: string | null;
  /** The Last-Modified of the last full answer, sent back as If-Modified-Since. */
  lastModified: string | null;
  /** Ids of items already handed on, oldest first (the watcher keeps the last 5,000). */
  seen: string[];
  /** Items whose page failed, retried next round. */
  pending: PendingFeedItem[];
  /** Consecutive failed polls (0 after a success). */
  failures: number;
  /** ISO timestamp before which the feed is not polled (backoff, Retry-After), or null: poll now. */
  nextPollAt: string | null;
  /** ISO timestamp of the last poll attempt, or null. */
  lastPolledAt: string | null;
  /** HTTP status of the last poll (200, 304, 500 …), or null (never polled, or no answer). */
  lastStatus: number | null;
  /** Why the last poll failed, one line, or null after a success. */
  lastError: string | null;
}
