/**
 * Particulars: the words that make a sentence a statement about one event rather than another —
 * figures ("11", "four"), names, places and days (capitalised words after the first). Two
 * near-same sentences that put other particulars in the same slot ("… said Amal Haddad, 19, who
 * lives nearby." and "… said Amal Haddad, 47, …"; "… limited access to Idlib province …" and
 * "… to Hama province …") are one template filled twice, not one sentence copied: neither is
 * the other's origin. A trimmed or added clause carrying a name is no substitution, and a changed
 * common word ("in the bombing" / "in the strike") is a light edit: both stay near-same.
 */
import { NUMBER_WORDS } from '../lexicon/quantities.js';
import { normalizeText } from './normalize.js';

interface Word {
  /** Normalized form (number words as digits), what the comparison aligns on. */
  key: string;
  particular: boolean;
}

/** Characters that open a quotation: the word after one starts a sentence of its own. */
const OPENERS = /^["'“‘«(\[]/u;

/**
 * The words of a sentence, each normalized and marked when it is a particular: it holds a digit,
 * is a number word, or has a capital letter and does not start the sentence, a quotation or a
 * clause after a colon.
 *
 * @example
 * words('"We ran," said Amal Haddad, 19.').filter((w) => w.particular).map((w) => w.key); // ['amal', 'haddad', '19']
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let starts = true;
  for (const raw of text.split(/\s+/u)) {
    const key = normalizeText(raw.replace(/(\d),(?=\d{3})/gu, '$1')).replaceAll(' ', '');
    const opens = OPENERS.test(raw);
    if (key === '') { if (opens || /[:.!?]$/u.test(raw)) starts = true; continue; }
    const number = key in NUMBER_WORDS;
    const capital = /\p{Lu}/u.test(raw) && !(starts || opens);
    out.push({ key: number ? String(NUMBER_WORDS[key]) : key, particular: number || /\p{N}/u.test(key) || capital });
    starts = /[:.!?]["'”’]?$/u.test(raw);
  }
  return out;
}

/**
 * True when two near-same sentences put different particulars in the same place: after aligning
 * their words (longest common subsequence), some stretch where both differ holds a particular on
 * either side. A stretch only one side has (a trimmed clause, an added attribution) is no
 * conflict.
 *
 * @example
 * particularsConflict('Five Houthi fighters were also killed in the bombing.', 'Five pro-government fighters were also killed in the bombing.'); // true
 * particularsConflict('Five fighters were also killed in the bombing.', 'Five fighters were also killed in the strike.'); // false
 */
export function particularsConflict(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  // LCS table over the word keys; sentences are tens of words, so this is cheap.
  const n = x.length, m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i].key === y[j].key ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  // Walk the alignment; a gap is the run of unmatched words on each side between two matches.
  let i = 0, j = 0;
  let gap = { a: 0, b: 0, particular: false };
  const closes = () => gap.a > 0 && gap.b > 0 && gap.particular;
  while (i < n || j < m) {
    if (i < n && j < m && x[i].key === y[j].key) {
      if (closes()) return true;
      gap = { a: 0, b: 0, particular: false };
      i++; j++;
    } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
      gap.a++; gap.particular ||= x[i].particular; i++;
    } else {
      gap.b++; gap.particular ||= y[j].particular; j++;
    }
  }
  return closes();
}
