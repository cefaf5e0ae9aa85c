import type { Stage } from '../pipeline/stage.js';
import { makeSpan, spansOf } from '../report/report.js';
import type { ActorValue, DateValue, EventType, EventValue, PlacePrecision, PlaceValue, Report, Span } from '../report/types.js';
import { distanceKm } from '../geo/distance.js';
import { bestPlace, placeRank } from './places/best.js';
import { findCues } from './events/mentions.js';
import { isExplosive, typeAffinity } from '../lexicon/event-cues.js';
import { doerBefore } from '../lexicon/event-doers.js';
import { findActor, type ActorRow } from '../lexicon/actors.js';
import { groupSentences, mergeFragments, mergeRepeats, type DraftEvent, type SentenceMentions } from './events/group.js';
import { consolidate } from './events/ranges.js';
import { markLoneAllegations, markRisenTolls, markRivalCounts, markSourceReadings } from './events/sources.js';
import { findExclusions, leftOutAt, withExclusions } from './events/exclusions.js';
import { statedRanges, withStatedRanges } from './events/stated-ranges.js';

const PLACE_RANK: Record<PlacePrecision, number> = { point: 0, district: 1, city: 2, region: 3, country: 4 };
const DATE_RANK: Record<DateValue['precision'], number> = { day: 0, week: 1, month: 2, year: 3 };
/**
 * Two places that cannot be the scene of one event: two named neighbourhoods or points more than
 * 1 km apart, or anything more than 15 km apart when one is a whole city ("al-Jadida" lies within
 * "Mosul"; "Zanjili" and "Rifai" are two neighbourhoods).
 */
function placesApart(a: PlaceValue, b: PlaceValue): boolean {
  if (PLACE_RANK[a.precision] > 2 || PLACE_RANK[b.precision] > 2) return false;
  const km = distanceKm(a, b);
  const fine = PLACE_RANK[a.precision] <= 1 && PLACE_RANK[b.precision] <= 1;
  return a.name !== b.name && km > (fine ? 1 : 15);
}

/** After a date: a source of at most five words and a reporting verb ("…, 2023 Shehab Agency reported"). */
const REPORT_DATE = /^[\s,]*(?:[\w@'’.-]+\s+){1,5}(?:reported|said|stated|announced|posted|published|tweeted|wrote|confirmed|added)\b/i;
/** Before a date: a reporting verb, alone or "on the incident" ("Wafa reported on 12 October that …"). */
const REPORTED_ON = /\b(?:reported|said|stated|announced|posted|published|tweeted|wrote|confirmed|added|released)\s+(?:on\s+(?:the|this)\s+(?:incident|strike|attack|bombing)\s+)?(?:on\s+|in\s+)?$/i;
/** After a date: the post, statement or article it dates ("a November 3 video post from …"). */
const POST_DATE = /^[\s,]*(?:(?:video|facebook|instagram|twitter|telegram|news|press)\s+)?(?:post|tweet|statement|article|report|broadcast|update|obituary)s?\b/i;

/** How many sentences before an event a date may stand and still set its scene (see `ownDateOf`). */
const SCENE_REACH = 2;

const ARMED = new Set<ActorValue['kind']>(['armed-group', 'state-forces', 'coalition']);

/** Sentences of an event, the anchor (the one that named its type) first, then in reading order. */
function anchorFirst(e: DraftEvent): number[] {
  return [e.anchor, ...e.sentences.filter((s) => s !== e.anchor)];
}

/**
 * The doer named by an adjective before one of the event's words ("an alleged Israeli airstrike"),
 * when no armed actor is named. "military" and "army" name Myanmar's military only in reports
 * about Myanmar (their actors row's theatre).
 */
function doerOf(text: string, e: DraftEvent): ActorRow | null {
  for (const c of [e.cue, ...e.cues]) {
    if (!c || typeAffinity(c.cue.type, e.type) === 0) continue;
    const key = doerBefore(text.slice(Math.max(0, c.start - 40), c.start));
    const row = key ? findActor(key) : undefined;
    if (!row) continue;
    if (row.key === 'mm-military' && !/\bMyanmar|Burma|junta|Tatmadaw\b/.test(text)) continue;
    return row;
  }
  return null;
}

/** The specific explosive-weapon type the report's event words name most often, if any. */
function dominantWeapon(mentions: SentenceMentions[]): EventType | null {
  const counts = new Map<EventType, number>();
  for (const m of mentions) {
    for (const c of m.cues) {
      if (c.cue.generic || !isExplosive(c.cue.type)) continue;
      counts.set(c.cue.type, (counts.get(c.cue.type) ?? 0) + 1);
    }
  }
  let best: EventType | null = null;
  for (const [t, n] of counts) if (best === null || n > counts.get(best)!) best = t;
  return best;
}

/** How far an actor may stand from an event word, outside the anchor sentence, to be its doer. */
const NEAR_CUE = 80;

/**
 * The armed actor nearest to one of the event's words ("coalition strike", "the Myanmar military
 * fired"): in the anchor sentence any armed actor may be the doer; in the event's other sentences
 * only one within {@link NEAR_CUE} characters of an event word, so that "fighting between Iraqi
 * forces and Islamic State" in a background sentence does not name the striker.
 */
/** Words right before an actor that name it as the one who did it: "blamed Islamic State", "accused the army of". */
const BLAMED = /\b(?:blamed|blaming|blames|accused|accusing|accuses|attributed (?:it|the (?:strike|attack|shelling)) to)\s+(?:the\s+)?$/i;

function perpetratorOf<T extends { start: number; end: number; sentence: number }>(e: DraftEvent, actors: T[], text = ''): T | null {
  // "… said killed four civilians. He blamed Islamic State fighters": a source naming who did it,
  // in the event's sentences or between them or right after, outranks any nearness.
  const from = Math.min(...e.sentences);
  const to = Math.max(...e.sentences) + 1;
  const blamed = actors.find((a) => a.sentence >= from && a.sentence <= to && BLAMED.test(text.slice(Math.max(0, a.start - 30), a.start)));
  if (blamed) return blamed;
  let best: T | null = null;
  let bestScore = Infinity;
  for (const a of actors) {
    if (!e.sentences.includes(a.sentence)) continue;
    const cues = e.cues.filter((c) => typeAffinity(c.cue.type, e.type) > 0 && a.start < c.end + 400 && c.start < a.end + 400);
    const d = Math.min(Infinity, ...cues.map((c) => (a.end <= c.start ? c.start - a.end : a.start >= c.end ? a.start - c.end + 10 : 0)));
    const score = a.sentence === e.anchor ? d : d <= NEAR_CUE ? d + 200 : Infinity;
    if (score < bestScore) { best = a; bestScore = score; }
  }
  return best;
}

/**
 * Pick a span for the event: look in the anchor sentence first, then the event's other sentences,
 * then the nearest earlier sentence that has one (a report's opening "On 2 January 2021, in X
 * village …" sets the scene for what follows). Within a sentence, `better` breaks ties.
 */
function pickFor<T extends { start: number; end: number; sentence: number }>(
  e: DraftEvent, items: T[], better: (a: T, b: T) => number,
): T | null {
  for (const s of anchorFirst(e)) {
    const here = items.filter((x) => x.sentence === s).sort(better);
    if (here.length) return here[0];
  }
  const first = Math.min(...e.sentences);
  const before = items.filter((x) => x.sentence < first);
  if (!before.length) return null;
  const nearest = Math.max(...before.map((x) => x.sentence));
  return before.filter((x) => x.sentence === nearest).sort(better)[0];
}

/**
 * Per report, the events it describes: each with an ACLED sub-event type, date, place,
 * perpetrator, target, its casualty mentions consolidated into ranges, and the claims that report
 * it. Sentences are grouped by event words ("air strike", "the bombardment") and casualty
 * figures; see `events/group.ts` for when a sentence continues an event or opens a new one.
 */
export const events: Stage = {
  name: 'events',
  requires: ['sentence', 'token', 'date', 'place', 'actor', 'casualty', 'claim'],
  assigns: ['event'],
  run(report: Report, ctx) {
    const sentences = spansOf(report, 'sentence');
    const start = new Map(sentences.map((s) => [s.value.index, s.start]));
    const sentenceOf = (offset: number) => {
      for (const s of sentences) if (offset >= s.start && offset < s.end) return s.value.index;
      return -1;
    };
    const casualties = spansOf(report, 'casualty');
    const claims = spansOf(report, 'claim');
    const places = spansOf(report, 'place').map((s, i) => ({ ...s, i, sentence: sentenceOf(s.start) }));
    const dates = spansOf(report, 'date').filter((d) => d.value.from !== null).map((s) => ({ ...s, sentence: sentenceOf(s.start) }));
    const actors = spansOf(report, 'actor').map((s) => ({ ...s, sentence: sentenceOf(s.start) }));

    const mentions: SentenceMentions[] = sentences.map((s) => ({
      sentence: s.value.index,
      cues: findCues(s.text, s.start),
      casualties: casualties.map((c, i) => (c.value.sentence === s.value.index ? i : -1)).filter((i) => i >= 0),
    }));
    const values = casualties.map((c) => c.value);
    const drafts = groupSentences(mentions, values);

    // Places in the report's main country (the one its places name most), most precise first.
    const main = bestPlace(spansOf(report, 'place'))?.value.country;
    const local = places.filter((p) => p.value.country === main);
    // Every place the event's sentences (and the scene-setting sentence before them) name
    // competes; the most precise wins, the anchor sentence's on ties.
    const placeOf = (e: DraftEvent) => {
      const first = Math.min(...e.sentences);
      const scene = Math.max(-1, ...local.filter((p) => p.sentence < first).map((p) => p.sentence));
      const pool = local.filter((p) => e.sentences.includes(p.sentence) || p.sentence === scene);
      return pool.sort((a, b) => placeRank(a) - placeRank(b) || Number(b.sentence === e.anchor) - Number(a.sentence === e.anchor) || a.start - b.start)[0] ?? null;
    };
    // The most precise date, a stated one before an inferred one, and among equals the one
    // nearest an event word of the event's type: "killed on Monday
    // … the bodies were buried on Wednesday" dates the strike, not the burial.
    const nearCue = (e: DraftEvent, d: { start: number; end: number }) =>
      Math.min(Infinity, ...e.cues.filter((c) => typeAffinity(c.cue.type, e.type) > 0)
        .map((c) => (d.end <= c.start ? c.start - d.end : Math.max(0, d.start - c.end))));
    const dateOf = (e: DraftEvent) => pickFor(e, dates, (a, b) =>
      DATE_RANK[a.value.precision] - DATE_RANK[b.value.precision] || Number(b.value.stated) - Number(a.value.stated)
      || nearCue(e, a) - nearCue(e, b) || a.start - b.start);
    // "His sister and her children were killed, along with a neighbour": a harm verb alone, in
    // sentences that name no place and no date, tells of the event around it, not a new one;
    // the date and place it would borrow from the sentences before are not its own.
    // "On October 11, Shehab Agency reported that two more bodies were recovered": a date right
    // before a source and its reporting verb dates the report, so it cannot tell two events apart.
    // So does a date right after a reporting verb ("Al-Quds News reported on October 12th that …")
    // or before the post it dates ("a November 3 video post").
    const telling = dates.filter((d) => !REPORT_DATE.test(report.text.slice(d.end, d.end + 80))
      && !REPORTED_ON.test(report.text.slice(Math.max(0, d.start - 60), d.start)) && !POST_DATE.test(report.text.slice(d.end, d.end + 40)));
    const eventDateOf = (e: DraftEvent, pool = telling) => pickFor(e, pool, (a, b) =>
      DATE_RANK[a.value.precision] - DATE_RANK[b.value.precision] || Number(b.value.stated) - Number(a.value.stated)
      || nearCue(e, a) - nearCue(e, b) || a.start - b.start);
    const bare = (e: DraftEvent) => e.generic && e.casualties.length > 0
      && !dates.some((d) => e.sentences.includes(d.sentence)) && !local.some((p) => e.sentences.includes(p.sentence));
    // A date that tells two events apart is the event's own or a scene-setting one; the date of
    // a sentence that tells another event ("He was killed on 12 October in an earlier strike")
    // does not date the figures after it.
    // A scene-setting date stands at most {@link SCENE_REACH} sentences before the event: "… having
    // seen her for the last time in January" paragraphs earlier is a life story, not the scene.
    const claimed = new Set(drafts.flatMap((d) => d.sentences));
    const ownDateOf = (e: DraftEvent) => {
      const first = Math.min(...e.sentences);
      return eventDateOf(e, telling.filter((d) => e.sentences.includes(d.sentence)
        || (!claimed.has(d.sentence) && d.sentence < first && first - d.sentence <= SCENE_REACH)));
    };
    const distinct = (a: DraftEvent, b: DraftEvent) => {
      const pa = placeOf(a);
      const pb = placeOf(b);
      // A bare figure ("eleven bodies were taken to the hospital in X") elaborates the event
      // before it: where it was counted is not where it happened.
      const fragment = a.cue === null || b.cue === null;
      if (!fragment && pa && pb && placesApart(pa.value, pb.value)) return true;
      if (bare(a) || bare(b)) return false;
      const da = ownDateOf(a);
      const db = ownDateOf(b);
      return !!(da && db && da.value.stated && db.value.stated && (da.value.to! < db.value.from! || db.value.to! < da.value.from!));
    };
    const merged = mergeRepeats(mergeFragments(drafts, distinct, bare, values), values, distinct);
    // An event named only generically ("the attack", "the house was bombed") takes the weapon
    // the report names most often elsewhere ("an Israeli airstrike … the attack"), if any.
    const weapon = dominantWeapon(mentions);
    for (const e of merged) if (e.generic && weapon && typeAffinity(e.type, weapon) > 0) { e.type = weapon; }

    // "… 15 martyrs, … the hospital said, … 15 martyrs": the same words for the same figure twice
    // in one sentence are one reading repeated, not two groups of people to add up — unless a
    // place named between them tells them apart ("two children in Rafah and two children in …").
    const said = (i: number) => {
      const c = casualties[i];
      return `${c.value.sentence}|${c.value.kind}|${c.value.group}|${report.text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, ' ')}`;
    };
    const readings = (ids: readonly number[]) => {
      const seen = new Map<string, number>();
      return [...new Set(ids)].sort((a, b) => casualties[a].start - casualties[b].start).filter((i) => {
        const v = casualties[i].value;
        if (v.subsetOf !== undefined || v.individual || !v.stated) return true;
        const key = said(i);
        const before = seen.get(key);
        seen.set(key, i);
        return before === undefined || places.some((p) => p.start >= casualties[before].end && p.end <= casualties[i].start);
      });
    };

    // Counts another source reports beside an earlier one in the same sentence are its readings.
    // A toll said to have risen after an earlier count of the same harm revises it. More people
    // one source alone alleges beside another source's count are that source's claim.
    const placed = casualties.map((c, index) => ({ start: c.start, end: c.end, value: c.value, index }));
    const claimValues = claims.map((c) => c.value);
    const rivals = markRivalCounts(markLoneAllegations(markRisenTolls(markSourceReadings(placed, claimValues), report.text), claimValues, report.text), report.text);
    const read = rivals.figures;
    // "He has not been counted among the civilian dead": an exclusion belongs to the event of its
    // sentence, or, when no event claims its sentence, to the event with dead told last before it
    // (with none, the event told last before it). The same for a range the monitor says it coded
    // ("has used the range 12-24 for injuries"), with figures of that harm.
    const texts = sentences.map((s) => s.text);
    const indexed = <T extends { sentence: number }>(xs: T[]) => xs.map((x) => ({ ...x, sentence: sentences[x.sentence].value.index }));
    const exclusions = indexed(findExclusions(texts));
    const coded = indexed(statedRanges(texts));
    const harmed = (kind: 'killed' | 'injured') => merged.filter((e) => e.casualties.some((i) => casualties[i].value.kind === kind));
    const withHarm = { killed: harmed('killed'), injured: harmed('injured') };
    const ownerOf = (sentence: number, kind: 'killed' | 'injured'): DraftEvent | null => {
      const here = merged.find((e) => e.sentences.includes(sentence));
      if (here) return here;
      const lastBefore = (pool: readonly DraftEvent[]) => {
        let last: DraftEvent | null = null;
        let at = -1;
        for (const o of pool) for (const s of o.sentences) if (s < sentence && s > at) { at = s; last = o; }
        return last;
      };
      return lastBefore(withHarm[kind]) ?? lastBefore(merged);
    };
    // "… 10 bodies under the rubble. Airwars has not yet included these individuals in the casualty
    // range": the figures of the sentence referred back to (the nearest before, at most two back,
    // with figures) count in no range.
    const leftOut = new Set<number>();
    for (const at of leftOutAt(texts)) {
      const cue = sentences[at].value.index;
      const before = casualties.filter((c) => c.value.sentence < cue && c.value.sentence >= cue - 2).map((c) => c.value.sentence);
      const referred = before.length ? Math.max(...before) : -1;
      casualties.forEach((c, i) => { if (c.value.sentence === referred) leftOut.add(i); });
    }
    // (each exclusion's and coded range's event, worked out once)
    const exclusionOwner = exclusions.map((x) => ownerOf(x.sentence, 'killed'));
    const codedOwner = coded.map((x) => ownerOf(x.sentence, x.kind));
    const spans: Span[] = [];
    for (const e of merged) {
      const inEvent = (s: { start: number; end: number }) => e.casualties.some((i) => casualties[i].start <= s.start && s.end <= casualties[i].end);
      // Air strikes come from states' air forces (and coalitions), not from the armed groups a
      // report mentions beside them ("fighting between Iraqi forces and Islamic State").
      const capable = (a: { value: ActorValue }) => e.type !== 'Air/drone strike' || a.value.kind !== 'armed-group';
      const perpetrator = perpetratorOf(e, actors.filter((a) => ARMED.has(a.value.kind) && capable(a) && !inEvent(a)), report.text);
      const victimActor = actors.find((a) => ARMED.has(a.value.kind) && inEvent(a) && a.value.name !== perpetrator?.value.name);
      const consolidated = consolidate(readings(e.casualties.filter((i) => !leftOut.has(i))).map((i) => ({ sentence: casualties[i].value.sentence, value: read[i].value, rival: rivals.rival[i] })));
      const ranges = withStatedRanges(withExclusions(consolidated, exclusions.filter((_, i) => exclusionOwner[i] === e)), coded.filter((_, i) => codedOwner[i] === e));
      const civilianHarm = ranges.civilians.killed.conservative + ranges.civilians.injured.conservative > 0;
      const place = placeOf(e);
      const date = dateOf(e);
      const value: EventValue = {
        type: e.type,
        sentences: [...e.sentences].sort((a, b) => a - b),
        date: date ? { from: date.value.from!, to: date.value.to! } : null,
        place: place ? place.i : null,
        perpetrator: perpetrator?.value.name ?? doerOf(report.text, e)?.name ?? null,
        target: civilianHarm ? 'civilians' : victimActor?.value.name ?? null,
        casualties: [...new Set(e.casualties)].sort((a, b) => a - b),
        claims: claims.map((c, i) => (e.sentences.includes(c.value.sentence) ? i : -1)).filter((i) => i >= 0),
        ...ranges,
      };
      const anchor = sentences.find((s) => s.value.index === e.anchor)!;
      ctx.trace(`${value.type} in sentences ${value.sentences.join(',')}: killed ${value.total.killed.conservative}`);
      spans.push(makeSpan(report, { start: anchor.start, end: anchor.end, label: 'event', value, stage: 'events', confidence: e.generic ? 0.5 : 0.8 }));
    }
    return { spans };
  },
};
