import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { projectCpuSeconds, runIngest, type IngestRun } from './ingest.js';
import { PHASES } from './phases.js';

/** The issue's ceiling for memory at 100k reports. */
export const INGEST_AIMS = { peakRssMiB: 2048 } as const;

export interface SkippedSize {
  size: number;
  /** Projected from the largest size run: CPU seconds, and wall seconds at that run's wall/CPU ratio. */
  projectedCpuSeconds: number;
  projectedSeconds: number;
  reason: string;
}

export interface IngestSuiteResult {
  date: string;
  commit: string | null;
  machine: { cpu: string; cores: number; node: string; loadAverage1m: { before: number; after: number } };
  runs: IngestRun[];
  skipped: SkippedSize[];
  /** Per pair of consecutive sizes run: time per report at the larger ÷ at the smaller. */
  growth: { from: number; to: number; wall: number; cpu: number }[];
}

export interface IngestSuiteOptions {
  sizes: number[];
  seed: number;
  /** Run a size only if its projected wall time is under this (default 15 minutes). */
  maxMinutes: number;
  /** Profile the phases (on the smallest size run). */
  profile: boolean;
  /** Each size in its own process (default), so its peak RSS and JIT are its own. */
  isolate: boolean;
  commit: string | null;
  log?: (line: string) => void;
}

/**
 * Ingest each corpus size from scratch, smallest first, each in its own Node process; a size
 * whose projected time (from the previous size's per-report cost line) is over `maxMinutes` is
 * not run, and its projection is reported instead.
 *
 * @example
 * const r = await runIngestSuite({ sizes: [1000, 10000], seed: 1, maxMinutes: 15, profile: false, isolate: true, commit: null });
 * r.growth[0].cpu; // ~1 when ingest is linear
 */
export async function runIngestSuite(o: IngestSuiteOptions): Promise<IngestSuiteResult> {
  const loadBefore = os.loadavg()[0];
  const runs: IngestRun[] = [];
  const skipped: SkippedSize[] = [];
  for (const size of [...o.sizes].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last) {
      const cpu = projectCpuSeconds(last.chunks, size);
      const wall = cpu * (last.cpuSeconds > 0 ? last.seconds / last.cpuSeconds : 1);
      if (wall > o.maxMinutes * 60) {
        skipped.push({ size, projectedCpuSeconds: cpu, projectedSeconds: wall,
          reason: `projected ${(wall / 60).toFixed(0)} min wall (${(cpu / 60).toFixed(0)} min CPU) > --max-minutes ${o.maxMinutes}` });
        o.log?.(`ingest ${size}: not run, ${skipped[skipped.length - 1].reason}`);
        continue;
      }
    }
    const progress = (c: { at: number; reports: number; ms: number; cpuMs: number }) =>
      o.log?.(`ingest ${size}: ${c.at} reports; last ${c.reports}: ${(c.cpuMs / c.reports).toFixed(1)} CPU ms/report, ${(c.ms / c.reports).toFixed(1)} wall ms/report`);
    // Only the first (smallest) size is profiled: the profiler's own memory would blur the larger sizes' peak RSS.
    const profile = o.profile && runs.length === 0;
    runs.push(o.isolate ? await runInChild(size, { ...o, profile }) : await runIngest({ size, seed: o.seed, profile, onChunk: progress }));
  }
  const growth = runs.slice(1).map((r, i) => {
    const s = runs[i];
    const per = (x: IngestRun, k: 'seconds' | 'cpuSeconds') => x[k] / x.size;
    return { from: s.size, to: r.size, wall: per(r, 'seconds') / per(s, 'seconds'), cpu: per(r, 'cpuSeconds') / per(s, 'cpuSeconds') };
  });
  return {
    date: new Date().toISOString(),
    commit: o.commit,
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.availableParallelism(), node: process.version, loadAverage1m: { before: loadBefore, after: os.loadavg()[0] } },
    runs, skipped, growth,
  };
}

/** One size in a fresh Node process (`ingest-child.js`), progress on our stderr, the run as JSON. */
function runInChild(size: number, o: IngestSuiteOptions): Promise<IngestRun> {
  const child = fileURLToPath(new URL(`./ingest-child${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));
  const args = [...process.execArgv, child, '--size', String(size), '--seed', String(o.seed), ...(o.profile ? ['--profile'] : [])];
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) reject(new Error(`ingest ${size}: child exited with ${code}`));
      else {
        try { resolve(JSON.parse(out) as IngestRun); } catch (e) { reject(e as Error); }
      }
    });
  });
}

const f = (x: number, d = 1) => x.toFixed(d);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * The human-readable summary of an ingest suite.
 *
 * @example
 * process.stdout.write(formatIngest(await runIngestSuite(options)));
 */
export function formatIngest(r: IngestSuiteResult): string {
  const busy = r.machine.loadAverage1m.after > r.machine.cores * 0.75 || r.machine.loadAverage1m.before > r.machine.cores * 0.75;
  const lines = [
    `civwatch ingest bench — ${r.date}${r.commit ? `, commit ${r.commit}` : ''}`,
    `machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}; one process per size, fresh SQLite file each`,
    `load average (1 min): ${f(r.machine.loadAverage1m.before, 2)} before, ${f(r.machine.loadAverage1m.after, 2)} after${busy ? ' — busy machine: wall-clock rates are pessimistic, see CPU' : ''}`,
    '',
    `   size  reports/s  reports/CPU-s   wall s    CPU s  peak RSS MiB  DB MiB  copies found (planted)  incidents  failed`,
  ];
  for (const x of r.runs) {
    lines.push(`${String(x.size).padStart(7)} ${f(x.reportsPerSecond).padStart(10)} ${f(x.reportsPerCpuSecond).padStart(14)} ${f(x.seconds, 0).padStart(8)} ${f(x.cpuSeconds, 0).padStart(8)} ${f(x.peakRssMiB, 0).padStart(13)} ${f(x.dbMiB, 1).padStart(7)} ${`${x.copiesFound} (${x.planted.copies})`.padStart(23)} ${String(x.incidentsInStore).padStart(10)} ${String(x.failed).padStart(7)}`);
  }
  for (const s of r.skipped) lines.push(`${String(s.size).padStart(7)}  not run: ${s.reason}`);
  for (const x of r.runs) {
    if (x.firstFailure) lines.push(`first failure at ${x.size}: ${x.firstFailure}`);
    lines.push(`  ${x.size}: planted ${x.planted.originals} first reports, ${x.planted.independent} further reports, ${x.planted.copies} copies; found ${x.copiesFound} copies (${x.copiesFoundPlanted} of them planted), ${x.stitched} stitched (none planted), ${x.reanchored} re-anchored (${x.reanchoredCopies} planted copies), ${x.duplicates} duplicates; ${x.incidentsInStore} incidents (planted ${x.planted.originals})`);
    const rd = x.relativeDates;
    if (rd.total) lines.push(`  ${x.size}: relative dates read right ${rd.right} of ${rd.total} (generator's truth); re-anchored ${rd.reanchored}, ${rd.reanchoredRight} of them right`);
  }
  if (r.growth.length) lines.push('');
  for (const g of r.growth) lines.push(`growth ${g.from} → ${g.to}: time per report ×${f(g.cpu, 2)} CPU, ×${f(g.wall, 2)} wall (1.00 = linear)`);
  const big = r.runs[r.runs.length - 1];
  if (big) {
    const first = big.chunks[0];
    const lastC = big.chunks[big.chunks.length - 1];
    if (first && lastC) lines.push(`within ${big.size}: first ${first.reports} reports ${f(first.cpuMs / first.reports)} CPU ms/report, last ${lastC.reports} ${f(lastC.cpuMs / lastC.reports)}`);
    const cpuMs = big.cpuSeconds * 1000;
    const storeCpu = big.store.reduce((s, t) => s + t.cpuMs, 0);
    lines.push('', `store methods at ${big.size} (CPU ms/report, share of ingest CPU):`);
    for (const t of big.store.slice(0, 8)) lines.push(`  ${t.name.padEnd(22)} ${f(t.cpuMs / big.size, 2).padStart(8)} ${pct(t.cpuMs / cpuMs).padStart(7)}  (${t.calls} calls)`);
    lines.push(`  ${'all store methods'.padEnd(22)} ${f(storeCpu / big.size, 2).padStart(8)} ${pct(storeCpu / cpuMs).padStart(7)}`);
    const profiled = [...r.runs].reverse().find((x) => x.phases);
    if (profiled?.phases) {
      const total = PHASES.reduce((s, p) => s + profiled.phases![p], 0);
      lines.push('', `phases at ${profiled.size} (sampled CPU profile; ms/report, share; the bench's generator, ${f(profiled.phases.generator / profiled.size, 2)} ms/report, left out):`);
      for (const p of PHASES) lines.push(`  ${p.padEnd(20)} ${f(profiled.phases[p] / profiled.size, 2).padStart(8)} ${pct(total > 0 ? profiled.phases[p] / total : 0).padStart(7)}`);
    }
  }
  const maxRss = Math.max(0, ...r.runs.map((x) => x.peakRssMiB));
  lines.push('', `peak RSS: ${f(maxRss, 0)} MiB at most (aim at 100k: < ${INGEST_AIMS.peakRssMiB} MiB)`);
  return lines.join('\n');
}
