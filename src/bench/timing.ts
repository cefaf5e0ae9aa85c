import { performance } from 'node:perf_hooks';
import type { Stage } from '../pipeline/stage.js';

/** Time spent in one stage over a run. */
export interface StageTiming {
  name: string;
  calls: number;
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds of the process meanwhile (user + system; includes GC threads). On a busy
   * machine this names the slow stage more reliably than the wall clock. */
  cpuMs: number;
}

export interface TimedStages {
  /** The same stages, each run under a timer; pass them to `buildPipeline`. */
  stages: Stage[];
  /** Per-stage totals so far, in pipeline order. */
  timings(): StageTiming[];
  /** Forget what was timed (after the warm-up). */
  reset(): void;
}

/**
 * Wrap every stage with a timer, keeping its name, requires, assigns and output, so a slow stage
 * can be named.
 *
 * @example
 * const timed = timeStages(defaultStages());
 * const pipeline = buildPipeline(timed.stages);
 * analyzeReport(text, {}, pipeline);
 * timed.timings(); // [{ name: 'segment', calls: 1, ms: 3.2 }, …]
 */
export function timeStages(stages: readonly Stage[]): TimedStages {
  const totals = stages.map((s) => ({ name: s.name, calls: 0, ms: 0, cpuMs: 0 }));
  const wrapped = stages.map((stage, i): Stage => ({
    name: stage.name,
    requires: stage.requires,
    assigns: stage.assigns,
    run(report, ctx) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      try {
        return stage.run(report, ctx);
      } finally {
        totals[i].ms += performance.now() - t0;
        const c = process.cpuUsage(c0);
        totals[i].cpuMs += (c.user + c.system) / 1000;
        totals[i].calls += 1;
      }
    },
  }));
  return {
    stages: wrapped,
    timings: () => totals.map((t) => ({ ...t })),
    reset() {
      for (const t of totals) { t.ms = 0; t.cpuMs = 0; t.calls = 0; }
    },
  };
}

/** Peak resident set size of this process so far, in MiB (`maxRSS` is in KiB).
 * @example peakRssMiB(); // e.g. 298.4 */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
