/**
 * The one rule for characters that no report needs and some stores refuse, applied to every text
 * and metadata field at every entry point (files, standard input, URLs, JSON Lines, the API, queue
 * jobs, watched feeds) before hashing, analysis and storage:
 *
 * | character | becomes | example |
 * |---|---|---|
 * | CR LF, lone CR | LF | `"a\r\nb"` → `"a\nb"` |
 * | vertical tab, form feed (line breaks) | LF | `"page 1\fpage 2"` → `"page 1\npage 2"` |
 * | other C0 controls, U+0000 (NUL) included | removed | `"Mo\u0000sul"` → `"Mosul"` |
 * | a lone UTF-16 surrogate | U+FFFD | `"\uD800x"` → `"\uFFFDx"` |
 *
 * Tab and LF are kept. PostgreSQL text and jsonb cannot hold U+0000 while SQLite can, and a lone
 * surrogate is written as U+FFFD by the UTF-8 encoder anyway: cleaning first makes both stores
 * hold, hash and index the very text that was analyzed, so span offsets point into the stored text
 * and a report with and without stray NULs is one report.
 */
import type { ReportMeta } from '../report/types.js';
import type { InputDocument } from './document.js';

const LINE_BREAKS = /\r\n?|[\v\f]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000E-\u001F]/g;
/** The same class, for testing one character (a global regex keeps state between `test` calls). */
const CONTROL = new RegExp(CONTROLS.source);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF]/;

/**
 * A text by the rule above. Idempotent; returns the same string when there is nothing to clean
 * (one linear scan).
 *
 * @example
 * cleanText('Three\u0000 civilians\r\nwere killed.'); // 'Three civilians\nwere killed.'
 */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Where each offset of a raw text lands in `cleanText(raw)`: for text annotated before cleaning
 * (the evaluation's gold spans), so that its spans index the text that was analyzed. The cleaned
 * text is walked beside the raw one; a removed character (a control, the CR of a CR LF) maps to
 * the offset of the character after it.
 *
 * @example
 * const at = cleanedOffsets('a\u001bbc'); at(2); // 1 ('b' is the second character once ESC goes)
 */
export function cleanedOffsets(raw: string): (offset: number) => number {
  const clean = cleanText(raw);
  if (clean === raw) return (offset) => offset;
  const map = new Int32Array(raw.length + 1);
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    map[i] = j;
    const removed = raw[i] !== clean[j] && (raw[i] === '\r' ? raw[i + 1] === '\n' : CONTROL.test(raw[i]));
    if (!removed) j++;
  }
  map[raw.length] = j;
  return (offset) => map[Math.max(0, Math.min(raw.length, offset))];
}

/**
 * Metadata with every string field cleaned (title, outlet, byline, url, id, …); other values kept.
 *
 * @example
 * cleanMeta({ title: 'Strike\u0000 on Mosul', published: '2017-03-17' }).title; // 'Strike on Mosul'
 */
export function cleanMeta<M extends Partial<ReportMeta>>(meta: M): M {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta)) out[k] = typeof v === 'string' ? cleanText(v) : v;
  return out as M;
}

/**
 * A document with its text and metadata cleaned.
 *
 * @example
 * cleanDocument({ text: 'Two\u0000 were killed.', meta: {} }).text; // 'Two were killed.'
 */
export function cleanDocument(doc: InputDocument): InputDocument {
  return { text: cleanText(doc.text), meta: cleanMeta(doc.meta) };
}
