import type { Analysis } from '../report/analysis.js';

export type AnalysisEvent = Analysis['events'][number];
type Casualty = Analysis['casualties'][number];

/** The event with the most people killed (`total.killed.conservative`), then most injured, then the first. */
function mostHarm(events: readonly AnalysisEvent[]): AnalysisEvent | null {
  let best: AnalysisEvent | null = null;
  for (const e of events) {
    if (!best) best = e;
    else {
      const dk = e.total.killed.conservative - best.total.killed.conservative;
      const di = e.total.injured.conservative - best.total.injured.conservative;
      if (dk > 0 || (dk === 0 && di > 0)) best = e;
    }
  }
  return best;
}

const killedFigures = (e: AnalysisEvent, casualties: readonly Casualty[]) =>
  e.casualties.map((i) => casualties[i]).filter((c) => c !== undefined && c.kind === 'killed');

/**
 * The event the report leads with: the first, in reading order, whose dead are counted by a
 * number phrase ("at least 10 members of the family were killed"), not only by names. Null
 * when there is none.
 */
function leadEvent(events: readonly AnalysisEvent[], casualties: readonly Casualty[]): AnalysisEvent | null {
  const counted = events.filter((e) => e.total.killed.conservative > 0 && killedFigures(e, casualties).some((c) => !c.individual));
  return counted.sort((a, b) => a.sentences[0] - b.sentences[0])[0] ?? null;
}

/**
 * The report's main event, the one a one-row dataset (ACLED, Airwars) codes. A report leads with
 * its incident (the inverted pyramid): the lead event (see {@link leadEvent}) is the main one,
 * unless another event states a tally of the dead above the lead's top ("15 soldiers were killed
 * … another explosion killed 17 … fatalities coded as 32 in total"); a later figure of another
 * event — a day-wide toll, an earlier strike, a second source's count the grouping split off —
 * does not displace it. Without a lead (or without casualty details), the event with the most
 * people killed (`total.killed.conservative`), then the most injured, then the first in the
 * text. Null when the report has no event.
 *
 * @example
 * mainEvent(analyze('A mine killed two men. Later a shell injured a boy.'))?.total.killed.min; // 2
 */
export function mainEvent(analysis: Pick<Analysis, 'events'> & Partial<Pick<Analysis, 'casualties'>>): AnalysisEvent | null {
  const most = mostHarm(analysis.events);
  const casualties = analysis.casualties ?? [];
  const lead = leadEvent(analysis.events, casualties);
  if (!lead || !most || lead === most) return most;
  const top = lead.total.killed.max ?? lead.total.killed.conservative;
  const tallyAbove = killedFigures(most, casualties).some((c) => c.aggregate && c.min > top);
  return tallyAbove ? most : lead;
}
