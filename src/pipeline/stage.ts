import type { Report, Span, SpanLabel } from '../report/types.js';

/** What a stage may use besides the report: a trace that tests print only on failure. */
export interface StageContext {
  trace(message: string): void;
}

export interface StageOutput {
  spans: Span[];
  warnings?: string[];
}

/**
 * One named step of the pipeline. It reads the report (never mutates it) and returns the spans it
 * adds. `requires` lists labels that earlier stages must assign; `assigns` the labels it adds.
 *
 * @example
 * const shout: Stage = { name: 'shout', requires: ['sentence'], assigns: [], run: () => ({ spans: [] }) };
 */
export interface Stage {
  name: string;
  requires: readonly SpanLabel[];
  assigns: readonly SpanLabel[];
  run(report: Report, ctx: StageContext): StageOutput;
}
