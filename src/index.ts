export { analyze, analyzeReport, defaultPipeline } from './analyze.js';
export { toAnalysis, type Analysis } from './report/analysis.js';
export { createReport, spansOf, makeSpan } from './report/report.js';
export { reportToJSON, reportFromJSON } from './report/json.js';
export { buildPipeline, type Pipeline } from './pipeline/runner.js';
export { defaultStages } from './pipeline/default.js';
export type { Stage, StageContext, StageOutput } from './pipeline/stage.js';
export type * from './report/types.js';
