import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ReportMeta } from '../report/types.js';
import { DEFAULT_MAX_BYTES, type InputDocument } from './document.js';
import { InputError } from './input-error.js';
import { decodeText, sniffHtmlCharset } from './decode.js';
import { readFileLimited, readStreamLimited, fileError } from './read-bytes.js';
import { fetchUrl, type FetchedPage } from './fetch-url.js';
import { readHtml } from './html.js';
import { readPlainText } from './plain-text.js';
import { readJsonLines, type JsonLineResult } from './jsonl.js';
import { reportId } from './report-id.js';

/** How to read an input: by its URL's content type or file name, or as told. */
export type InputType = 'auto' | 'text' | 'html';

export interface ReadOptions {
  type?: InputType;
  maxBytes?: number;
  /** Time limit for fetching a URL. */
  timeoutMs?: number;
  /** Where `-` reads from. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * True for an `http:` or `https:` address.
 *
 * @example
 * isUrl('https://example.org/story.html'); // true
 */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Read one report from a file path, `-` (standard input) or an HTTP(S) URL, as plain text or
 * HTML. Errors are {@link InputError}s with one-line messages.
 *
 * @example
 * const { text, meta } = await readInput('examples/reports/mosul-bakery.txt');
 */
export async function readInput(input: string, opts: ReadOptions = {}): Promise<InputDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const type = opts.type ?? 'auto';
  if (isUrl(input)) return pageDocument(await fetchUrl(input, { maxBytes, timeoutMs: opts.timeoutMs ?? 20_000 }), input, opts);
  const source = input === '-' ? 'standard input' : input;
  const bytes = input === '-'
    ? await readStreamLimited(opts.stdin ?? process.stdin, source, maxBytes)
    : await readFileLimited(input, maxBytes);
  if (bytes.length === 0) throw new InputError('empty', `${source}: the input is empty`);
  const text = decodeText(bytes, { source, maxBytes, charset: sniffHtmlCharset(bytes) });
  const html = type === 'html' || (type === 'auto' && (/\.x?html?$/i.test(input) || looksLikeHtml(text)));
  return parseText(text, html, source, null);
}

/**
 * The report in a fetched page (HTML through Readability, else plain text), as `readInput` reads
 * a URL: for a caller that fetched the page itself (to tell a feed from a page first).
 *
 * @example
 * const doc = pageDocument(await fetchUrl(url, { maxBytes: 5e6, timeoutMs: 20_000 }), url);
 */
export function pageDocument(page: FetchedPage, input: string, opts: ReadOptions = {}): InputDocument {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const type = opts.type ?? 'auto';
  const text = decodeText(page.bytes, { source: input, maxBytes, charset: page.charset ?? sniffHtmlCharset(page.bytes) });
  const declaredHtml = page.mediaType === 'text/html' || page.mediaType === 'application/xhtml+xml';
  const html = type === 'html' || (type === 'auto' && (declaredHtml || looksLikeHtml(text)));
  return parseText(text, html, input, page.url);
}

function parseText(text: string, html: boolean, source: string, url: string | null): InputDocument {
  if (!html) return url ? { text, meta: { ...readPlainText(text).meta, url } } : readPlainText(text);
  const doc = readHtml(text, { url });
  if (!/\S/.test(doc.text)) throw new InputError('empty', `${source}: no article text found in the page`);
  return doc;
}

/**
 * True for a document that starts like HTML (after whitespace, an XML declaration or comments).
 *
 * @example
 * looksLikeHtml('<!doctype html><html>…'); // true
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text.slice(0, 2000));
}

/**
 * Read a JSON Lines batch from a file or `-`: one result per record, bad lines as errors.
 *
 * @example
 * for await (const r of readBatch('examples/reports.jsonl')) if ('doc' in r) console.log(r.doc.meta.id);
 */
export async function* readBatch(input: string, opts: ReadOptions = {}): AsyncGenerator<JsonLineResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (isUrl(input)) throw new InputError('unreadable', `${input}: batches are read from a file or -, not a URL`);
  const source = input === '-' ? 'standard input' : input;
  let stream: AsyncIterable<Uint8Array | string>;
  if (input === '-') stream = opts.stdin ?? process.stdin;
  else {
    // Open first so a missing file is one clear error, not a stream event.
    await readFileProbe(input);
    stream = createReadStream(input);
  }
  yield* readJsonLines(stream, { source, maxBytes });
}

async function readFileProbe(path: string): Promise<void> {
  const info = await stat(path).catch((e: unknown) => {
    throw fileError(path, e);
  });
  if (info.isDirectory()) throw new InputError('unreadable', `${path}: is a directory, not a file`);
}

/**
 * The report's final metadata: what was read from the input, then the user's overrides
 * (`--published`, `--title`, …), then an id — the given one or a short stable hash of the text.
 *
 * @example
 * finishMeta({ text, meta: { title: 'Strike in Mosul' } }, { published: '2017-04-04' }).id; // 12 hex digits
 */
export function finishMeta(doc: InputDocument, overrides: Partial<ReportMeta> = {}): Partial<ReportMeta> & { id: string } {
  const meta: Partial<ReportMeta> = { ...doc.meta };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined && v !== null) (meta as Record<string, unknown>)[k] = v;
  return { ...meta, id: meta.id ?? reportId(doc.text) };
}
