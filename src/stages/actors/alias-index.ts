import { tokenize, type Tok } from './tokens.js';

/** One phrase stored in the index with what it stands for. */
export interface IndexEntry<T> {
  payload: T;
  /** The phrase's tokens as written, for the case rules. */
  pattern: readonly string[];
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries: IndexEntry<T>[] | null;
}

/** A match of one or more phrases ending at the same token. */
export interface IndexMatch<T> {
  /** Token indices: `from` inclusive, `to` exclusive. */
  from: number;
  to: number;
  entries: IndexEntry<T>[];
}

const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;

/**
 * Case rule for one token: a pattern token in capitals ("IS", "CJTF") needs capitals in the
 * text; a capitalised one ("Amnesty") needs a capital first letter; lower case matches any case.
 *
 * @example
 * caseMatches('IS', 'is'); // false
 * caseMatches('coalition', 'Coalition'); // true
 */
export function caseMatches(pattern: string, text: string): boolean {
  if (!LETTER.test(pattern)) return true;
  const letters = pattern.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return text === text.toUpperCase();
  if (UPPER.test(pattern)) return UPPER.test(text);
  return true;
}

/**
 * A token trie of phrases: lookups cost one map step per token, whatever the number of phrases,
 * so the whole lexicon is matched in one pass over a sentence.
 *
 * @example
 * const index = new PhraseIndex<string>();
 * index.add('US-led coalition', 'coalition');
 * index.matchesAt(tokenize('the USA -led coalition'), 1); // [] — 'USA' is not 'US'
 */
export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map(), entries: null };

  add(phrase: string, payload: T): void {
    const toks = tokenize(phrase);
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      let child = node.next.get(t.key);
      if (!child) {
        child = { next: new Map(), entries: null };
        node.next.set(t.key, child);
      }
      node = child;
    }
    (node.entries ??= []).push({ payload, pattern: toks.map((t) => t.text) });
  }

  /** Every phrase that starts at token `i`, shortest first, with the case rules applied. */
  matchesAt(toks: readonly Tok[], i: number): IndexMatch<T>[] {
    const out: IndexMatch<T>[] = [];
    let node: Node<T> | undefined = this.root;
    for (let j = i; j < toks.length; j++) {
      if (j > i && toks[j].newline) break;
      node = node.next.get(toks[j].key);
      if (!node) break;
      if (node.entries) {
        const ok = node.entries.filter((e) => e.pattern.every((p, k) => caseMatches(p, toks[i + k].text)));
        if (ok.length) out.push({ from: i, to: j + 1, entries: ok });
      }
    }
    return out;
  }
}
