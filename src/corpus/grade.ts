/**
 * Grading an incident on Airwars' public scale, with the reasons in plain English:
 *
 * - *confirmed*: a blamed belligerent (or its side: the Pentagon speaks for the coalition)
 *   acknowledged the harm;
 * - *discounted*: later reporting shows the dead were combatants (and not only in the accused's
 *   words), or unanimously blames another party;
 * - *contested*: sources blame different sides, or the accused denies against allegations, or
 *   a second belligerent denies where the accused gives its account (competing claims);
 * - *fair*: two or more independent sources (copy groups), and one names the belligerent — or,
 *   when none does, one belligerent was active there then (`active.ts`, inferred from nearby
 *   incidents; the reason says which);
 * - *weak*: otherwise — a single independent source, however detailed.
 *
 * Checked in that order. A grade an analyst set is never overwritten: the automatic grade is
 * reported beside it.
 */
import type { EventRecord, Grade, Incident, SourceFigures } from './types.js';
import { findActor } from '../lexicon/actors.js';
import { sideKey } from './sides.js';
import { fieldOf, independentEvents, sourceFigures } from './figures.js';
import type { ActiveBelligerent } from './active.js';

export interface GradeResult {
  grade: Grade;
  reasons: string[];
  /** The automatic grade, when an analyst's grade stands instead. */
  automatic?: { grade: Grade; reasons: string[] };
}

/** How a side is written in a reason. */
function sideName(side: string): string {
  return findActor(side)?.name ?? side;
}

const BELLIGERENT_KINDS = new Set(['armed-group', 'state-forces', 'coalition', 'government']);

/** True when the side is an armed party (not an NGO, the UN or civilians). */
function isBelligerent(side: string): boolean {
  const row = findActor(side);
  return row ? BELLIGERENT_KINDS.has(row.kind) : false;
}

const claimSide = (c: EventRecord['claims'][number]): string | null =>
  c.side !== undefined ? c.side : sideKey(c.source);

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const quote = (s: string): string => `"${s.length > 120 ? `${s.slice(0, 117)}…` : s}"`;

/** The earliest publication date of each copy group ('' when undated), oldest group first. */
function groupsByDate(events: EventRecord[]): { group: string; published: string; events: EventRecord[] }[] {
  const m = new Map<string, EventRecord[]>();
  for (const e of events) m.set(e.copyGroup, [...(m.get(e.copyGroup) ?? []), e]);
  return [...m.entries()]
    .map(([group, evs]) => ({ group, events: evs, published: evs.map((e) => e.published ?? '').sort()[0] }))
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.group < b.group ? -1 : 1));
}

/**
 * The side one source blames: the doer of the harm it reports — the perpetrator of its event
 * with the most people killed or injured (ties: the side most of its events name). A source
 * mentioning another party's earlier attack in passing still blames one side. A doer the
 * lexicon does not know ("gunmen") names nobody in particular: it cannot contradict another
 * source, nor be contradicted. Null when the source names no known side.
 *
 * @example
 * blamedSide([strikeByCoalitionKilling11, backgroundClashByIraqiForces]); // 'coalition'
 */
export function blamedSide(evs: EventRecord[]): string | null {
  const harmOf = (e: EventRecord) => e.total.killed.conservative + e.total.injured.conservative;
  const named = evs.flatMap((e) => { const s = sideKey(e.perpetrator); return s ? [{ s, harm: harmOf(e) }] : []; });
  if (!named.length) return null;
  const count = (s: string) => named.filter((n) => n.s === s).length;
  return named.reduce((a, b) => (b.harm > a.harm || (b.harm === a.harm && count(b.s) > count(a.s)) ? b : a)).s;
}

/** The known side a group blames, as a set (empty or one). */
function blamedBy(evs: EventRecord[]): Set<string> {
  const s = blamedSide(evs);
  return new Set(s ? [s] : []);
}

type SidedClaim = EventRecord['claims'][number] & { report: string; side: string | null };

/**
 * Competing accounts of responsibility: in one report the accused belligerent gives its account,
 * and a second belligerent denies — the accused pointed at it ("the Israeli military said a
 * misfired militant rocket caused the blast … Islamic Jihad denied that any of its rockets had
 * been launched from the area"). A second party's denial alone, with no account from the accused
 * in that report, is not enough ("Hamas denied its fighters were in Mosul"). Null without one.
 */
function rivalDenial(claims: SidedClaim[], accused: Set<string>): string | null {
  if (!accused.size) return null;
  const d = claims.find((c) => c.stance === 'denial' && c.side !== null && !accused.has(c.side) && isBelligerent(c.side)
    && claims.some((a) => a.report === c.report && a.side !== null && accused.has(a.side)));
  if (!d) return null;
  const account = claims.find((a) => a.report === d.report && a.side !== null && accused.has(a.side))!;
  return `responsibility disputed: ${sideName(account.side!)} gave its account (${account.source} ${quote(account.text)}) and ${sideName(d.side!)} denied it: ${d.source} ${quote(d.text)} (report ${d.report})`;
}

/** Discounted: later reporting shows the dead were combatants, or another party responsible. */
function discounted(groups: ReturnType<typeof groupsByDate>, figures: SourceFigures[], accused: Set<string>): string[] | null {
  const later = groups.length > 1 ? groups.slice(1) : groups;
  const figs = new Map(figures.map((f) => [f.copyGroup, f]));
  const combatantsOnly = later.every((g) => {
    const f = figs.get(g.group);
    return f !== undefined && fieldOf(f, 'combatants.killed').conservative > 0 && fieldOf(f, 'civilians.killed').conservative === 0;
  });
  if (combatantsOnly) {
    // A claim of militancy made only by the perpetrator is context, not evidence (Airwars).
    const independent = later.filter((g) => {
      const claims = g.events.flatMap((e) => e.claims);
      return claims.length === 0 || claims.some((c) => { const s = claimSide(c); return s === null || !accused.has(s); });
    });
    if (independent.length) {
      return [`${later.length === groups.length ? 'reporting' : 'later reporting'} (${plural(later.length, 'independent source')}) gives only combatants killed, no civilians`];
    }
  }
  if (groups.length >= 3) {
    const first = blamedBy(groups[0].events);
    const laterSides = later.map((g) => blamedBy(g.events));
    const b = laterSides[0].size === 1 ? [...laterSides[0]][0] : null;
    if (b && first.size > 0 && !first.has(b) && laterSides.every((s) => s.size === 1 && s.has(b))) {
      return [`later reporting (${plural(later.length, 'independent source')}) blames ${sideName(b)}, not ${[...first].map(sideName).join(' or ')}`];
    }
  }
  return null;
}

/** What grading needs of an incident besides its events. */
export type GradeInput = Pick<Incident, 'perpetrator' | 'gradeHistory'> & {
  /** The belligerent active at the incident's place and time (inferred from other incidents,
   * see `active.ts`): it stands for the suspected belligerent when no source names one. */
  active?: ActiveBelligerent | null;
};

/**
 * The automatic grade of an incident from its events, with the reasons. `incident` gives the
 * suspected belligerent (its `perpetrator`) and the grade history; events are all its events.
 *
 * @example
 * grade(incident, [wireReport, localReport]).grade; // 'fair'
 */
export function grade(incident: GradeInput, events: EventRecord[]): GradeResult {
  const auto = automaticGrade(incident, events);
  const last = incident.gradeHistory[incident.gradeHistory.length - 1];
  if (!last || last.by !== 'human') return auto;
  const reasons = [`graded ${last.grade} by an analyst`, ...last.reasons];
  if (auto.grade !== last.grade) reasons.push(`automatic grade ${auto.grade} differs from the analyst's: ${auto.reasons.join('; ')}`);
  return { grade: last.grade, reasons, automatic: auto };
}

function automaticGrade(incident: Omit<GradeInput, 'gradeHistory'>, all: EventRecord[]): GradeResult {
  const events = independentEvents(all);
  const groups = groupsByDate(events);
  const figures = sourceFigures(events);
  const blamed = new Map<string, number>();
  for (const g of groups) for (const s of blamedBy(g.events)) blamed.set(s, (blamed.get(s) ?? 0) + 1);
  const accused = new Set(blamed.keys());
  const suspected = sideKey(incident.perpetrator);
  if (suspected) accused.add(suspected);
  const claims = events.flatMap((e) => e.claims.map((c) => ({ ...c, report: e.report, side: claimSide(c) })));
  const sources = `${plural(groups.length, 'independent source')} (${plural(new Set(events.map((e) => e.report)).size, 'report')})`;

  const ack = claims.find((c) => c.stance === 'acknowledgment' && c.side !== null
    && (accused.has(c.side) || (accused.size === 0 && isBelligerent(c.side))));
  if (ack) {
    return { grade: 'confirmed', reasons: [`${sideName(ack.side!)} acknowledged the harm: ${ack.source} ${quote(ack.text)} (report ${ack.report})`, sources] };
  }

  const gone = discounted(groups, figures, accused);
  if (gone) return { grade: 'discounted', reasons: [...gone, sources] };

  const contested: string[] = [];
  if (blamed.size >= 2) {
    contested.push(`sources blame different belligerents: ${[...blamed.entries()].map(([s, n]) => `${sideName(s)} (${plural(n, 'source')})`).join(', ')}`);
  }
  const denial = claims.find((c) => c.stance === 'denial' && c.side !== null && accused.has(c.side));
  if (denial) {
    const allegations = claims.filter((c) => c.stance === 'allegation' && c.side !== denial.side).length;
    const blamers = groups.filter((g) => blamedBy(g.events).has(denial.side!)).length;
    if (allegations + blamers > 0) {
      contested.push(`${sideName(denial.side!)} denied it: ${denial.source} ${quote(denial.text)} (report ${denial.report}), against ${plural(allegations, 'allegation')} and ${plural(blamers, 'source')} blaming it`);
    }
  }
  const rival = rivalDenial(claims, accused);
  if (rival) contested.push(rival);
  if (contested.length) return { grade: 'contested', reasons: [...contested, sources] };

  const named = groups.filter((g) => g.events.some((e) => e.perpetrator)).length;
  const belligerent = incident.perpetrator ?? (blamed.size ? sideName([...blamed.keys()][0]) : null);
  if (groups.length >= 2 && belligerent && named > 0) {
    return { grade: 'fair', reasons: [`${sources} report it`, `${belligerent} named as the belligerent by ${plural(named, 'source')}`] };
  }
  if (groups.length >= 2 && !belligerent && incident.active) {
    return { grade: 'fair', reasons: [`${sources} report it`, `no source names a belligerent; ${incident.active.reason}`] };
  }
  if (groups.length >= 2) return { grade: 'weak', reasons: [`${sources} report it, but none names a belligerent`] };
  return { grade: 'weak', reasons: [`a single independent source (${plural(new Set(events.map((e) => e.report)).size, 'report')} of one story)`] };
}
