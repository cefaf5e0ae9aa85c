import type { Analysis } from '../report/analysis.js';

export type AnalysisEvent = Analysis['events'][number];

/**
 * The report's main event, the one a one-row dataset (ACLED, Airwars) codes: the event with
 * the most people killed (`total.killed.conservative`), then the most injured, then the first
 * in the text. Null when the report has no event.
 *
 * @example
 * mainEvent(analyze('A mine killed two men. Later a shell injured a boy.'))?.total.killed.min; // 2
 */
export function mainEvent(analysis: Pick<Analysis, 'events'>): AnalysisEvent | null {
  let best: AnalysisEvent | null = null;
  for (const e of analysis.events) {
    if (!best) best = e;
    else {
      const dk = e.total.killed.conservative - best.total.killed.conservative;
      const di = e.total.injured.conservative - best.total.injured.conservative;
      if (dk > 0 || (dk === 0 && di > 0)) best = e;
    }
  }
  return best;
}
