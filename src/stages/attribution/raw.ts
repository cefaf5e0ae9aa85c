import type { ClaimStance } from '../../report/types.js';
import type { Sent, Tok } from './tokens.js';
import type { NounPhrase } from './noun-phrase.js';

/** A claim as found in one sentence, before its source is named and its stance decided. */
export interface RawClaim {
  sent: Sent;
  /** Source noun phrase (token indices into `sent.toks`); `last` includes any apposition. */
  source: NounPhrase;
  /** The noun phrase a relative pronoun source stands for ("the official" for "who"). */
  antecedent?: NounPhrase;
  cue: { start: number; end: number };
  content: { start: number; end: number };
  /** The stance the cue gives on its own. */
  cueStance: ClaimStance;
  /** Which rule matched, for the trace and the confidence. */
  rule: 'subject-verb' | 'content-first' | 'inversion' | 'according-to' | 'colon-headline' | 'speaker-label' | 'dash-signature' | 'coordinated-subject' | 'nominal' | 'adjectival' | 'passive-agent' | 'survey-opening';
  confidence: number;
  /** The cue is a verb of the wider attribution family (`lexicon/attribution-verbs.ts`). */
  broad?: boolean;
}

/** A reporting verb with nobody saying it. */
export interface RawUnattributed {
  sent: Sent;
  cue: Tok;
}
