import { performance } from 'node:perf_hooks';
import type { ItemToken } from 'wink-nlp';
import { analyzeReport } from '../analyze.js';
import { toAnalysis } from '../report/analysis.js';
import { buildPipeline } from '../pipeline/runner.js';
import { defaultStages } from '../pipeline/default.js';
import { wink } from '../nlp/wink.js';
import { timeStages, type StageTiming } from './timing.js';

/** A report as the benchmark feeds it: text and the metadata the CLI would pass. */
export interface BenchInput {
  id: string;
  title: string;
  outlet: string;
  published: string;
  text: string;
}

export interface Throughput {
  reports: number;
  /** UTF-8 bytes of text processed. */
  bytes: number;
  /** Wall-clock seconds. */
  seconds: number;
  reportsPerSecond: number;
  megabytesPerSecond: number;
  /** CPU seconds (user + system) of this process over the same pass: on a shared machine the
   * wall clock also counts time spent waiting for a core, CPU time does not. */
  cpuSeconds: number;
  /** Reports per CPU second. */
  reportsPerCpuSecond: number;
}

const cpuNow = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

export interface PipelineRun extends Throughput {
  stages: StageTiming[];
  /** `toAnalysis` (the JSON contract), timed apart from the pipeline. */
  contractMs: number;
  /** Reports a stage threw on (counted, not timed further), with the first message. */
  failures: number;
  firstFailure: string | null;
}

function throughput(reports: number, bytes: number, ms: number, cpuSeconds: number): Throughput {
  const seconds = ms / 1000;
  return {
    reports, bytes, seconds,
    reportsPerSecond: seconds > 0 ? reports / seconds : 0,
    megabytesPerSecond: seconds > 0 ? bytes / 1e6 / seconds : 0,
    cpuSeconds,
    reportsPerCpuSecond: cpuSeconds > 0 ? reports / cpuSeconds : 0,
  };
}

/**
 * Time the full pipeline (`analyzeReport`, language detection included) over the inputs, one
 * after another in this process, with every stage under its own timer. Stops early once
 * `maxSeconds` is spent, so a slow pipeline still gives a figure within the time box.
 *
 * @example
 * const run = timePipeline(inputs, { warmup: 20, maxSeconds: 40 });
 * run.reportsPerSecond;
 */
export function timePipeline(inputs: readonly BenchInput[], options: { warmup: number; maxSeconds: number }): PipelineRun {
  const timed = timeStages(defaultStages());
  const pipeline = buildPipeline(timed.stages);
  const analyze = (r: BenchInput) => analyzeReport(r.text, { id: r.id, title: r.title, outlet: r.outlet, published: r.published }, pipeline);
  for (const r of inputs.slice(0, options.warmup)) {
    try { toAnalysis(analyze(r)); } catch { /* counted in the timed pass */ }
  }
  timed.reset();
  let ms = 0;
  let contractMs = 0;
  let bytes = 0;
  let done = 0;
  let failures = 0;
  let firstFailure: string | null = null;
  const cpu0 = cpuNow();
  for (const r of inputs) {
    if (ms > options.maxSeconds * 1000) break;
    const t0 = performance.now();
    try {
      const report = analyze(r);
      const t1 = performance.now();
      ms += t1 - t0;
      toAnalysis(report);
      contractMs += performance.now() - t1;
      done += 1;
      bytes += Buffer.byteLength(r.text, 'utf8');
    } catch (e) {
      failures += 1;
      firstFailure ??= `${r.id}: ${(e as Error).message}`;
    }
  }
  // CPU time covers the contract conversion too; subtract its wall time as the best estimate.
  const cpu = Math.max(0, cpuNow() - cpu0 - contractMs / 1000);
  return { ...throughput(done, bytes, ms, cpu), stages: timed.timings(), contractMs, failures, firstFailure };
}

/**
 * Time wink-nlp alone over the same texts: read each document and visit every token, which is
 * the floor any pipeline built on it pays.
 *
 * @example
 * timeTokenization(inputs, { warmup: 20 }).reportsPerSecond;
 */
export function timeTokenization(inputs: readonly BenchInput[], options: { warmup: number }): Throughput & { tokens: number } {
  const nlp = wink();
  let tokens = 0;
  const read = (text: string) => {
    nlp.readDoc(text).tokens().each((t: ItemToken) => { if ((t.out() as string).length > 0) tokens += 1; });
  };
  for (const r of inputs.slice(0, options.warmup)) read(r.text);
  tokens = 0;
  let bytes = 0;
  const cpu0 = cpuNow();
  const t0 = performance.now();
  for (const r of inputs) {
    read(r.text);
    bytes += Buffer.byteLength(r.text, 'utf8');
  }
  const ms = performance.now() - t0;
  return { ...throughput(inputs.length, bytes, ms, cpuNow() - cpu0), tokens };
}
