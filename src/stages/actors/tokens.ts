import { NAME_PARTICLES } from '../../lexicon/actors-names.js';

/**
 * The actor stage's own fine tokens: runs of letters/digits and single punctuation marks, with
 * offsets into the report text. Aliases are tokenised the same way, so "US-led", "US -led" and
 * "U.S.-led" all become token sequences the alias index can walk regardless of spacing.
 * wink's tokens (from the segment stage) are used only for their part of speech.
 */
export interface Tok {
  start: number;
  end: number;
  /** Text as written. */
  text: string;
  /** Lower-cased, typographic apostrophes and dashes folded to ASCII. */
  key: string;
  /** True when whitespace separates this token from the previous one. */
  spaced: boolean;
  /** True when a line break separates this token from the previous one: names never cross it. */
  newline: boolean;
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Fold a token for lookup: lower case, ’ → ', – → -.
 *
 * @example
 * foldKey('Da’esh'); // "da'esh"
 */
const TYPOGRAPHIC = /[’‘`´–—‐‑−]/;

export function foldKey(s: string): string {
  const lower = s.toLowerCase();
  return TYPOGRAPHIC.test(lower) ? lower.replace(/[’‘`´]/g, "'").replace(/[–—‐‑−]/g, '-') : lower;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Tokenise `text` between `from` and `to`.
 *
 * @example
 * tokenize('USA -led forces', 0, 15).map((t) => t.key); // ['usa', '-', 'led', 'forces']
 */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = from + m.index;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      key: foldKey(m[0]),
      spaced: prevEnd !== start,
      newline: prevEnd >= 0 && prevEnd !== start && hasNewline(text, prevEnd, start),
      word: WORD.test(m[0]),
    });
    prevEnd = start + m[0].length;
  }
  return out;
}

/** A word as a reader sees it: "al-Abadi", "O'Brien" and the initial "J." are one unit. */
export interface Unit {
  /** First token index (inclusive) and last (exclusive) in the sentence's token list. */
  from: number;
  to: number;
  text: string;
  /** Starts with a capital letter, or is a particle-led name part such as "al-Abadi" (not "anti-IS"). */
  cap: boolean;
}

const JOINERS = new Set(['-', "'"]);
const UPPER = /^\p{Lu}/u;

/**
 * Group fine tokens into units. A possessive "'s" is not joined ("Townsend's" → "Townsend").
 *
 * @example
 * units(tokenize('Haider al-Abadi said')).map((u) => u.text); // ['Haider', 'al-Abadi', 'said']
 */
export function units(toks: readonly Tok[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < toks.length) {
    const first = toks[i];
    let j = i + 1;
    if (first.word) {
      for (;;) {
        const joiner = toks[j];
        const next = toks[j + 1];
        if (!joiner || !next || joiner.spaced || next.spaced || !next.word || !JOINERS.has(joiner.key)) break;
        if (joiner.key === "'" && next.key === 's') break;
        j += 2;
      }
      // An initial: a single capital letter followed by a full stop ("J.").
      if (j === i + 1 && /^\p{Lu}$/u.test(first.text) && toks[j]?.key === '.' && !toks[j].spaced) j++;
    }
    let text = first.text;
    for (let k = i + 1; k < j; k++) text += toks[k].text;
    const last = toks[j - 1];
    const lastWord = last.word ? last : toks[j - 2];
    const cap = first.word && (UPPER.test(first.text) || (j - i > 1 && NAME_PARTICLES.has(first.key) && lastWord !== undefined && UPPER.test(lastWord.text)));
    out.push({ from: i, to: j, text, cap });
    i = j;
  }
  return out;
}
