import { z } from 'zod';
import type { InputDocument } from './document.js';
import { InputError } from './input-error.js';
import { decodeText } from './decode.js';
import { readPlainText } from './plain-text.js';
import { readHtml } from './html.js';
import { isoDateOf } from './iso-date.js';
import { formatBytes } from './document.js';
import { cleanText } from './clean-text.js';

const optionalText = z.string().nullish();

/** One line of a batch file: a report as text or as HTML, with what is known about it. */
export const jsonLineSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    url: optionalText,
    title: optionalText,
    outlet: optionalText,
    byline: optionalText,
    published: optionalText.refine((v) => v == null || isoDateOf(v) !== null, { message: 'not a date (want YYYY-MM-DD)' }),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((o) => (o.text === undefined) !== (o.html === undefined), { message: 'needs exactly one of "text" or "html"' });

export type JsonLine = z.infer<typeof jsonLineSchema>;

/** One line read from a batch: its report, or why it was refused. `line` counts from 1. */
export type JsonLineResult = { line: number; doc: InputDocument } | { line: number; error: InputError };

/**
 * Parse one JSON Lines record into a report. Fields given in the record win over what is read
 * from the text or HTML. Throws an {@link InputError} naming `where` (e.g. `batch.jsonl line 3`).
 *
 * @example
 * parseJsonLine('{"id":"r1","published":"2017-04-04","text":"Three civilians were killed."}', 'in.jsonl line 1');
 */
export function parseJsonLine(line: string, where: string): InputDocument {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    throw new InputError('bad-record', `${where}: invalid JSON (${(e as Error).message})`);
  }
  const parsed = jsonLineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.length ? `field "${issue.path.join('.')}": ` : '';
    throw new InputError('bad-record', `${where}: ${field}${issue.message}`);
  }
  const rec = parsed.data;
  // Cleaned before the emptiness check: a text of NULs (a "\u0000" escape) is an empty report.
  const doc = rec.html !== undefined ? readHtml(cleanText(rec.html), { url: rec.url }) : readPlainText(cleanText(rec.text ?? ''));
  if (!/\S/.test(doc.text)) throw new InputError('empty', `${where}: the report's ${rec.html !== undefined ? 'html has no article text' : 'text is empty'}`);
  const given = {
    id: rec.id === undefined ? undefined : String(rec.id),
    url: rec.url ?? undefined,
    title: rec.title ?? undefined,
    outlet: rec.outlet ?? undefined,
    byline: rec.byline ?? undefined,
    published: isoDateOf(rec.published) ?? undefined,
  };
  const meta = { ...doc.meta };
  for (const [k, v] of Object.entries(given)) if (v !== undefined) (meta as Record<string, unknown>)[k] = v;
  return { text: doc.text, meta };
}

/**
 * Read a JSON Lines stream record by record. A bad line (invalid JSON, wrong fields, invalid
 * UTF-8, over `maxBytes`) yields an error for that line and reading goes on; blank lines are
 * skipped. A NUL byte means a binary file, not a batch: reading stops after that error.
 *
 * @example
 * for await (const r of readJsonLines(createReadStream('reports.jsonl'), { source: 'reports.jsonl', maxBytes: 5e6 })) …
 */
export async function* readJsonLines(
  stream: AsyncIterable<Uint8Array | string>,
  opts: { source: string; maxBytes: number },
): AsyncGenerator<JsonLineResult> {
  for await (const { line, bytes, oversize } of splitLines(stream, opts.maxBytes)) {
    const where = `${opts.source} line ${line}`;
    if (oversize) {
      yield { line, error: new InputError('too-large', `${where}: over the ${formatBytes(opts.maxBytes)} limit (raise it with --max-bytes)`) };
      continue;
    }
    try {
      if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
      const text = decodeText(bytes, { source: where, maxBytes: opts.maxBytes });
      yield { line, doc: parseJsonLine(text, where) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { line, error: e };
      if (e.code === 'binary') return; // not a JSON Lines file at all: one error is enough
    }
  }
}

/**
 * Split a byte stream on `\n`, keeping line numbers. A line longer than `maxBytes` is not kept in
 * memory: it is reported with `oversize` and its bytes are dropped.
 *
 * @example
 * for await (const { line, bytes } of splitLines(process.stdin, 5e6)) …
 */
export async function* splitLines(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<{ line: number; bytes: Buffer; oversize: boolean }> {
  let parts: Buffer[] = [];
  let size = 0;
  let oversize = false;
  let line = 1;
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a)) {
      const piece = buf.subarray(0, nl);
      if (!oversize && size + piece.length <= maxBytes) parts.push(piece);
      else oversize = true;
      yield { line, bytes: oversize ? Buffer.alloc(0) : Buffer.concat(parts), oversize };
      line++;
      parts = [];
      size = 0;
      oversize = false;
      buf = buf.subarray(nl + 1);
    }
    if (buf.length) {
      if (!oversize && size + buf.length <= maxBytes) {
        parts.push(Buffer.from(buf)); // copy: the stream may reuse its chunk
        size += buf.length;
      } else {
        oversize = true;
        parts = [];
      }
    }
  }
  if (size > 0 || oversize) yield { line, bytes: oversize ? Buffer.alloc(0) : Buffer.concat(parts), oversize };
}
