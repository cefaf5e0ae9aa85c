import type { Candidate, SentenceView } from './context.js';

const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;

/**
 * Acronyms a report defines for an organisation it names: "the Kite Valley Recovery Fund
 * (KVRF)". Returns the acronym → the organisation's candidate, from candidates already chosen.
 *
 * @example
 * definedAcronyms(chosen, views).get('KVRF')?.value.name; // 'Kite Valley Recovery Fund'
 */
export function definedAcronyms(chosen: readonly Candidate[], views: readonly SentenceView[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const c of chosen) {
    if (c.value.kind === 'person') continue;
    const toks = views[c.sentence].toks;
    if (toks[c.to]?.key !== '(' || toks[c.to + 2]?.key !== ')') continue;
    const a = toks[c.to + 1].text;
    if (ACRONYM.test(a) && !out.has(a)) out.set(a, c);
  }
  return out;
}

/**
 * Later (and earlier) uses of defined acronyms, as the organisation they stand for.
 * `taken` says whether a token is already in a span.
 *
 * @example
 * acronymMentions(view, definedAcronyms(chosen, views), () => false);
 */
export function acronymMentions(view: SentenceView, defined: ReadonlyMap<string, Candidate>, taken: (tok: number) => boolean): Candidate[] {
  if (defined.size === 0) return [];
  const out: Candidate[] = [];
  view.toks.forEach((t, i) => {
    const org = defined.get(t.text);
    if (!org || taken(i)) return;
    out.push({ sentence: view.index, from: i, to: i + 1, rank: 0, confidence: org.confidence, value: { ...org.value } });
  });
  return out;
}
