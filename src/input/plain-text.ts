import type { InputDocument } from './document.js';

/** Longest line still taken for a headline, in characters and in words. */
const TITLE_MAX_CHARS = 160;
const TITLE_MAX_WORDS = 25;

/** A byline line: "By Jane Doe", "• Leroy Wright", "— Ana María López and Sam Lee". */
const BYLINE = /^\s*(?:[Bb][Yy]\s+|[•·*–—-]\s*)([\p{Lu}][\p{L}'’.-]*(?:\s+(?:and\s+|&\s+|,\s*)?[\p{Lu}][\p{L}'’.-]*){0,5})\s*$/u;

/**
 * Read a plain-text report. The text is kept whole, so offsets stay true; only the metadata is
 * read from it: the first non-empty line is the title when it looks like a headline (short, no
 * final full stop, more text after it), and a byline line ("By Jane Doe", "• Jane Doe") right
 * after the title or at the very end becomes the byline.
 *
 * @example
 * readPlainText('Strike hits market in Mosul\n\nFive civilians were killed on Thursday.\n\nBy Jane Doe').meta;
 * // { title: 'Strike hits market in Mosul', byline: 'Jane Doe' }
 */
export function readPlainText(text: string): InputDocument {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const meta: InputDocument['meta'] = {};
  if (lines.length === 0) return { text, meta };
  const first = lines[0];
  const hasTitle = lines.length > 1 && looksLikeTitle(first) && !BYLINE.test(first);
  if (hasTitle) meta.title = first;
  const candidates = [lines[lines.length - 1]];
  if (hasTitle && lines.length > 2) candidates.unshift(lines[1]);
  for (const line of candidates) {
    const m = BYLINE.exec(line);
    if (m && m[1].split(/\s+/).length <= 8) {
      meta.byline = m[1].trim();
      break;
    }
  }
  return { text, meta };
}

/**
 * True for a headline-like line: short, not ending in a full stop (an abbreviation such as "U.S."
 * is fine), and not a sentence fragment ending in a comma or colon.
 *
 * @example
 * looksLikeTitle('IS fighters in Mosul provoking strikes: U.S. military'); // true
 * looksLikeTitle('Five civilians were killed on Thursday.');                 // false
 */
export function looksLikeTitle(line: string): boolean {
  const s = line.trim();
  if (s.length < 3 || s.length > TITLE_MAX_CHARS) return false;
  if (s.split(/\s+/).length > TITLE_MAX_WORDS) return false;
  if (/[,;:]$/.test(s)) return false;
  if (s.endsWith('.') && !/(?:\b\p{Lu}\.){2,}$/u.test(s)) return false;
  return /\p{L}/u.test(s);
}
