import { EVENT_CUES, type EventCue } from '../../lexicon/event-cues.js';
import type { EventType } from '../../report/types.js';

/** An event word found in a sentence. */
export interface CueMention {
  start: number;
  end: number;
  cue: EventCue;
  /** "the strike", "this attack": refers back to an event already described. */
  definite: boolean;
  /** "a strike", "an explosion": introduced as new, though it may still be the one already told. */
  indefinite: boolean;
  /** "a separate explosion", "another strike": says outright that it is a different event. */
  contrastive: boolean;
  /** "air strikes", "attacks": a plural names many events, a tally, not one incident. */
  plural: boolean;
}

/**
 * Which type wins when one sentence names several: the most telling weapon first, generic words
 * last. "Suicide bomb" beats "explosion"; "air strike" beats "fighting".
 */
const PRIORITY: readonly EventType[] = [
  'Suicide bomb', 'Chemical weapon', 'Air/drone strike', 'Grenade', 'Remote explosive/landmine/IED',
  'Shelling/artillery/missile attack', 'Abduction/forced disappearance', 'Sexual violence', 'Attack', 'Arrests',
  'Looting/property destruction', 'Disrupted weapons use', 'Armed clash', 'Government regains territory',
  'Non-state actor overtakes territory', 'Agreement', 'Peaceful protest', 'Displacement',
];

const COMPILED = EVENT_CUES.map((cue) => ({ cue, re: new RegExp(`\\b(?:${cue.pattern})\\b`, 'gi') }));
const DEFINITE = /\b(?:the|this|that|same|these|those|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
const INDEFINITE = /\b(?:a|an|another|separate|second|new|further|other)\s+(?:[\w-]+\s+){0,2}$/i;
const PLURAL = /(?:strikes|raids|attacks|bombings|explosions|blasts|shelling attacks|clashes)$/i;
const CONTRASTIVE = /\b(?:another|separate|second|further|other|earlier|later)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * Event words in `text` (one sentence), longest match first at each position, with offsets
 * relative to `base`.
 *
 * @example
 * findCues('A drone strike hit the car.', 0)[0].cue.type; // 'Air/drone strike'
 */
export function findCues(text: string, base: number): CueMention[] {
  const found: CueMention[] = [];
  for (const { cue, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      found.push({ start: base + m.index, end: base + m.index + m[0].length, cue, definite: DEFINITE.test(before), indefinite: INDEFINITE.test(before), contrastive: CONTRASTIVE.test(before), plural: PLURAL.test(m[0]) });
    }
  }
  // Longest match wins where matches overlap; specific beats generic at equal length.
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || Number(a.cue.generic ?? false) - Number(b.cue.generic ?? false));
  const kept: CueMention[] = [];
  for (const f of found) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** The mention that decides a sentence's event type: specific before generic, then {@link PRIORITY}. */
export function bestCue(mentions: CueMention[]): CueMention | null {
  let best: CueMention | null = null;
  const rank = (m: CueMention) => (m.cue.generic ? 100 : 0) + PRIORITY.indexOf(m.cue.type);
  for (const m of mentions) if (!best || rank(m) < rank(best)) best = m;
  return best;
}

/** Specific before generic, then by {@link PRIORITY}: lower is more telling. */
export function typeRank(type: EventType, generic: boolean): number {
  const i = PRIORITY.indexOf(type);
  return (generic ? 100 : 0) + (i < 0 ? 50 : i);
}
