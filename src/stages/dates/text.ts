/** Small readers of the text around a match, shared by the date recognisers. */

/**
 * The word right before `offset`, lower-cased; "mid-" when the text reads "mid-March".
 * Empty when there is none on the same line.
 *
 * @example
 * previousWord('fighting in March', 12); // 'in'
 */
export function previousWord(text: string, offset: number): string {
  const m = /([A-Za-z]+)(-?)[ \t]*$/.exec(text.slice(Math.max(0, offset - 24), offset));
  if (!m) return '';
  return m[1].toLowerCase() + m[2];
}

/**
 * True when `offset` opens a sentence: only spaces, quotes or brackets stand between it and
 * the text's start, a full stop, a question or exclamation mark, or a line break.
 *
 * @example
 * startsSentence('Talks failed. January was worse.', 14); // true
 */
export function startsSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '"' || ch === '“' || ch === '(' || ch === "'") continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === '\r';
  }
  return true;
}
