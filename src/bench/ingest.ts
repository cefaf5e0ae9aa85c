import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../store/sqlite/store.js';
import { ingestReport } from '../ingest/ingest.js';
import { analyze } from '../analyze.js';
import { corpusReport, type CorpusReport } from '../corpus-gen/corpus.js';
import { generateReport } from '../corpus-gen/generate.js';
import { timeStore } from './store-timing.js';
import { profilePhases, type Sampled } from './phases.js';
import { peakRssMiB, type StageTiming } from './timing.js';

/** Cost over one slice of the run, to see whether a report costs more as the store fills. */
export interface IngestChunk {
  /** Reports ingested at the end of the slice. */
  at: number;
  reports: number;
  ms: number;
  cpuMs: number;
}

/** One corpus size ingested from scratch into a fresh SQLite file. */
export interface IngestRun {
  size: number;
  seed: number;
  /** What the generator planted. */
  planted: { originals: number; independent: number; copies: number };
  stored: number;
  duplicates: number;
  failed: number;
  firstFailure: string | null;
  copiesFound: number;
  /** Copies found whose report was planted as a copy (of whatever report). */
  copiesFoundPlanted: number;
  stitched: number;
  reanchored: number;
  /** Of the re-anchored, how many were planted copies (the generator dates a copy's relative
   * dates against its original's day; any other report's against its own). */
  reanchoredCopies: number;
  /** The generator's relative dates ("last week", "on Tuesday") in stored reports, checked
   * against its truth: how many were read right, and of those re-anchored, how many right. */
  relativeDates: { total: number; right: number; reanchored: number; reanchoredRight: number };
  incidentsCreated: number;
  incidentsInStore: number;
  seconds: number;
  cpuSeconds: number;
  reportsPerSecond: number;
  reportsPerCpuSecond: number;
  /** Generating the corpus (report by report, not timed in the rates). */
  generateSeconds: number;
  peakRssMiB: number;
  /** The database file and its WAL after closing, MiB. */
  dbMiB: number;
  store: StageTiming[];
  chunks: IngestChunk[];
  /** CPU ms per phase from the sampling profiler, when asked for. */
  phases: Record<Sampled, number> | null;
}

export interface IngestRunOptions {
  size: number;
  seed?: number;
  /** Sample the run with the CPU profiler and split its time by phase (adds ~5% overhead). */
  profile?: boolean;
  /** Called after each chunk (progress lines). */
  onChunk?: (c: IngestChunk, done: number) => void;
  /** Where the temp dir goes (default: the OS temp dir). Removed afterwards. */
  dir?: string;
}

function docOf(r: CorpusReport) {
  return { text: r.text, meta: { id: r.id, title: r.title, outlet: r.outlet, published: r.published } };
}

/**
 * Ingest `size` reports of the syndicated corpus (`generateCorpus`: ~30% copies, ~30% further
 * reports of earlier incidents) into a fresh SQLite file in a temp dir, one `ingestReport` after
 * another, timing wall and CPU time, every store method, and slices of the run.
 *
 * @example
 * const run = await runIngest({ size: 1000, seed: 1 });
 * run.reportsPerCpuSecond; run.copiesFound; run.peakRssMiB;
 */
export async function runIngest(o: IngestRunOptions): Promise<IngestRun> {
  const seed = o.seed ?? 1;
  const dir = mkdtempSync(join(o.dir ?? tmpdir(), 'civwatch-bench-'));
  const path = join(dir, 'bench.db');
  const base = openSqliteStore(path);
  try {
    await base.migrate();
    // Warm up the model, gazetteer and JIT outside the clock, on a report not in the corpus.
    const warm = generateReport(seed + 1_000_003, 0);
    analyze(warm.text, { id: warm.id, published: warm.published });
    const timed = timeStore(base);
    const run = emptyRun(o.size, seed);
    const chunkSize = Math.max(10, Math.round(o.size / 20));
    let chunk = { reports: 0, ms: 0, cpuMs: 0 };
    const ingestAll = async () => {
      for (let i = 0; i < o.size; i++) {
        const g0 = performance.now();
        const r = corpusReport(seed, i);
        run.generateSeconds += (performance.now() - g0) / 1000;
        run.planted[r.role === 'original' ? 'originals' : r.role === 'independent' ? 'independent' : 'copies']++;
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        try {
          const out = await ingestReport(timed.store, docOf(r));
          if (out.status === 'duplicate') run.duplicates++;
          else {
            run.stored++;
            if (out.copyOf) { run.copiesFound++; if (r.role === 'copy') run.copiesFoundPlanted++; }
            if (out.stitched) run.stitched++;
            if (out.reanchored) { run.reanchored++; if (r.role === 'copy') run.reanchoredCopies++; }
            run.incidentsCreated += out.incidentsCreated.length;
          }
        } catch (e) {
          run.failed++;
          run.firstFailure ??= `${r.id}: ${(e as Error).message}`;
        }
        const c = process.cpuUsage(c0);
        chunk.ms += performance.now() - t0;
        chunk.cpuMs += (c.user + c.system) / 1000;
        await tallyRelativeDates(run.relativeDates, r, base);
        chunk.reports++;
        if (chunk.reports === chunkSize || i === o.size - 1) {
          const done = { at: i + 1, ...chunk };
          run.chunks.push(done);
          o.onChunk?.(done, i + 1);
          chunk = { reports: 0, ms: 0, cpuMs: 0 };
        }
      }
    };
    if (o.profile) run.phases = (await profilePhases(ingestAll)).phases;
    else await ingestAll();
    run.seconds = run.chunks.reduce((s, c) => s + c.ms, 0) / 1000;
    run.cpuSeconds = run.chunks.reduce((s, c) => s + c.cpuMs, 0) / 1000;
    run.reportsPerSecond = run.seconds > 0 ? o.size / run.seconds : 0;
    run.reportsPerCpuSecond = run.cpuSeconds > 0 ? o.size / run.cpuSeconds : 0;
    run.incidentsInStore = await base.countIncidents();
    run.store = timed.timings();
    run.peakRssMiB = peakRssMiB();
    base.close();
    run.dbMiB = [path, `${path}-wal`].reduce((s, p) => s + fileSize(p), 0) / (1024 * 1024);
    return run;
  } finally {
    base.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Outside the clock: the stored report's relative dates against the generator's truth. */
async function tallyRelativeDates(tally: IngestRun['relativeDates'], r: CorpusReport, store: { getReport(id: string): Promise<{ text: string; analysis: { dates: readonly { start: number; end: number; from?: string | null; to?: string | null }[] } } | null> }): Promise<void> {
  const stored = await store.getReport(r.id);
  if (!stored || stored.text !== r.text) return; // a duplicate, or stored under another id
  for (const t of [r.truth.date, ...r.truth.otherDates]) {
    if (!t || t.stated) continue;
    const d = stored.analysis.dates.find((x) => x.start <= t.start && x.end >= t.end);
    const right = d?.from === t.from && d?.to === t.to;
    const moved = d !== undefined && (d as { reanchored?: unknown }).reanchored !== undefined;
    tally.total++;
    if (right) tally.right++;
    if (moved) { tally.reanchored++; if (right) tally.reanchoredRight++; }
  }
}

function fileSize(p: string): number {
  try {
    return statSync(p).size;
  } catch {
    return 0;
  }
}

function emptyRun(size: number, seed: number): IngestRun {
  return {
    size, seed, planted: { originals: 0, independent: 0, copies: 0 },
    stored: 0, duplicates: 0, failed: 0, firstFailure: null, copiesFound: 0, copiesFoundPlanted: 0, stitched: 0, reanchored: 0, reanchoredCopies: 0,
    relativeDates: { total: 0, right: 0, reanchored: 0, reanchoredRight: 0 },
    incidentsCreated: 0, incidentsInStore: 0, seconds: 0, cpuSeconds: 0, reportsPerSecond: 0, reportsPerCpuSecond: 0,
    generateSeconds: 0, peakRssMiB: 0, dbMiB: 0, store: [], chunks: [], phases: null,
  };
}

/**
 * CPU ms per report as a straight line in the number of reports already stored, fitted on a
 * run's slices (least squares, slices weighted by their size): `a + b × stored`. A flat line
 * (b ≈ 0) is linear growth; b > 0 means each report costs more as the store fills.
 *
 * @example
 * const { a, b } = costLine(run.chunks); // a: ms at an empty store, b: ms more per stored report
 */
export function costLine(chunks: readonly IngestChunk[]): { a: number; b: number } {
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const c of chunks) {
    if (c.reports === 0) continue;
    const x = c.at - c.reports / 2;
    const y = c.cpuMs / c.reports;
    const w = c.reports;
    sw += w; sx += w * x; sy += w * y; sxx += w * x * x; sxy += w * x * y;
  }
  if (sw === 0) return { a: 0, b: 0 };
  const den = sw * sxx - sx * sx;
  const b = den > 0 ? (sw * sxy - sx * sy) / den : 0;
  return { a: (sy - b * sx) / sw, b };
}

/**
 * Projected CPU seconds to ingest `size` reports from scratch, integrating {@link costLine}:
 * `a·N + b·N²/2`.
 *
 * @example
 * projectCpuSeconds(run.chunks, 100_000); // e.g. 6400
 */
export function projectCpuSeconds(chunks: readonly IngestChunk[], size: number): number {
  const { a, b } = costLine(chunks);
  return (a * size + (Math.max(0, b) * size * size) / 2) / 1000;
}
