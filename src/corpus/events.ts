/**
 * From one report's analysis to the event records incident resolution works on: places and
 * claims resolved from indices to values, the report's copy group and date attached.
 */
import type { Analysis } from '../report/analysis.js';
import type { CasualtyGroup } from '../report/types.js';
import type { EventRecord, FigureField } from './types.js';
import { NAMELESS_SIDES, NON_HARM_TYPES } from '../lexicon/incident-match.js';
import { findActor, sideOf } from '../lexicon/actors.js';

/** What {@link eventRecords} needs to know about the report. */
export interface EventReportMeta {
  id: string;
  copyGroup: string;
  published: string | null;
  outlet: string | null;
  /** The report is a stitched page (`StoredReport.stitched`). */
  stitched?: boolean;
}

/**
 * The key of the belligerent side a speaker or actor name acts for ("Pentagon" → `coalition`),
 * or null when the name is no known actor or names no side in particular ("unidentified gunmen").
 *
 * @example
 * sideKey('the Pentagon'); // 'coalition'
 */
export function sideKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const row = findActor(name) ?? findActor(name.replace(/^the\s+/i, ''));
  const side = row ? sideOf(row).key : null;
  return side && !NAMELESS_SIDES.has(side) ? side : null;
}

/** Figure fields a casualty mention of this group states: everyone counts in the total, and
 * people of unknown status are presumed civilians (Airwars). */
const FIELDS_OF: Record<CasualtyGroup, ('civilians' | 'combatants' | 'total')[]> = {
  civilians: ['civilians', 'total'],
  combatants: ['combatants', 'total'],
  unknown: ['civilians', 'total'],
};

/** True when an event says anything about harm: a figure above zero in any field. */
function hasHarm(e: Analysis['events'][number]): boolean {
  return e.total.killed.max !== 0 || e.total.injured.max !== 0 || e.total.killed.min > 0 || e.total.injured.min > 0;
}

/**
 * The event records of one analysed report. An event is kept when it could be an incident of
 * harm: a displacement, protest, agreement or other non-violent development (`NON_HARM_TYPES`)
 * only with a casualty figure; any other type with a casualty figure or a place — a placed strike
 * without figures stays, as the report may be the belligerent's acknowledgment of it. An event
 * with neither a figure nor a place has nothing to resolve on and is dropped. Ids are
 * `<report id>#<index in analysis.events>`, stable whichever events are dropped.
 *
 * @example
 * eventRecords(analyze(text, meta), { id: 'r1', copyGroup: 'r1', published: '2017-03-18', outlet: 'Wire' })[0].place?.name;
 */
export function eventRecords(analysis: Analysis, report: EventReportMeta): EventRecord[] {
  const out: EventRecord[] = [];
  analysis.events.forEach((e, i) => {
    const harm = hasHarm(e);
    if (NON_HARM_TYPES.has(e.type) && !harm) return;
    if (!harm && e.place === null) return;
    const p = e.place === null ? null : analysis.places[e.place];
    const reported = new Set<FigureField>();
    for (const ci of e.casualties) {
      const c = analysis.casualties[ci];
      if (!c || (c.kind !== 'killed' && c.kind !== 'injured')) continue;
      for (const g of FIELDS_OF[c.group]) reported.add(`${g}.${c.kind}`);
    }
    out.push({
      id: `${report.id}#${i}`,
      report: report.id,
      copyGroup: report.copyGroup,
      published: report.published,
      outlet: report.outlet,
      type: e.type,
      date: e.date ? { ...e.date } : null,
      place: p ? { name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision } : null,
      perpetrator: e.perpetrator,
      target: e.target,
      civilians: structuredClone(e.civilians),
      combatants: structuredClone(e.combatants),
      total: structuredClone(e.total),
      claims: e.claims.flatMap((ci) => {
        const c = analysis.claims[ci];
        if (!c) return [];
        const side = sideKey(c.source.name) ?? sideKey(c.source.affiliation);
        return [{ source: c.source.name, sourceKind: c.source.kind, stance: c.stance, text: c.content.text, side }];
      }),
      reported: [...reported].sort(),
      ...(report.stitched ? { stitched: true } : {}),
    });
  });
  return out;
}
