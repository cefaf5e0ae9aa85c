/**
 * From one report's analysis to the event records incident resolution works on: places and
 * claims resolved from indices to values, the report's copy group and date attached.
 */
import type { Analysis } from '../report/analysis.js';
import type { CasualtyGroup } from '../report/types.js';
import type { EventRecord, FigureField } from './types.js';
import { NON_HARM_TYPES } from '../lexicon/incident-match.js';
import { sideKey } from './sides.js';
import { compatible } from './resolve.js';

/** What {@link eventRecords} needs to know about the report. */
export interface EventReportMeta {
  id: string;
  copyGroup: string;
  published: string | null;
  outlet: string | null;
  /** The report is a stitched page (`StoredReport.stitched`). */
  stitched?: boolean;
}

/** Figure fields a casualty mention of this group states: everyone counts in the total, and
 * people of unknown status are presumed civilians (Airwars). */
const FIELDS_OF: Record<CasualtyGroup, ('civilians' | 'combatants' | 'total')[]> = {
  civilians: ['civilians', 'total'],
  combatants: ['combatants', 'total'],
  unknown: ['civilians', 'total'],
};

/** True when an event says anything about harm: a figure above zero in any field. */
function hasHarm(e: Pick<EventRecord, 'total'>): boolean {
  return e.total.killed.max !== 0 || e.total.injured.max !== 0 || e.total.killed.min > 0 || e.total.injured.min > 0;
}

/**
 * The event records of one analysed report. An event is kept when it could be or tell of an
 * incident of harm:
 * - one with a casualty figure, whatever its type;
 * - one without a figure but with a place, of a violent type (not a displacement, protest or
 *   agreement: `NON_HARM_TYPES`), when it carries the belligerent's acknowledgment or denial, or
 *   is compatible with (the same day, place and kind as) an event of the same report that has a
 *   figure — the report telling one strike twice ("… killed 11. The coalition said it struck in
 *   western Mosul that day."), which resolution will merge.
 * Other events without a figure — background ("fighting in the district last month"), another
 * place's news — would each become an incident with no harm, and are dropped. Ids are
 * `<report id>#<index in analysis.events>`, stable whichever events are dropped.
 *
 * @example
 * eventRecords(analyze(text, meta), { id: 'r1', copyGroup: 'r1', published: '2017-03-18', outlet: 'Wire' })[0].place?.name;
 */
export function eventRecords(analysis: Analysis, report: EventReportMeta): EventRecord[] {
  const out: EventRecord[] = [];
  analysis.events.forEach((e, i) => {
    const harm = hasHarm(e);
    if (!harm && (NON_HARM_TYPES.has(e.type) || e.place === null)) return;
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
  return out.filter((e) => hasHarm(e) || e.claims.some((c) => c.stance === 'acknowledgment' || c.stance === 'denial')
    || out.some((h) => h !== e && hasHarm(h) && compatible(e, h).ok));
}
