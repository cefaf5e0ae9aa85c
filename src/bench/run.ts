import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateReports } from '../corpus-gen/generate.js';
import { timePipeline, timeTokenization, type BenchInput, type PipelineRun, type Throughput } from './measure.js';
import { peakRssMiB } from './timing.js';
import { formatIngest, runIngestSuite } from './ingest-suite.js';
import { formatScaleout, runScaleout } from './scaleout.js';
import { formatApiBench, runApiBench } from './api.js';
import { formatDashboardBench, runDashboardBench } from './dashboard.js';

/** Aims from issue 2: per core, and relative to wink-nlp tokenization alone. */
export const AIMS = { reportsPerSecond: 100, ratioToTokenization: 0.25 } as const;

export interface BenchResult {
  date: string;
  commit: string | null;
  machine: { cpu: string; cores: number; node: string; platform: string; loadAverage1m: { before: number; after: number } };
  corpus: { seed: number; reports: number; bytes: number; words: number; generateSeconds: number };
  pipeline: PipelineRun;
  tokenization: Throughput & { tokens: number };
  /** Pipeline reports/s over tokenization reports/s (wall clock). */
  ratio: number;
  /** The same ratio on CPU time, steadier on a shared machine. */
  cpuRatio: number;
  peakRssMiB: { afterPipeline: number; end: number };
  slowestStage: { name: string; share: number } | null;
  aims: { reportsPerSecond: boolean; ratioToTokenization: boolean };
}

function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Generate a corpus, time the pipeline and wink-nlp tokenization over it, and gather the figures.
 *
 * @example
 * const result = runBench({ count: 100, seed: 1, warmup: 10, maxSeconds: 20 });
 * result.ratio; // pipeline speed as a share of tokenization speed
 */
export function runBench(o: { count: number; seed: number; warmup: number; maxSeconds: number }): BenchResult {
  const loadBefore = os.loadavg()[0];
  const g0 = performance.now();
  const inputs: BenchInput[] = generateReports({ count: o.count, seed: o.seed })
    .map(({ id, title, outlet, published, text }) => ({ id, title, outlet, published, text }));
  const generateSeconds = (performance.now() - g0) / 1000;
  const pipeline = timePipeline(inputs, { warmup: o.warmup, maxSeconds: o.maxSeconds });
  const afterPipeline = peakRssMiB();
  // The same texts the pipeline got through, so the two rates compare like with like.
  const tokenization = timeTokenization(inputs.slice(0, pipeline.reports + pipeline.failures), { warmup: o.warmup });
  // Named on CPU time: on a shared machine the wall clock blames whichever stage was descheduled.
  const slowest = pipeline.stages.reduce<PipelineRun['stages'][number] | null>((a, b) => (!a || b.cpuMs > a.cpuMs ? b : a), null);
  const ratio = tokenization.reportsPerSecond > 0 ? pipeline.reportsPerSecond / tokenization.reportsPerSecond : 0;
  const cpuRatio = tokenization.reportsPerCpuSecond > 0 ? pipeline.reportsPerCpuSecond / tokenization.reportsPerCpuSecond : 0;
  return {
    date: new Date().toISOString(),
    commit: commit(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.availableParallelism(), node: process.version, platform: `${process.platform}-${process.arch}`,
      loadAverage1m: { before: loadBefore, after: os.loadavg()[0] } },
    corpus: {
      seed: o.seed, reports: inputs.length,
      bytes: inputs.reduce((s, r) => s + Buffer.byteLength(r.text, 'utf8'), 0),
      words: inputs.reduce((s, r) => s + (r.text.match(/\S+/g)?.length ?? 0), 0),
      generateSeconds,
    },
    pipeline,
    tokenization,
    ratio,
    cpuRatio,
    peakRssMiB: { afterPipeline, end: peakRssMiB() },
    slowestStage: slowest && pipeline.cpuSeconds > 0 ? { name: slowest.name, share: slowest.cpuMs / (pipeline.cpuSeconds * 1000) } : null,
    aims: {
      reportsPerSecond: pipeline.reportsPerSecond >= AIMS.reportsPerSecond,
      ratioToTokenization: ratio >= AIMS.ratioToTokenization,
    },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f = (x: number, d = 1) => x.toFixed(d);

/**
 * The human-readable summary of a run.
 *
 * @example
 * process.stdout.write(formatBench(runBench({ count: 100, seed: 1, warmup: 10, maxSeconds: 20 })));
 */
export function formatBench(r: BenchResult): string {
  const p = r.pipeline;
  const t = r.tokenization;
  const per = (ms: number) => (p.reports > 0 ? ms / p.reports : 0);
  const stageMs = p.stages.reduce((s, x) => s + x.ms, 0);
  const lines = [
    `civwatch bench — ${r.date}${r.commit ? `, commit ${r.commit}` : ''}`,
    `machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node} (${r.machine.platform}); single process`,
    `corpus: ${r.corpus.reports} generated reports (seed ${r.corpus.seed}), ${f(r.corpus.bytes / 1e6, 2)} MB, ${Math.round(r.corpus.words / Math.max(1, r.corpus.reports))} words/report, generated in ${f(r.corpus.generateSeconds, 2)} s`,
    '',
    `load average (1 min): ${f(r.machine.loadAverage1m.before, 2)} before, ${f(r.machine.loadAverage1m.after, 2)} after${r.machine.loadAverage1m.after > r.machine.cores * 0.75 ? ' — the machine was busy: wall-clock rates are pessimistic, see the CPU-time column' : ''}`,
    '',
    `                         reports   reports/s      MB/s   seconds   reports/CPU-s`,
    `pipeline (analyzeReport) ${String(p.reports).padStart(7)} ${f(p.reportsPerSecond).padStart(11)} ${f(p.megabytesPerSecond, 3).padStart(9)} ${f(p.seconds, 2).padStart(9)} ${f(p.reportsPerCpuSecond).padStart(15)}`,
    `wink-nlp tokenization    ${String(t.reports).padStart(7)} ${f(t.reportsPerSecond).padStart(11)} ${f(t.megabytesPerSecond, 3).padStart(9)} ${f(t.seconds, 2).padStart(9)} ${f(t.reportsPerCpuSecond).padStart(15)}`,
    '',
    `reports/s per core: ${f(p.reportsPerSecond)} wall, ${f(p.reportsPerCpuSecond)} per CPU second (aim ≥ ${AIMS.reportsPerSecond}: ${r.aims.reportsPerSecond ? 'met' : 'NOT met'})`,
    `pipeline / tokenization: ${pct(r.ratio)} wall, ${pct(r.cpuRatio)} CPU time (aim ≥ ${pct(AIMS.ratioToTokenization)}: ${r.aims.ratioToTokenization ? 'met' : 'NOT met'})`,
    `peak RSS: ${f(r.peakRssMiB.end, 0)} MiB (${f(r.peakRssMiB.afterPipeline, 0)} MiB after the pipeline pass)`,
  ];
  if (p.failures) lines.push(`FAILURES: ${p.failures} reports threw; first: ${p.firstFailure}`);
  const cpuTotal = p.cpuSeconds * 1000;
  const wallTotal = p.seconds * 1000;
  const share = (x: number, of: number) => pct(of > 0 ? x / of : 0).padStart(7);
  lines.push('', 'per stage            wall ms/report  share   CPU ms/report  share');
  const row = (name: string, ms: number, cpuMs: number | null) => lines.push(`  ${name.padEnd(18)} ${f(per(ms), 2).padStart(14)} ${share(ms, wallTotal)} ${cpuMs === null ? '' : `${f(per(cpuMs), 2).padStart(14)} ${share(cpuMs, cpuTotal)}`}`);
  for (const s of p.stages) row(s.name, s.ms, s.cpuMs);
  const stageCpu = p.stages.reduce((s, x) => s + x.cpuMs, 0);
  row('(language, set-up)', wallTotal - stageMs, Math.max(0, cpuTotal - stageCpu));
  lines.push(`  ${'toAnalysis'.padEnd(18)} ${f(per(p.contractMs), 2).padStart(14)}   (the JSON contract, timed apart: not in reports/s)`);
  if (r.slowestStage) lines.push('', `slowest stage: ${r.slowestStage.name} (${pct(r.slowestStage.share)} of pipeline CPU time)`);
  return lines.join('\n');
}

const USAGE = 'usage: node dist/bench/run.js [--suite pipeline|ingest|dashboard|all] [--json]\n'
  + '  pipeline (default): [--count 500] [--seed 1] [--warmup 20] [--max-seconds 30]\n'
  + '  ingest: [--sizes 1000,10000] [--seed 1] [--max-minutes 15] [--profile] [--no-isolate]\n'
  + '    each size from scratch into a fresh SQLite file; a size projected over --max-minutes is not run\n'
  + '  dashboard: [--incidents 20000] [--runs 5] [--seed 1]  (Chromium: navigation to first markers drawn; not in all)\n'
  + '  scaleout: [--reports 2000] [--workers 1,2,4] [--seed 1]  (worker processes on PostgreSQL + Redis queue vs one SQLite process; CIVWATCH_QUEUE, CIVWATCH_BENCH_PG; not in all)\n'
  + '  api: [--api-incidents 100000] [--connections 4] [--seconds 10] [--seed 1]  (GET /api/incidents latency with autocannon; not in all)\n';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      suite: { type: 'string', default: 'pipeline' },
      count: { type: 'string', default: '500' },
      seed: { type: 'string', default: '1' },
      warmup: { type: 'string', default: '20' },
      'max-seconds': { type: 'string', default: '30' },
      sizes: { type: 'string', default: '1000,10000' },
      'max-minutes': { type: 'string', default: '15' },
      reports: { type: 'string', default: '2000' },
      workers: { type: 'string', default: '1,2,4' },
      profile: { type: 'boolean', default: false },
      'no-isolate': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      incidents: { type: 'string', default: '20000' },
      runs: { type: 'string', default: '5' },
      'api-incidents': { type: 'string', default: '100000' },
      connections: { type: 'string', default: '4' },
      seconds: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const num = (name: string, v: string, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got "${v}"`);
    return n;
  };
  if (values.suite === 'api') {
    const r = await runApiBench({ incidents: num('api-incidents', values['api-incidents'], 1), seed: num('seed', values.seed, 0), connections: num('connections', values.connections, 1), seconds: num('seconds', values.seconds, 1), log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(values.json ? `${JSON.stringify({ ...r, commit: commit() }, null, 2)}\n` : `${formatApiBench(r)}\n`);
    return;
  }
  if (values.suite === 'scaleout') {
    const r = await runScaleout({
      reports: num('reports', values.reports, 1), seed: num('seed', values.seed, 0),
      workers: values.workers.split(',').map((x) => num('workers', x.trim(), 1)),
      redis: process.env.CIVWATCH_QUEUE ?? 'redis://127.0.0.1:6379',
      postgres: process.env.CIVWATCH_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test',
      commit: commit(), log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(values.json ? `${JSON.stringify(r, null, 2)}\n` : `${formatScaleout(r)}\n`);
    return;
  }
  if (values.suite === 'dashboard') {
    const r = await runDashboardBench({ incidents: num('incidents', values.incidents, 1), runs: num('runs', values.runs, 1), seed: num('seed', values.seed, 0), log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(values.json ? `${JSON.stringify({ ...r, commit: commit() }, null, 2)}\n` : `${formatDashboardBench(r)}\n`);
    return;
  }
  if (!['pipeline', 'ingest', 'all'].includes(values.suite)) throw new Error(`--suite must be pipeline, ingest, dashboard or all, got "${values.suite}"`);
  const out: Record<string, unknown> = {};
  if (values.suite !== 'ingest') {
    const result = runBench({
      count: num('count', values.count, 1), seed: num('seed', values.seed, 0),
      warmup: num('warmup', values.warmup, 0), maxSeconds: num('max-seconds', values['max-seconds'], 1),
    });
    if (values.suite === 'pipeline') {
      process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatBench(result)}\n`);
      return;
    }
    out.pipeline = result;
    if (!values.json) process.stdout.write(`${formatBench(result)}\n\n`);
  }
  const ingest = await runIngestSuite({
    sizes: values.sizes.split(',').map((x) => num('sizes', x.trim(), 1)),
    seed: num('seed', values.seed, 0),
    maxMinutes: Number(values['max-minutes']),
    profile: values.profile,
    isolate: !values['no-isolate'],
    commit: commit(),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (values.json) process.stdout.write(`${JSON.stringify(values.suite === 'all' ? { ...out, ingest } : ingest, null, 2)}\n`);
  else process.stdout.write(`${formatIngest(ingest)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: Error) => {
    process.stderr.write(`bench: ${e.message}\n`);
    process.exitCode = 1;
  });
}
