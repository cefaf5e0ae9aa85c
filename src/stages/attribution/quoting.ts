/** Where quotations are open in a text, and which claims nest inside others. */

/**
 * For every offset of a text, whether a double quotation is open there: “ and « open, ” and »
 * close, a straight " toggles. The state starts closed on every line (a quotation that runs over
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
    if (c === '“' || c === '«') open = true;
    else if (c === '”' || c === '»') open = false;
    else if (c === '"') open = !open;
  }
  flags[text.length] = open ? 1 : 0;
  return (offset) => flags[offset] === 1;
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
    if (claims.some((o, j) => j !== i && o.content.start <= c.cue.start && c.cue.end <= o.content.end)) out.push(i);
  });
  return out;
}
