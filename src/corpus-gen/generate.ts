import { deriveSeed, mulberry32 } from './prng.js';
import { drawIncident } from './incident.js';
import { composeReport } from './compose.js';
import type { GeneratedReport } from './truth.js';
import type { ConflictRow } from './tables/places.js';

export interface GenerateOptions {
  /** How many reports. */
  count: number;
  /** Same seed, same corpus (report `i` depends only on the seed and `i`). Default 1. */
  seed?: number;
  /** Restrict to these conflicts (default: all five). */
  conflicts?: readonly ConflictRow['key'][];
  /** Words to aim for per report (default: 560–640, drawn per report). */
  targetWords?: number;
  /** At most this many background paragraphs per report, drawn in the range (default: as many
   * as reach `targetWords`). */
  backgroundParagraphs?: readonly [number, number];
}

/**
 * Generate realistic, entirely invented conflict reports (~600 words each), each with the truth
 * it was written from (`truth`: event type, date, place, perpetrator, figures, claims).
 *
 * One report per incident for now. The incident is kept apart from its report (`truth.incident`,
 * drawn by `drawIncident`; `composeReport` writes one report of it), which is how the corpus for
 * issue 4 can grow: several independent reports of one incident are `composeReport` calls on the
 * same draft with their own random stream, outlet and publication date (their figures and sources
 * then differ, as real reports do); copies and stitched reports are transforms of generated
 * reports that move the truth's marks with the text they keep.
 *
 * @example
 * const [report] = generateReports({ count: 1, seed: 1 });
 * report.truth.event.type; // e.g. 'Air/drone strike'
 */
export function generateReports(options: GenerateOptions): GeneratedReport[] {
  const seed = options.seed ?? 1;
  const out: GeneratedReport[] = [];
  for (let i = 0; i < options.count; i++) out.push(generateReport(seed, i, options));
  return out;
}

/**
 * Report number `index` (from 0) of the corpus for `seed`.
 *
 * @example
 * generateReport(1, 41).id; // 'gen-1-42', the same as generateReports({ count: 50, seed: 1 })[41].id
 */
export function generateReport(seed: number, index: number, options: Omit<GenerateOptions, 'count' | 'seed'> = {}): GeneratedReport {
  const rng = mulberry32(deriveSeed(seed, index));
  const id = `gen-${seed}-${index + 1}`;
  const draft = drawIncident(rng, { id: `inc-${seed}-${index + 1}`, conflicts: options.conflicts });
  return composeReport(rng, draft, { id, targetWords: options.targetWords, backgroundParagraphs: options.backgroundParagraphs });
}

/**
 * The JSON Lines record `civwatch analyze --jsonl` reads; `truth` only when asked for.
 *
 * @example
 * JSON.stringify(toJsonRecord(report)); // '{"id":"gen-1-1","title":…,"text":…}'
 */
export function toJsonRecord(report: GeneratedReport, withTruth = false): Record<string, unknown> {
  const { truth, ...rest } = report;
  return withTruth ? { ...rest, truth } : rest;
}
