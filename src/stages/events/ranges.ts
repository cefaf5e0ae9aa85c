import type { CasualtyValue, HarmRanges, Range } from '../../report/types.js';

export const ZERO: Range = Object.freeze({ min: 0, max: 0, conservative: 0 });

/** Sum of two ranges; an open-ended side (`max: null`) stays open. */
export function addRanges(a: Range, b: Range): Range {
  return { min: a.min + b.min, max: a.max === null || b.max === null ? null : a.max + b.max, conservative: a.conservative + b.conservative };
}

/** `a` less `b`, never below zero (an open side stays open). */
export function subtractRange(a: Range, b: Range): Range {
  return {
    min: Math.max(0, a.min - (b.max ?? b.min)),
    max: a.max === null ? null : Math.max(0, a.max - b.min),
    conservative: Math.max(0, a.conservative - b.conservative),
  };
}

/** The larger of two ranges by their conservative figure (ties: the wider one). */
export function largerRange(a: Range, b: Range): Range {
  if (a.conservative !== b.conservative) return a.conservative > b.conservative ? a : b;
  const am = a.max ?? Infinity;
  const bm = b.max ?? Infinity;
  return am >= bm ? a : b;
}

/** True when two ranges share at least one value. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return a.min <= (b.max ?? Infinity) && b.min <= (a.max ?? Infinity);
}

interface Mention {
  sentence: number;
  value: CasualtyValue;
  /** Read from "about N" (see {@link central}): a figure no source states exactly. */
  approximate?: boolean;
  /** Several sources' lower reading of the event's count ("some sources mention only 14"). */
  rival?: boolean;
}

/** Two readings of one figure by different sources: the range spans both ("four … while five"). */
export function unionRange(a: Range, b: Range): Range {
  return {
    min: Math.min(a.min, b.min),
    max: a.max === null || b.max === null ? null : Math.max(a.max, b.max),
    conservative: Math.min(a.conservative, b.conservative),
  };
}

const rangeOf = (v: CasualtyValue): Range => ({ min: v.min, max: v.max, conservative: v.conservative });

/**
 * "Injuring up to seven others … a hospital said seven civilians were wounded": for the wounded,
 * another source's count equal to the top confirms it (7–7). The dead are counted by the victims
 * identified, so a count of them equal to the top is no floor ("up to 20 … 20 killed", 14 named
 * → 14–20).
 */
function reachesTop(o: CasualtyValue, top: number, injured: boolean): boolean {
  return injured && o.stated && !o.individual && o.min === top;
}

/**
 * "up to 20 civilians, including at least 14 members of one family": only the top of an "up to"
 * figure was stated, so its minimum is the largest other figure of the same harm in the event
 * below that top (the people identified so far); with none, the placeholder stays. Victims named
 * one by one ("Up to six civilians were killed … A, B and his wife C … D was also killed") are
 * identified too: together, when fewer than the top, they count as one such figure.
 */
function raiseUpTo(m: Mention, sameKind: readonly Mention[]): Mention {
  const v = m.value;
  if (!v.upTo || v.max === null) return m;
  const top = v.max;
  const injured = v.kind === 'injured';
  let floor = v.min;
  let named = 0;
  for (const o of sameKind) {
    if (o.value === v || o.value.group === 'combatants' || o.value.upTo) continue;
    if (o.value.individual && o.value.subsetOf === undefined) named += o.value.min;
    if (o.value.min > floor && (o.value.min < top || reachesTop(o.value, top, injured))) floor = o.value.min;
  }
  if (named > floor && named < top) floor = named;
  // "Injuring up to 15 other civilians", and nothing else of the wounded: the wounded are seldom
  // named one by one, so no count of identified people stands below the top; Airwars records
  // the top (15–15). The dead keep the placeholder until a count of them raises it.
  if (injured && floor === v.min) floor = top;
  // Raised, the minimum is no placeholder any more.
  return floor === v.min ? m : { ...m, value: { ...v, min: floor, conservative: Math.max(floor, v.conservative), upTo: false } };
}

/**
 * One group's figure for an event: mentions in the same sentence that are distinct noun phrases
 * add up ("two soldiers and five civilians" are two groups anyway; "a man and a woman were
 * killed" are two mentions of one group), except another source's reading of the same figure
 * (`alternative`: "four … while others reported five"), which widens it instead; across
 * sentences the same people are being mentioned again ("three civilians were killed … the three
 * victims"), so the largest figure stands, and a revision ("initially 14 … later 15") keeps the
 * later, larger figure. An open top ("at least 15") stated in numbers closes at the largest
 * figure the event states, as Airwars records it (at least 15, nothing more → 15–15); a vague
 * one ("dozens") stays open.
 */
function groupRange(mentions: Mention[]): Range {
  // A tally ("the death toll rose to 40") counts everyone of its kind: it stands over the rest.
  const tallies = mentions.filter((m) => m.value.aggregate);
  const all = sentenceSums(mentions);
  const sums = tallies.length ? sentenceSums(tallies) : all;
  let best: SentenceSum | null = null;
  for (const s of sums) best = !best || largerRange(best.sum, s.sum) === s.sum ? s : best;
  if (!best) return ZERO;
  // "At least 15 members of the family were killed … bringing the number of victims to eleven":
  // a stated lower bound above the tally is the later count; the tally was an early one.
  for (const s of all) {
    if (s.whole && s.stated && s.sum.max === null && s.sum.min > best.sum.conservative) best = s;
  }
  return widen(best, all);
}

/** Per sentence, in reading order: the sum of its figures, alternatives widening their slot. */
function sentenceSums(mentions: readonly Mention[]): SentenceSum[] {
  const bySentence = new Map<number, SentenceSum>();
  for (const m of mentions) {
    const r = rangeOf(m.value);
    const v = m.value;
    const prev = bySentence.get(m.sentence);
    if (!prev) {
      const bound = v.stated && !v.individual && !v.upTo && v.max !== null && v.max > v.min ? r : null;
      bySentence.set(m.sentence, { sentence: m.sentence, sum: r, slot: r, stated: v.stated, whole: !v.individual, upTo: !!v.upTo, bound, vague: v.stated ? null : r, rival: !!m.rival });
      continue;
    }
    // "Dozens of victims were killed or injured … a large number of deaths": vague words of one
    // sentence are readings of the same people, not more of them: the larger stands.
    if (!v.stated && prev.vague) {
      const larger = largerRange(prev.vague, r);
      prev.sum = addRanges(subtractExact(prev.sum, prev.vague), larger);
      prev.vague = larger;
      prev.slot = larger;
      prev.stated = false;
      continue;
    }
    // "At least 27 and up to 30 civilians were killed, including at least six women … at least 16
    // children": after a range a source states for the whole, a smaller figure of the sentence
    // is one of its parts, not more people (unless said to be more: "two others").
    if (prev.bound && !v.alternative && !v.aggregate && !v.additional && v.min < prev.bound.min) continue;
    if (v.alternative && prev.slot) {
      // Replace the slot's share of the sum by the union of the two readings.
      const widened = unionRange(prev.slot, r);
      prev.sum = addRanges(subtractExact(prev.sum, prev.slot), widened);
      prev.slot = widened;
    } else if (v.aggregate) {
      // "Two women were killed, bringing the death toll to 12": the tally counts them already.
      prev.sum = largerRange(prev.sum, r);
      prev.slot = r;
    } else {
      prev.sum = addRanges(prev.sum, r);
      prev.slot = r;
      if (!v.stated) prev.vague = r;
    }
    prev.stated &&= v.stated;
    prev.whole ||= !v.individual;
    prev.upTo ||= !!v.upTo;
  }
  return [...bySentence.values()].sort((a, b) => a.sentence - b.sentence);
}

interface SentenceSum {
  sentence: number; sum: Range; slot: Range | null; stated: boolean; whole: boolean; upTo: boolean;
  /** The closed range its first figure states ("between 15 and 40"), if any: the sentence's whole. */
  bound?: Range | null;
  /** The share of the sum read from vague words ("dozens"), if any. */
  vague?: Range | null;
  /** Its first figure is several sources' lower reading of the event's count (see `Mention.rival`). */
  rival?: boolean;
}

/**
 * The range across the sources a report cites. A report leads with a figure and updates it
 * later: the first total the event states in numbers (not one named person, not "up to") is a
 * credible minimum below the largest ("initially three … later seven" → 3–7; "at least three
 * were killed … a family of twelve" → 3–12). An open top stated in numbers ("at least 15")
 * closes at the largest figure stated (nothing more → 15–15); a vague one ("dozens") stays open.
 */
function widen(best: SentenceSum, sums: readonly SentenceSum[]): Range {
  let { min, max } = best.sum;
  // A list of named victims that opens the report's figures ("The strike killed members of the
  // family: Ali Said, his wife Mona, …") is a lead count too: the people identified first.
  const lead = sums.find((s) => (s.whole || s.sum.min >= 2) && s.stated && !s.upTo && s.sentence <= best.sentence);
  if (lead) min = Math.min(min, lead.sum.min);
  // "While some sources mention only 14 victims, …": several sources' lower reading is a credible minimum.
  for (const s of sums) if (s.rival && s.stated && s !== best) min = Math.min(min, s.sum.min);
  if (max === null && best.stated) {
    max = best.sum.min;
    for (const s of sums) if (s.stated) max = Math.max(max, s.sum.max ?? s.sum.min);
  } else if (max !== null) {
    // "Between four and five civilians were killed … the toll of four civilians": a range a
    // source stated keeps its top (the highest reported maximum).
    for (const s of sums) if (s.whole && s.stated && !s.upTo && s.sum.max !== null && s.sum.max > s.sum.min) max = Math.max(max, s.sum.max);
  }
  return { min, max, conservative: best.sum.conservative };
}

/**
 * Two readings of the same people, one named for civilians and one for people of unknown status
 * ("between 15 and 25 civilians" … "sources indicated between 14 and 25 deaths"; "27 civilians"
 * … "more than 27 killed"): the range spans both — the lowest minimum and the highest maximum
 * any source states — with `conservative` as its figure.
 */
function spanBoth(known: Range, unk: Range, conservative: number, floor: number): Range {
  const max = known.max === null || unk.max === null ? null : Math.max(known.max, unk.max, conservative);
  return { min: Math.min(known.min, floor, conservative), max, conservative };
}

/**
 * The lowest bottom of a range a source states in numbers ("between 14 and 25 deaths"), Infinity
 * with none. An open lower bound ("at least 50 were killed") does not count: it does not say
 * that fewer than a larger count died.
 */
function statedFloor(mentions: readonly Mention[]): number {
  let floor = Infinity;
  for (const s of sentenceSums(mentions)) {
    if (s.whole && s.stated && !s.upTo && s.sum.max !== null && s.sum.max > s.sum.min) floor = Math.min(floor, s.sum.min);
  }
  return floor;
}

/**
 * "About 30 family members were killed", "an estimated 10": an approximate figure stated in
 * numbers counts as the number it states, as Airwars records it ("around 30" → 30, not 27–33);
 * the margin a reading of "about" gives it (its conservative figure strictly inside its range)
 * is no source's figure, so it neither lowers the minimum nor raises the top.
 */
function central(m: Mention): Mention {
  const v = m.value;
  if (!v.stated || v.max === null || !(v.min < v.conservative && v.conservative < v.max)) return m;
  return { ...m, value: { ...v, min: v.conservative, max: v.conservative }, approximate: true };
}

/** `a` less a part `b` that was added into it (exact inverse of {@link addRanges}). */
function subtractExact(a: Range, b: Range): Range {
  return { min: a.min - b.min, max: a.max === null || b.max === null ? a.max : a.max - b.max, conservative: a.conservative - b.conservative };
}

/**
 * Consolidate an event's casualty mentions into civilians / combatants / total ranges for killed
 * and injured. A figure revised later (`supersededBy`: "initially 6 … later 11") gives way to the
 * revision, and a tally (`aggregate`) stands over the single mentions. People of unknown status count as civilians unless shown to be combatants
 * (Airwars' presumption). Mentions marked as a subset of another (`subsetOf`, "including three children")
 * are not added again. `total` counts everyone: an "unknown" figure ("seven people were killed")
 * that is at least the civilians plus combatants is taken to include them.
 *
 * @example
 * consolidate([{ sentence: 0, value: twoSoldiers }, { sentence: 0, value: fiveCivilians }]).total.killed.conservative; // 7
 */
export function consolidate(input: Mention[]): Consolidated {
  return killedOrInjured(input, consolidateAll(input));
}

/** The harm word "casualties" ("a number of casualties arrived at the hospital"): killed or injured. */
const EITHER_HARM = /^casualt(?:y|ies)$/i;

/**
 * "A number of casualties arrived at the hospital": "casualties" are killed or injured people.
 * When the event's only figures are such casualties, each harm may be anywhere from none to the
 * figure, as Airwars records it (a number of casualties → 0–2 killed, 0–2 injured); the
 * conservative figures keep the non-fatal reading (0 killed, the figure injured). Beside any other
 * figure of the event the word keeps its injured reading.
 */
function killedOrInjured(input: readonly Mention[], r: Consolidated): Consolidated {
  const harm = input.filter((m) => (m.value.kind === 'killed' || m.value.kind === 'injured') && m.value.subsetOf === undefined);
  if (!harm.length || !harm.every((m) => m.value.kind === 'injured' && EITHER_HARM.test(m.value.cue ?? ''))) return r;
  const out = { civilians: { ...r.civilians }, combatants: { ...r.combatants }, total: { ...r.total } };
  for (const part of ['civilians', 'combatants', 'total'] as const) {
    const inj = out[part].injured;
    if (inj.conservative === 0) continue;
    out[part].killed = { min: 0, max: inj.max, conservative: 0 };
    out[part].injured = { ...inj, min: 0 };
  }
  return out;
}

/**
 * "Several others were killed": a vague word for a few people beyond
 * those counted reads as "others" does, as Airwars records it (2–2), not as an open "at least
 * three"; its conservative figure stays. (The wounded get 2–2 earlier, per figure: `INJURED_VAGUE`
 * in lexicon/quantities.ts, so this reaches the dead and vague words that table leaves out.)
 */
function fewOthers(m: Mention): Mention {
  const v = m.value;
  if (v.stated || !v.additional || v.max !== null || v.min > 3) return m;
  return { ...m, value: { ...v, min: 2, max: 2 } };
}

function consolidateAll(input: Mention[]): Consolidated {
  const mentions = input.map(central).map(fewOthers);
  // A doubted figure beside firm ones of its harm raises only the top (see {@link raiseTops}).
  const firmKinds = new Set(mentions.filter((m) => !m.value.doubted).map((m) => m.value.kind));
  const doubted = mentions.filter((m) => m.value.doubted && firmKinds.has(m.value.kind));
  if (doubted.length) return raiseTops(consolidateAll(mentions.filter((m) => !doubted.includes(m))), doubted);
  const all = consolidateMentions(mentions);
  const stated = mentions.filter((m) => m.value.stated);
  if (stated.length === mentions.length) return all;
  const exact = consolidateMentions(stated);
  const out: Consolidated = { civilians: {} as HarmRanges, combatants: {} as HarmRanges, total: {} as HarmRanges };
  for (const part of ['civilians', 'combatants', 'total'] as const) {
    for (const kind of ['killed', 'injured'] as const) {
      const own = stated.filter((m) => m.value.kind === kind && m.value.subsetOf === undefined);
      // Named victims alone ("Amal Saleh was wounded … dozens were injured") are among the many,
      // and a vague lead ("dozens of civilians were wounded … three others") is the report's own figure.
      const firstNumber = Math.min(...own.filter((m) => !m.value.individual).map((m) => m.sentence));
      const vagueLead = mentions.some((m) => m.value.kind === kind && !m.value.stated && m.value.subsetOf === undefined && m.sentence < firstNumber);
      // "At least two people were killed … two deaths … dozens of deaths and injuries": once a
      // source states the count exactly, a vague word does not raise the top.
      const openLead = own.some((m) => m.value.max === null)
        && !own.some((m) => m.value.max === m.value.min && !m.value.individual && !m.approximate);
      const within = vagueWithin(exact[part][kind], all[part][kind], openLead);
      const top = vagueTop(mentions, kind, part);
      // "More than 20 were injured … dozens of wounded": a vague word's top above an open lead's
      // closed range raises it even where the stated figure outweighs the vague one (20–24).
      out[part][kind] = vagueLead ? all[part][kind] : openLead && within.max !== null && top > within.max ? moreThanFloor({ ...within, max: top }, own) : within;
    }
  }
  return out;
}

type Consolidated = { civilians: HarmRanges; combatants: HarmRanges; total: HarmRanges };

/** The largest top a vague word ("dozens" → 24) gives the harm in this part of the event, 0 with none. */
function vagueTop(mentions: readonly Mention[], kind: 'killed' | 'injured', part: keyof Consolidated): number {
  const inPart = (m: Mention) => (part === 'combatants') === (m.value.group === 'combatants');
  const vague = mentions.filter((m) => m.value.kind === kind && !m.value.stated && m.value.subsetOf === undefined && inPart(m));
  return Math.max(0, ...vague.map((m) => m.value.max ?? 0));
}

/**
 * "More than 20 were injured … dozens of wounded" → 20–24: a "more than N" minimum whose range
 * another reading widens above it starts at N, the number the source states.
 */
function moreThanFloor(r: Range, own: readonly Mention[]): Range {
  const moreThan = own.find((m) => m.value.max === null && m.value.conservative === r.min - 1 && m.value.min === r.min);
  return moreThan ? { ...r, min: moreThan.value.conservative } : r;
}

/**
 * "At least nine were killed … a man had also been killed, but this has not been corroborated"
 * → 9–10; "at least one … a source claimed “a number” of people had been killed, not reported
 * elsewhere" → 1–2. Airwars counts what one source alone claims in the top of its range only:
 * people beyond those counted (`additional`) add to the top (a vague "other deaths" at least one
 * more), another count of them raises the top to it. The minimum stays. Combatants are left out.
 */
function raiseTops(r: Consolidated, doubted: readonly Mention[]): Consolidated {
  const out: Consolidated = { civilians: { ...r.civilians }, combatants: r.combatants, total: { ...r.total } };
  for (const { value: v } of doubted) {
    if ((v.kind !== 'killed' && v.kind !== 'injured') || v.group === 'combatants' || v.subsetOf !== undefined) continue;
    for (const part of ['civilians', 'total'] as const) {
      const cur = out[part][v.kind];
      if (cur.max === null) continue;
      const max = v.additional ? cur.max + (v.stated ? v.min : 1) : Math.max(cur.max, v.max ?? v.min);
      out[part][v.kind] = { ...cur, max };
    }
  }
  return out;
}

/**
 * A vague word ("dozens of martyrs", "many dead") beside figures stated in numbers: the stated
 * figures give the range; the vague one only raises the top of a stated lower bound ("at least
 * five … dozens of martyrs" → 5–24, the way Airwars reads dozens as up to 24), never a closed
 * range ("between seven and eight … many martyrs" → 7–8). With no stated figure, the vague
 * reading stands.
 */
function vagueWithin(exact: Range, all: Range, openLead: boolean): Range {
  if (exact.conservative === 0) return all;
  if (!openLead || all.max === null || exact.max === null || all.max <= exact.max) return exact;
  return { ...exact, max: all.max };
}

/** The mentions of one harm and group that count on their own: no parts, no revised figures, "up to" raised. */
function counted(mentions: readonly Mention[], kind: 'killed' | 'injured', group: CasualtyValue['group']): Mention[] {
  const sameKind = mentions.filter((m) => m.value.kind === kind);
  return sameKind.filter((m, j) => m.value.group === group && !readsPart(sameKind, j)
    && m.value.subsetOf === undefined && m.value.supersededBy === undefined).map((m) => raiseUpTo(m, sameKind));
}

/**
 * "Seven were killed, including six children, while other reports identified five children": an
 * alternative reading no larger than a part named between it and the whole (in reading order,
 * same sentence) reads that part, so it is a part too, not another reading of the whole.
 */
function readsPart(sameKind: readonly Mention[], j: number): boolean {
  const v = sameKind[j].value;
  if (!v.alternative || v.max === null) return false;
  for (let k = j - 1; k >= 0 && sameKind[k].sentence === sameKind[j].sentence; k--) {
    const p = sameKind[k].value;
    if (p.subsetOf === undefined) return false;
    if (!p.individual && v.max <= (p.max ?? p.min)) return true;
  }
  return false;
}

function consolidateMentions(mentions: Mention[]): Consolidated {
  const pick = (kind: 'killed' | 'injured', group: CasualtyValue['group']) => groupRange(counted(mentions, kind, group));
  const out = { civilians: {} as HarmRanges, combatants: {} as HarmRanges, total: {} as HarmRanges };
  for (const kind of ['killed', 'injured'] as const) {
    const civ = pick(kind, 'civilians');
    const com = pick(kind, 'combatants');
    const unk = pick(kind, 'unknown');
    const known = addRanges(civ, com);
    // An unknown-group figure at least as large as the known groups is taken to include them;
    // a smaller one is taken to be among them ("three soldiers … two people": 3, not 5).
    // When the unknown figure falls inside the civilians' closed range they are two readings of
    // the same people ("between 40 and 48 civilians" … "at least 44 people"): the range spans
    // both readings, with the larger figure as the conservative one. An open or smaller
    // civilian figure ("several children were among the 19 dead") is a part, not the range.
    const larger = largerRange(unk, known);
    const total = unk.conservative < known.conservative ? known
      : known.max !== null && known.min <= unk.conservative && unk.conservative <= known.max
        ? spanBoth(known, unk, larger.conservative, statedFloor(counted(mentions, kind, 'unknown'))) : larger;
    out.total[kind] = total;
    out.combatants[kind] = com;
    // Airwars' convention: people are presumed civilians unless a source links them to an armed
    // group, so those of unknown status beyond the combatants count as civilians.
    const civilians = total === known ? civ : largerRange(civ, subtractRange(total, com));
    out.civilians[kind] = com.conservative === 0 ? withLead(civilians, leadFigure(mentions, kind), disputedFloor(mentions, kind)) : civilians;
  }
  return out;
}

/**
 * The event's lead minimum for people not shown to be combatants: the first sentence with a
 * figure of that harm, when all it states is a lower bound in numbers ("at least 10 members of
 * the family"), with no named person beside it. Null otherwise: a closed lead ("four
 * fatalities … eleven civilians") may count only some of the victims.
 */
function leadFigure(mentions: readonly Mention[], kind: 'killed' | 'injured'): Range | null {
  const counted = mentions.filter((m) => m.value.kind === kind && m.value.group !== 'combatants'
    && m.value.subsetOf === undefined && m.value.supersededBy === undefined);
  const first = Math.min(...counted.map((m) => m.sentence));
  const own = counted.filter((m) => m.sentence === first);
  const lowerBound = own.length > 0 && own.every((m) => m.value.stated && !m.value.individual && !m.value.upTo && m.value.max === null);
  return lowerBound ? sentenceSums(own)[0].sum : null;
}

/**
 * "One account identified 24 dead, while another reported more than 30": the lowest whole count
 * (in numbers, not a part, a named person or a revised figure) of a sentence where sources' counts
 * are set against each other (one of them `alternative`). Such a count is a source's reading of
 * all the victims, not a part counted later, so the range's minimum may rest on it. Infinity with none.
 */
function disputedFloor(mentions: readonly Mention[], kind: 'killed' | 'injured'): number {
  const own = mentions.filter((m) => m.value.kind === kind && m.value.group !== 'combatants');
  const disputed = new Set(own.filter((m) => m.value.alternative).map((m) => m.sentence));
  let floor = Infinity;
  for (const m of own) {
    const v = m.value;
    if (!disputed.has(m.sentence) || !v.stated || v.individual || v.additional || v.subsetOf !== undefined || v.supersededBy !== undefined || v.upTo) continue;
    floor = Math.min(floor, v.min);
  }
  return floor;
}

/**
 * "At least 10 members of the family were killed … twelve people had been killed": a lead
 * lower bound and a later, larger figure of another group (civilians, then people of unknown
 * status) are two readings of the same victims, so the stated minimum stays (10–12), as a lead
 * figure does within one group (see {@link widen}).
 */
function withLead(r: Range, lead: Range | null, disputed: number): Range {
  if (!lead || r.max === null) return r;
  // "At least six civilians were killed … four members of one family … seven people": the lead
  // states six at least, so a part counted later does not lower the minimum below it — unless
  // a source's count set against another's states fewer (see {@link disputedFloor}).
  if (lead.min > r.min) return lead.min <= r.max && disputed >= lead.min ? { ...r, min: lead.min } : r;
  if (lead.min >= r.min) return r;
  return { min: lead.min, max: Math.max(r.max, lead.max ?? lead.min), conservative: r.conservative };
}
