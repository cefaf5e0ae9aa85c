import { createReport } from './report/report.js';
import { toAnalysis, type Analysis } from './report/analysis.js';
import type { Report, ReportMeta } from './report/types.js';
import { buildPipeline, type Pipeline } from './pipeline/runner.js';
import { defaultStages } from './pipeline/default.js';
import { detectLanguage } from './input/language.js';
import { cleanMeta, cleanText } from './input/clean-text.js';

let shared: Pipeline | null = null;

/** The default pipeline, built once per process. */
export function defaultPipeline(): Pipeline {
  shared ??= buildPipeline(defaultStages());
  return shared;
}

/**
 * Run the default pipeline over one text and return the report with all spans. The text is first
 * cleaned by `cleanText` (src/input/clean-text.ts: NUL and other control characters removed, line
 * ends as `\n`), and so is every metadata string: offsets index `report.text`, the cleaned text.
 */
export function analyzeReport(raw: string, rawMeta: Partial<ReportMeta> = {}, pipeline: Pipeline = defaultPipeline()): Report {
  const text = cleanText(raw);
  const meta = cleanMeta(rawMeta);
  const language = meta.language ?? detectLanguage(text);
  const report = createReport(text, { ...meta, language });
  const warnings = language !== 'eng' && language !== 'und'
    ? [`text looks like language "${language}", not English: extraction rules are English-only, expect misses`]
    : [];
  return pipeline.run({ ...report, warnings });
}

/**
 * Analyze one report text into the `civwatch.analysis/1` contract.
 *
 * @example
 * const a = analyze('Three civilians were killed in Mosul on Thursday, police said.', { published: '2017-04-04' });
 * a.casualties[0].min; // 3
 */
export function analyze(text: string, meta: Partial<ReportMeta> = {}): Analysis {
  return toAnalysis(analyzeReport(text, meta));
}
