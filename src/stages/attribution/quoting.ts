/** Where quotations are open in a text, and which claims nest inside others. */

/**
 * For every offset of a text, whether a double quotation is open there: “ and « open, ” and »
 * close, a straight " toggles; any mark right after a word and before a space or punctuation
 * closes ('“It is late,“ he said'); '' (two apostrophes) is a straight mark. The state starts closed on every line (a quotation that runs over
 * paragraphs reopens each one). Single quotes are not counted: ’ is also the apostrophe.
 *
 * @example
 * const open = quotationOpen('He said: "We think it will rain." Then he left.');
 * open(13); // true ("think" is inside the quotation)
 * open(40); // false
 */
export function quotationOpen(text: string): (offset: number) => boolean {
  const flags = new Uint8Array(text.length + 1);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') open = false;
    flags[i] = open ? 1 : 0;
    // "''" typed for a straight double quotation mark
    if (c === "'" && text[i + 1] === "'") {
      flags[i + 1] = flags[i];
      const side = quoteSide(text, i, 2);
      open = side === 'close' ? false : side === 'open' ? true : !open;
      i++;
      continue;
    }
    if (!DOUBLE_QUOTES.has(c)) continue;
    // only a misprinted closer is trusted to its place: '”Fear.' opening a paragraph stays
    // a closing mark, as before (a quotation that wrongly opened would hide every cue after it)
    if (quoteSide(text, i) === 'close') open = false;
    else if (c === '“' || c === '«') open = true;
    else if (c === '”' || c === '»') open = false;
    else open = !open;
  }
  flags[text.length] = open ? 1 : 0;
  return (offset) => flags[offset] === 1;
}

const DOUBLE_QUOTES = new Set(['"', '“', '”', '«', '»']);
/** What may stand before an opening quotation mark, besides a space. */
const BEFORE_OPEN = /[\s([{—–-]/;
/** What may stand after a closing quotation mark, besides a space. */
const AFTER_CLOSE = /[\s,.;:!?)\]}—–-]/;

/**
 * Which way a double quotation mark faces by where it stands, whatever its glyph: after a space
 * and before a word it opens, after a word and before a space or punctuation it closes
 * ('“Enough,“ she said' closes with the wrong glyph); `null` when its place does not tell.
 *
 * @example
 * quoteSide('“We won,“ he said', 8); // 'close'
 * quoteSide('He said "no" twice', 8); // 'open'
 */
export function quoteSide(text: string, i: number, width = 1): 'open' | 'close' | null {
  const before = i === 0 || BEFORE_OPEN.test(text[i - 1]);
  const after = i + width >= text.length || AFTER_CLOSE.test(text[i + width]);
  if (before && !after) return 'open';
  if (!before && after) return 'close';
  return null;
}

interface Ranged { start: number; end: number }

/**
 * Indices of claims whose cue lies inside another claim's content ("The mayor said residents
 * want the road reopened": "want" sits inside what the mayor said).
 *
 * @example
 * nestedCues([{ cue: { start: 10, end: 14 }, content: { start: 15, end: 60 } }, { cue: { start: 30, end: 34 }, content: { start: 35, end: 60 } }]); // [1]
 */
export function nestedCues(claims: readonly { cue: Ranged; content: Ranged }[]): number[] {
  const out: number[] = [];
  claims.forEach((c, i) => {
    if (claims.some((o, j) => j !== i && o.content.start <= c.cue.start && c.cue.end <= o.content.end && !inTag(o, c.cue))) out.push(i);
  });
  return out;
}

/**
 * True when a content runs around its own cue ('“…,” Reyes said, pointing to the dam. “…”') and
 * the other cue follows that cue: outside the quotations, it belongs to the speaker tag.
 */
function inTag(o: { cue: Ranged; content: Ranged }, cue: Ranged): boolean {
  return o.content.start <= o.cue.start && o.cue.end <= o.content.end && cue.start >= o.cue.end && cue.start - o.cue.end <= 2;
}
