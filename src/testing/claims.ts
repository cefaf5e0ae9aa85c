import assert from 'node:assert/strict';
import { segment } from '../stages/segment.js';
import { actors } from '../stages/actors.js';
import { attribution } from '../stages/attribution.js';
import { createReport, spansOf } from '../report/report.js';
import { buildPipeline } from '../pipeline/runner.js';
import type { ClaimValue } from '../report/types.js';

/**
 * Run segment, actors and attribution over a test sentence: the claims, the speakerless cues,
 * and the stages' trace (to print when an assertion fails).
 *
 * @example
 * const r = runAttribution('The road is mined, a farmer said.');
 * claimAt(r.claims, 'said', r.trace).source.text; // 'a farmer'
 */
export function runAttribution(text: string) {
  const lines: string[] = [];
  const report = buildPipeline([segment, actors, attribution], { trace: (l) => lines.push(l) }).run(createReport(text));
  const claims = spansOf(report, 'claim').map((s) => s.value);
  const unattributed = spansOf(report, 'unattributed');
  return { report, claims, unattributed, trace: () => lines.join('\n') };
}

/** The one claim whose cue reads `cue`; fails (printing the trace) when there is none or more than one. */
export function claimAt(claims: ClaimValue[], cue: string, trace: () => string): ClaimValue {
  const found = claims.filter((c) => c.cue.text === cue);
  assert.equal(found.length, 1, `expected one claim with cue "${cue}", got ${found.length}\n${trace()}`);
  return found[0];
}
