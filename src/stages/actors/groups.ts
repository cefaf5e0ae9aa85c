import { GROUP_HEADS, NAME_STOPWORDS } from '../../lexicon/actors-groups.js';
import type { Candidate, SentenceView } from './context.js';

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'al', 'el']);

function capWord(view: SentenceView, k: number): boolean {
  const u = view.units[k];
  return u !== undefined && u.cap && !NAME_STOPWORDS.has(u.text.toLowerCase());
}

/** Capitalised words and ordinals ("9th"; not bare numbers: "3 Ward Office") that can open a name. */
function modifier(view: SentenceView, k: number): boolean {
  if (capWord(view, k)) return true;
  const u = view.units[k];
  return u !== undefined && /^\d+(?:st|nd|rd|th)$/.test(u.text);
}

/**
 * Organisations the lexicon does not know, by their head noun: "the Hamza Brigade",
 * "Yaw Defense Force", "Army of Free Men", "Ministry of Water". Key null. A head needs a
 * capitalised modifier before it or an "of …" name after it; the head itself must be capitalised.
 *
 * @example
 * unknownGroups(view).map((c) => c.value.name); // ['Sultan Murad Brigade']
 */
export function unknownGroups(view: SentenceView): Candidate[] {
  if (view.caps) return [];
  const out: Candidate[] = [];
  const us = view.units;
  for (let k = 0; k < us.length; k++) {
    const head = us[k];
    const kind = GROUP_HEADS.get(head.text.toLowerCase());
    if (!kind || !head.cap) continue;
    // Modifiers before the head, possibly joined by "'s" ("People's Liberation Army").
    let start = k;
    for (;;) {
      if (view.toks[us[start].from].newline) break;
      if (modifier(view, start - 1)) start--;
      else if (us[start - 1]?.text === 's' && us[start - 2]?.text === "'" && capWord(view, start - 3)) start -= 3;
      else break;
    }
    // "of (the) X …" after the head.
    let end = k + 1;
    if (us[end]?.text.toLowerCase() === 'of') {
      let e = end + 1;
      while (e < us.length && !view.toks[us[e].from].newline
        && (capWord(view, e) || (CONNECTORS.has(us[e].text.toLowerCase()) && capWord(view, e + 1)))) e++;
      if (e > end + 1 && capWord(view, e - 1)) end = e;
    }
    if (start === k && end === k + 1) continue;
    const name = us.slice(start, end).map((u) => u.text).join(' ').replace(/ ' s /g, "'s ");
    out.push({
      sentence: view.index, from: us[start].from, to: us[end - 1].to, rank: 3, confidence: 0.6,
      value: { name, kind, key: null, country: null, via: 'group' },
    });
    k = end - 1;
  }
  return out;
}
