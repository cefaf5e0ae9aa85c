import { PLACE_ANAPHORS } from '../../lexicon/place-anaphora.js';
import type { Resolved } from './resolve.js';

/** A definite place noun and the named place it refers back to. */
export interface PlaceAnaphor {
  start: number;
  end: number;
  noun: string;
  antecedent: Resolved;
}

const PATTERN = /\b(?:the|this|that)\s+(\p{Ll}+)\b/giu;
/** How far back (characters) the named place may be. */
const REACH = 800;

/**
 * Definite place nouns that refer back to the nearest place named before them within a few
 * sentences: "Shelling hit Kafr Nabl; the town has no hospital" → "the town" is Kafr Nabl. Not
 * when a name follows ("the city of Mosul" is the name's own span) or nothing fitting came before.
 * One regular expression pass over the text.
 *
 * @example
 * placeAnaphors(text, resolved).map((a) => a.antecedent.option.name); // ['Kafr Nabl']
 */
export function placeAnaphors(text: string, resolved: readonly Resolved[]): PlaceAnaphor[] {
  if (resolved.length === 0) return [];
  const sorted = [...resolved].sort((a, b) => a.candidate.start - b.candidate.start);
  const out: PlaceAnaphor[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const noun = m[1].toLowerCase();
    const rule = PLACE_ANAPHORS.get(noun);
    if (!rule) continue;
    const end = m.index + m[0].length;
    if (/^\s+of\s/u.test(text.slice(end, end + 4)) || /^\s*\p{Lu}/u.test(text.slice(end, end + 2))) continue;
    let antecedent: Resolved | undefined;
    for (const r of sorted) {
      if (r.candidate.end > m.index) break;
      if (m.index - r.candidate.end > REACH) continue;
      if (rule.takes ? rule.takes.includes(r.precision) : r.precision !== 'country') antecedent = r;
    }
    if (antecedent) out.push({ start: m.index, end, noun, antecedent });
  }
  return out;
}
