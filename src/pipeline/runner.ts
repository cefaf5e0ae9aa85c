import type { Report, SpanLabel } from '../report/types.js';
import type { Stage, StageContext } from './stage.js';

export interface PipelineOptions {
  /** Receives every trace line, prefixed with the stage name. */
  trace?: (line: string) => void;
}

export interface Pipeline {
  stages: readonly Stage[];
  /** Run every stage in order; returns a new report, the input is left untouched. */
  run(report: Report): Report;
}

/**
 * Check the stages' order once (every `requires` assigned by an earlier stage, no label assigned
 * twice) and return a runnable pipeline.
 *
 * @example
 * const pipeline = buildPipeline(defaultStages());
 * const analysed = pipeline.run(createReport(text, { published: '2017-04-04' }));
 */
export function buildPipeline(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const assigned = new Map<SpanLabel, string>();
  for (const stage of stages) {
    for (const label of stage.requires) {
      if (!assigned.has(label)) {
        throw new Error(`pipeline order: stage "${stage.name}" requires "${label}", which no earlier stage assigns`);
      }
    }
    for (const label of stage.assigns) {
      const by = assigned.get(label);
      if (by) throw new Error(`pipeline order: "${label}" is assigned by both "${by}" and "${stage.name}"`);
      assigned.set(label, stage.name);
    }
  }
  const trace = options.trace;
  return {
    stages,
    run(input: Report): Report {
      let report: Report = input;
      for (const stage of stages) {
        const ctx: StageContext = { trace: trace ? (m) => trace(`${stage.name}: ${m}`) : () => {} };
        const out = stage.run(report, ctx);
        for (const span of out.spans) {
          if (!stage.assigns.includes(span.label)) {
            throw new Error(`stage "${stage.name}" added a "${span.label}" span but does not declare it in assigns`);
          }
        }
        report = {
          meta: report.meta,
          text: report.text,
          spans: report.spans.concat(out.spans),
          warnings: out.warnings?.length ? report.warnings.concat(out.warnings) : report.warnings,
        };
      }
      return report;
    },
  };
}
