import type { CasualtyValue, EventType } from '../../report/types.js';
import { typeAffinity } from '../../lexicon/event-cues.js';
import { bestCue, type CueMention } from './mentions.js';
import { rangesOverlap } from './ranges.js';

/** An event being assembled from the sentences that mention it. */
export interface DraftEvent {
  sentences: number[];
  type: EventType;
  generic: boolean;
  /** Sentence whose cue gave the type (dates, places, actors are looked for there first). */
  anchor: number;
  /** The cue that gave the type, if any. */
  cue: CueMention | null;
  /** Every event word in the event's sentences. */
  cues: CueMention[];
  casualties: number[];
}

export interface SentenceMentions {
  sentence: number;
  cues: CueMention[];
  /** Indices into the report's casualty list. */
  casualties: number[];
}

/** How far back (in sentences) a definite reference or a bare casualty figure may reach. */
const REACH = 2;

/** A specific word ("air strike") names an event that so far had only a generic one ("explosion"). */
function adopt(event: DraftEvent, type: EventType, generic: boolean, sentence: number, cue: CueMention | null): void {
  const better = (event.generic && !generic) || (event.generic && event.cue === null && cue !== null);
  if (!better) return;
  event.type = type;
  event.generic = generic;
  event.anchor = sentence;
  event.cue = cue;
}

/** How many scene events (no one harmed) a sentence may look past for the event it continues. */
const SCENE_SKIP = 2;

/**
 * The event a sentence of type `type` may continue: the last one, or — past scene events in
 * between that harmed no one ("… after they fled Gaza City on Friday") — the last compatible one
 * before them. Undefined when there are no events.
 */
function continued(events: readonly DraftEvent[], type: EventType, casualties: readonly CasualtyValue[]): DraftEvent | undefined {
  const harmless = (e: DraftEvent) => e.casualties.every((i) => casualties[i].kind === 'displaced');
  for (let k = events.length - 1; k >= 0 && events.length - 1 - k <= SCENE_SKIP; k--) {
    if (typeAffinity(events[k].type, type) > 0) return events[k];
    if (!harmless(events[k]) || events[k].type === type) break;
  }
  return events[events.length - 1];
}

/**
 * First pass, in reading order: a sentence with an event word or a casualty figure either opens a
 * new event or continues the last one. It continues when it refers back ("the strike", "the
 * bombardment") or gives figures without naming a new event, within {@link REACH} sentences, and
 * its type is compatible; "a separate explosion" or "another strike" opens a new one.
 */
export function groupSentences(mentions: SentenceMentions[], casualties: CasualtyValue[]): DraftEvent[] {
  const events: DraftEvent[] = [];
  for (const m of mentions) {
    const harm = m.casualties.filter((i) => casualties[i].kind !== 'displaced');
    // "Many of those killed had fled there after being displaced from their homes": beside the
    // dead or wounded, a displacement word tells their story, not a new event.
    const best = bestCue(harm.length ? m.cues.filter((c) => c.cue.type !== 'Displacement') : m.cues);
    const displacedOnly = m.casualties.length > 0 && harm.length === 0;
    if (!best && m.casualties.length === 0) continue;
    let type: EventType = best ? best.cue.type : 'Attack';
    let generic = best ? best.cue.generic === true : true;
    if (displacedOnly) { type = 'Displacement'; generic = false; }
    const latest = events[events.length - 1];
    // "… referred to other deaths", "a man had also been killed": people beyond those counted
    // are beyond those of an event told before, however far back.
    const beyond = best === null && harm.length > 0 && harm.every((i) => casualties[i].additional);
    const near = latest !== undefined && (beyond || m.sentence - latest.sentences[latest.sentences.length - 1] <= REACH);
    const last = continued(events, type, casualties);
    const compatible = last !== undefined && typeAffinity(last.type, type) > 0;
    const refersBack = best === null || best.definite || (!best.indefinite && generic);
    // A tally ("scores were killed in air strikes this month") is not the one strike told before it.
    const tally = best !== null && best.plural && !(last?.cue?.plural ?? true);
    if (last && near && compatible && !tally && !(best?.indefinite) && (refersBack || last.type === type)) {
      last.sentences.push(m.sentence);
      last.casualties.push(...m.casualties);
      last.cues.push(...m.cues);
      adopt(last, type, generic, m.sentence, best);
    } else {
      events.push({ sentences: [m.sentence], type, generic, anchor: m.sentence, cue: best, cues: [...m.cues], casualties: [...m.casualties] });
    }
  }
  return events;
}

function absorb(target: DraftEvent, e: DraftEvent): void {
  target.sentences = [...new Set([...target.sentences, ...e.sentences])].sort((a, b) => a - b);
  target.casualties.push(...e.casualties);
  target.cues.push(...e.cues);
  if (target.generic && !e.generic) { target.type = e.type; target.generic = false; target.anchor = e.anchor; target.cue = e.cue; }
}

/** Told it a different event: "another strike", "a separate attack". */
const contrastive = (e: DraftEvent) => e.cue?.contrastive === true;

/**
 * Second pass, fragments: a mention with no figures ("Air strike on bakery in Mosul" as the
 * headline, "the coalition said it had carried out a strike in western Mosul on March 21") or
 * figures with no event word ("eleven bodies had been taken to the hospital") belongs to the
 * nearest compatible event that has figures, unless a place or a date tells them apart or the
 * text says it is another event. `bare` marks more fragments: events named by a harm verb alone in
 * sentences without a place or a date of their own.
 */
export function mergeFragments(
  events: DraftEvent[],
  distinct: (a: DraftEvent, b: DraftEvent) => boolean,
  bare: (e: DraftEvent) => boolean = () => false,
  casualties: readonly CasualtyValue[] = [],
): DraftEvent[] {
  let out = [...events];
  const fragment = (e: DraftEvent) => (e.casualties.length === 0 || e.cue === null || bare(e)) && !contrastive(e);
  for (const e of events) {
    if (!fragment(e) || !out.includes(e)) continue;
    const centre = e.sentences[0];
    const candidates = out.filter((o) => o !== e && o.casualties.length > 0 && o.cue !== null
      && typeAffinity(o.type, e.type) > 0 && !distinct(o, e) && !(e.cue?.plural && !o.cue?.plural));
    if (!candidates.length) continue;
    const dist = (o: DraftEvent) => Math.min(...o.sentences.map((s) => Math.abs(s - centre)));
    // "At least eight civilians were killed … [another man] was killed on 12 October in another
    // strike … outlets reported ten civilians dead": a figure that could count the same dead as
    // an event's goes with that event before a nearer one whose dead it cannot be.
    const fits = (o: DraftEvent) => (sameHarm(o, e, casualties, true) ? 0 : 1);
    const target = candidates.sort((a, b) => fits(a) - fits(b) || dist(a) - dist(b))[0];
    absorb(target, e);
    out = out.filter((o) => o !== e);
  }
  return out;
}

/**
 * Third pass, repeats: the same harm reported twice in one report ("an explosion thought to have
 * killed scores of civilians" … "a coalition strike … probably killed dozens of civilians") is
 * one event when the types are compatible and one of them is named only generically (or both the
 * same way), the death figures overlap, and nothing (place, date) tells them apart.
 */
export function mergeRepeats(
  events: DraftEvent[],
  casualties: CasualtyValue[],
  distinct: (a: DraftEvent, b: DraftEvent) => boolean,
): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const e of events) {
    const target = out.find((o) => sameHarm(o, e, casualties) && (o.generic || e.generic || o.type === e.type)
      && ((o.cue?.plural ?? false) === (e.cue?.plural ?? false) || sameHarm(o, e, casualties, true))
      && typeAffinity(o.type, e.type) > 0 && !distinct(o, e)) ?? referredTo(out, e, casualties, distinct);
    if (target) absorb(target, e);
    else out.push(e);
  }
  return out;
}

/**
 * "… an airstrike hit a residential building in Rafah, killing 26 … [paragraphs later] … 28
 * people had been killed by the Israeli bombing of a residential building in Rafah": a figure
 * told with a definite reference to one strike ("the bombing", "the strike"), too far back for
 * the first pass, is another count of the last event that harmed people, when nothing (type,
 * place, date) tells them apart. A plural ("the strikes") or contrastive word does not refer back.
 */
function referredTo(
  out: readonly DraftEvent[], e: DraftEvent, casualties: readonly CasualtyValue[],
  distinct: (a: DraftEvent, b: DraftEvent) => boolean,
): DraftEvent | undefined {
  const cue = e.cue;
  const harmed = (d: DraftEvent) => d.casualties.some((i) => casualties[i].kind === 'killed' || casualties[i].kind === 'injured');
  if (!cue || !cue.definite || cue.indefinite || cue.plural || cue.contrastive || !harmed(e)) return undefined;
  for (let k = out.length - 1; k >= 0; k--) {
    const o = out[k];
    if (!harmed(o)) continue;
    const fits = (o.generic || e.generic || o.type === e.type) && typeAffinity(o.type, e.type) > 0 && !o.cue?.plural;
    return fits && !distinct(o, e) ? o : undefined;
  }
  return undefined;
}

/**
 * Killed figures that could be the same people: same group (or one unknown) and overlapping (the
 * wounded, when neither event killed anyone).
 * `stated`: only figures written in numbers count — "an airstrike … killed between 65 and 73"
 * and "airstrikes hit the market, killing at least 69" are one strike told twice, while a vague
 * tally ("scores were killed in air strikes this month") is not matched this way.
 */
function sameHarm(a: DraftEvent, b: DraftEvent, casualties: readonly CasualtyValue[], stated = false): boolean {
  // Events that killed no one are compared by their wounded ("at least four firefighters were
  // injured … one post identified injuries to four firefighters").
  const anyKilled = (e: DraftEvent) => e.casualties.some((i) => casualties[i].kind === 'killed');
  const kind = anyKilled(a) || anyKilled(b) ? 'killed' : 'injured';
  const harmed = (e: DraftEvent) => e.casualties.map((i) => casualties[i]).filter((c) => c.kind === kind && (!stated || c.stated));
  const groupsFit = (x: CasualtyValue, y: CasualtyValue) => x.group === y.group || x.group === 'unknown' || y.group === 'unknown';
  const ys = harmed(b);
  return harmed(a).some((x) => ys.some((y) => groupsFit(x, y) && rangesOverlap(x, y)));
}
