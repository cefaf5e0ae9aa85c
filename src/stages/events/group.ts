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

/**
 * First pass, in reading order: a sentence with an event word or a casualty figure either opens a
 * new event or continues the last one. It continues when it refers back ("the strike", "the
 * bombardment") or gives figures without naming a new event, within {@link REACH} sentences, and
 * its type is compatible; "a separate explosion" or "another strike" opens a new one.
 */
export function groupSentences(mentions: SentenceMentions[], casualties: CasualtyValue[]): DraftEvent[] {
  const events: DraftEvent[] = [];
  for (const m of mentions) {
    const best = bestCue(m.cues);
    const harm = m.casualties.filter((i) => casualties[i].kind !== 'displaced');
    const displacedOnly = m.casualties.length > 0 && harm.length === 0;
    if (!best && m.casualties.length === 0) continue;
    let type: EventType = best ? best.cue.type : 'Attack';
    let generic = best ? best.cue.generic === true : true;
    if (displacedOnly && (!best || typeAffinity(type, 'Air/drone strike') === 0)) { type = 'Displacement'; generic = false; }
    const last = events[events.length - 1];
    const near = last !== undefined && m.sentence - last.sentences[last.sentences.length - 1] <= REACH;
    const compatible = last !== undefined && typeAffinity(last.type, type) > 0;
    const refersBack = best === null || best.definite || (!best.indefinite && generic);
    if (last && near && compatible && !(best?.indefinite) && (refersBack || last.type === type)) {
      last.sentences.push(m.sentence);
      last.casualties.push(...m.casualties);
      adopt(last, type, generic, m.sentence, best);
    } else {
      events.push({ sentences: [m.sentence], type, generic, anchor: m.sentence, cue: best, casualties: [...m.casualties] });
    }
  }
  return events;
}

/**
 * Second pass: the same harm reported twice in one report ("an explosion thought to have killed
 * scores of civilians" … "a coalition strike … probably killed dozens of civilians") is one event
 * when one of the two is named only generically, the types are compatible, the civilian death
 * figures overlap, and nothing (place, date) tells them apart.
 */
export function mergeRepeats(
  events: DraftEvent[],
  casualties: CasualtyValue[],
  distinct: (a: DraftEvent, b: DraftEvent) => boolean,
): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const e of events) {
    const target = out.find((o) => sameHarm(o, e, casualties) && (o.generic || e.generic) && typeAffinity(o.type, e.type) > 0 && !distinct(o, e));
    if (!target) { out.push(e); continue; }
    target.sentences = [...new Set([...target.sentences, ...e.sentences])].sort((a, b) => a - b);
    target.casualties.push(...e.casualties);
    if (target.generic && !e.generic) { target.type = e.type; target.generic = false; target.anchor = e.anchor; target.cue = e.cue; }
  }
  return out;
}

function sameHarm(a: DraftEvent, b: DraftEvent, casualties: CasualtyValue[]): boolean {
  const civKilled = (e: DraftEvent) => e.casualties.map((i) => casualties[i]).filter((c) => c.kind === 'killed' && c.group === 'civilians');
  const xs = civKilled(a);
  const ys = civKilled(b);
  return xs.some((x) => ys.some((y) => rangesOverlap(x, y)));
}
