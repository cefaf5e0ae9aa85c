import type { ActorValue } from '../../report/types.js';
import { tokenize, units, type Tok, type Unit } from './tokens.js';

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** One sentence as the actor recognisers see it. */
export interface SentenceView {
  index: number;
  toks: Tok[];
  units: Unit[];
  /** Unit index holding each token. */
  unitOf: number[];
  /** The sentence is written in capitals (a shouted headline): acronyms that are also words
   * ("IS", "US", "WHO") cannot be told apart there, and every word looks like a name. */
  caps: boolean;
  /** wink's part of speech for the token starting at the same offset, when there is one. */
  pos(tok: number): string | undefined;
  /** True when a place span of the places stage covers the token. */
  isPlace(tok: number): boolean;
}

/** A recognised actor mention before overlaps are resolved. */
export interface Candidate {
  sentence: number;
  /** Token range in the sentence: `from` inclusive, `to` exclusive. */
  from: number;
  to: number;
  /** Lower wins a tie between equally long candidates: lexicon 0, title 1, name 2, group 3, country 4. */
  rank: number;
  confidence: number;
  value: ActorValue;
  /** For a person: the name as written, without its title ("Stephen Townsend"). */
  personName?: string;
  /** A bare name that may teach the report its other mentions ("Karim said" → later "Karim"). */
  teaches?: boolean;
  /** A person named by office alone ("the Foreign Secretary"). */
  titleOnly?: boolean;
}

/**
 * Build the view of one sentence.
 *
 * @example
 * const view = sentenceView({ text, index: 0, start: 0, end: text.length, pos: new Map(), places: [] });
 */
export function sentenceView(opts: {
  text: string;
  index: number;
  start: number;
  end: number;
  /** wink part of speech by token start offset. */
  pos: ReadonlyMap<number, string>;
  /** Character ranges of place spans. */
  places: readonly { start: number; end: number }[];
}): SentenceView {
  const toks = tokenize(opts.text, opts.start, opts.end);
  const us = units(toks);
  const unitOf: number[] = new Array(toks.length);
  us.forEach((u, k) => {
    for (let i = u.from; i < u.to; i++) unitOf[i] = k;
  });
  let letters = 0;
  let upper = 0;
  for (const t of toks) {
    if (!t.word || t.text.length < 3) continue;
    if (LOWER.test(t.text)) letters++;
    else if (UPPER.test(t.text)) {
      letters++;
      upper++;
    }
  }
  const places = opts.places.length ? opts.places.filter((p) => p.end > opts.start && p.start < opts.end) : [];
  return {
    index: opts.index,
    toks,
    units: us,
    unitOf,
    caps: letters >= 3 && upper / letters > 0.6,
    pos: (i) => opts.pos.get(toks[i]?.start ?? -1),
    isPlace: (i) => {
      if (places.length === 0) return false;
      const t = toks[i];
      return t !== undefined && places.some((p) => p.start < t.end && t.start < p.end);
    },
  };
}
