import { NOMINALS } from '../../lexicon/mentions.js';
import { EXISTENTIAL_NEXT, SITE_ADVERBS, SITE_HEADS } from '../../lexicon/sites.js';
import type { ActorKind } from '../../report/types.js';
import { antecedent, type Named } from './antecedent.js';
import { endsPhrase, phraseStart, type MTok } from './phrase.js';
import type { MentionCandidate } from './pronouns.js';

const KIND = new Map<string, ActorKind>();
for (const row of NOMINALS) for (const h of row.heads) KIND.set(h, row.kind);

const NOUNISH = new Set(['NOUN', 'PROPN']);

/** The head at token `i`: a one-word head or a two-word one ending there ("task force"). */
function headAt(toks: readonly MTok[], i: number, table: (w: string) => boolean): { from: number; word: string } | null {
  const prev = toks[i - 1];
  if (prev && table(`${prev.norm} ${toks[i].norm}`)) return { from: i - 1, word: `${prev.norm} ${toks[i].norm}` };
  return table(toks[i].norm) ? { from: i, word: toks[i].norm } : null;
}

/**
 * Common-noun phrases that mention actors ("the militants", "Iraqi security forces", "a
 * spokesman") and sites ("the hospital", "ISIL-held buildings"), and the adverbs "here" and
 * "there" (not "there were"). The head must be a noun ending its phrase; the phrase runs back
 * over its modifiers to a determiner. A person mention is linked to the last person named within
 * a few sentences when the phrase is definite ("the commander"); a site to the last place.
 *
 * @example
 * nominalMentions(toks, 0, { actors, places }).map((m) => m.value.head); // ['militants', 'hospital']
 */
export function nominalMentions(toks: readonly MTok[], sentence: number, named: { actors: readonly Named[]; places: readonly Named[] }): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (SITE_ADVERBS.has(t.norm) && (t.pos === 'ADV' || t.pos === 'PRON')) {
      if (t.norm === 'there' && EXISTENTIAL_NEXT.has(toks[i + 1]?.norm ?? '')) continue;
      out.push({ start: t.start, end: t.end, sentence, confidence: 0.4, value: { of: 'place', kind: 'site', via: 'site', head: t.norm, antecedent: null } });
      continue;
    }
    if (!NOUNISH.has(t.pos) || !endsPhrase(toks, i)) continue;
    const actor = headAt(toks, i, (w) => KIND.has(w));
    const site = actor ? null : headAt(toks, i, (w) => SITE_HEADS.has(w));
    const head = actor ?? site;
    if (!head) continue;
    const from = phraseStart(toks, head.from);
    const definite = toks[from].norm === 'the' || toks[from].norm === 'this' || toks[from].norm === 'that';
    const kind = actor ? KIND.get(head.word)! : 'site';
    const fits = (n: Named) => site !== null || n.person === (kind === 'person');
    const ante = definite ? antecedent(site ? named.places : named.actors, { at: toks[from].start, sentence, fits }) : null;
    out.push({
      start: toks[from].start, end: t.end, sentence, confidence: 0.5,
      value: { of: site ? 'place' : 'actor', kind, via: site ? 'site' : 'nominal', head: head.word, antecedent: ante },
    });
  }
  return out;
}
