import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputDocument } from '../input/document.js';
import { DEFAULT_MAX_BYTES } from '../input/document.js';
import { InputError } from '../input/input-error.js';
import { decodeText } from '../input/decode.js';
import { readFileLimited, fileError } from '../input/read-bytes.js';
import { isUrl, pageDocument, readBatch, readInput } from '../input/read-input.js';
import { FEED_TYPES, fetchUrl, type FetchedPage } from '../input/fetch-url.js';
import { feedItemDocument, looksLikeFeed, parseFeed, withItemMeta, type FeedItem } from '../input/feed.js';

/** One report read from the inputs, or why one could not be read; `where` names it for messages. */
export type SourceItem = { where: string; doc: InputDocument } | { where: string; error: Error };

export interface SourceOptions {
  maxBytes?: number;
  timeoutMs?: number;
  /** Fetch each feed item's page (the default); false reads the item's body from the feed itself. */
  fetchPages?: boolean;
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Files a directory walk reads; others (images, archives, editor backups) are passed over. */
const REPORT_FILE = /\.(?:txt|text|md|html?|xhtml|jsonl|ndjson|xml|rss|atom)$/i;
const BATCH_FILE = /\.(?:jsonl|ndjson)$/i;
const FEED_FILE = /\.(?:xml|rss|atom)$/i;

/**
 * Every report in the inputs, in order: files (text, HTML, JSON Lines, RSS/Atom), directories
 * (recursively, sorted by name, hidden entries skipped), http(s) pages, and `-` (JSON Lines on
 * standard input). A feed's items are fetched as pages (or read from the feed with
 * `fetchPages: false`). A bad input yields an error item and the walk goes on.
 *
 * @example
 * for await (const item of readSources(['reports/', 'more.jsonl'])) if ('doc' in item) …
 */
export async function* readSources(inputs: readonly string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) yield* readOne(input, opts);
}

/**
 * The reports of one RSS/Atom feed, given by URL or file.
 *
 * @example
 * for await (const item of readFeedSource('https://example.org/rss', { fetchPages: true })) …
 */
export async function* readFeedSource(input: string, opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let xml: string;
  try {
    xml = await readRaw(input, maxBytes, opts.timeoutMs ?? 20_000);
  } catch (e) {
    yield { where: input, error: e as Error };
    return;
  }
  yield* feedItems(xml, input, opts);
}

async function* readOne(input: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input === '-') {
    yield* batchItems(input, 'standard input', opts);
    return;
  }
  if (isUrl(input)) {
    yield* readUrl(input, opts);
    return;
  }
  let info;
  try {
    info = await stat(input);
  } catch (e) {
    yield { where: input, error: fileError(input, e) };
    return;
  }
  if (info.isDirectory()) {
    for await (const file of walk(input)) {
      if (typeof file === 'string') yield* readFile(file, opts);
      else yield file;
    }
    return;
  }
  yield* readFile(input, opts);
}

/**
 * A URL given as a plain input: fetched once, then read as a feed when it is one — served as an
 * RSS/Atom/XML type, or a page or text whose content starts with an `<rss>`, `<feed>` or
 * `<rdf:RDF>` root — and as a report page otherwise.
 *
 * @example
 * for await (const item of readUrl('https://example.org/rss', {})) …  // each item's page
 */
async function* readUrl(url: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let page: FetchedPage;
  try {
    page = await fetchUrl(url, { maxBytes, timeoutMs: opts.timeoutMs ?? 20_000, feeds: true });
  } catch (e) {
    yield { where: url, error: e as Error };
    return;
  }
  let xml: string | null;
  try {
    xml = feedText(page, url, maxBytes);
  } catch (e) {
    yield { where: url, error: e as Error };
    return;
  }
  if (xml !== null) {
    yield* feedItems(xml, url, opts);
    return;
  }
  yield* guarded(url, async () => pageDocument(page, url, { maxBytes }));
}

/**
 * The text of a fetched feed, or null for a page. A feed type whose content is no feed (an XML
 * API, a sitemap) is an error, not a report.
 */
function feedText(page: FetchedPage, url: string, maxBytes: number): string | null {
  const declared = FEED_TYPES.includes(page.mediaType);
  const head = Buffer.from(page.bytes.subarray(0, 2000)).toString('latin1');
  if (!declared && !looksLikeFeed(head)) return null;
  const text = decodeText(page.bytes, { source: url, maxBytes, charset: page.charset ?? xmlCharset(page.bytes) });
  if (looksLikeFeed(text)) return text;
  throw new InputError('content-type', `${url}: served as ${page.mediaType} but is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)`);
}

async function* readFile(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (BATCH_FILE.test(path)) {
    yield* batchItems(path, path, opts);
    return;
  }
  if (FEED_FILE.test(path)) {
    let xml: string;
    try {
      xml = await readRaw(path, maxBytes, opts.timeoutMs ?? 20_000);
    } catch (e) {
      yield { where: path, error: e as Error };
      return;
    }
    if (looksLikeFeed(xml)) {
      yield* feedItems(xml, path, opts);
      return;
    }
  }
  yield* guarded(path, () => readInput(path, { maxBytes }));
}

async function* batchItems(input: string, source: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  try {
    for await (const r of readBatch(input, { maxBytes: opts.maxBytes, stdin: opts.stdin })) {
      const where = `${source} line ${r.line}`;
      yield 'error' in r ? { where, error: r.error } : { where, doc: r.doc };
    }
  } catch (e) {
    yield { where: source, error: e as Error };
  }
}

async function* feedItems(xml: string, source: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let items;
  try {
    items = parseFeed(xml, source);
  } catch (e) {
    yield { where: source, error: e as Error };
    return;
  }
  for (const [i, item] of items.entries()) {
    const where = `${source} item ${i + 1}${item.url ? ` (${item.url})` : ''}`;
    yield* guarded(where, () => readFeedItem(item, where, opts));
  }
}

/**
 * One feed item as a report: its page fetched (Readability), the feed filling the metadata the
 * page lacks; or, with `fetchPages: false` or no link, the item's own text. Throws an
 * {@link InputError} naming `where` when neither can be read.
 *
 * @example
 * const doc = await readFeedItem(parseFeed(xml, 'feed.xml')[0], 'feed.xml item 1', { timeoutMs: 20_000 });
 */
export async function readFeedItem(item: FeedItem, where: string, opts: SourceOptions = {}): Promise<InputDocument> {
  if (opts.fetchPages === false || !item.url) {
    const own = feedItemDocument(item);
    if (own) return own;
    throw new InputError('empty', `${where}: the item has no text${item.url ? '' : ' and no link'}`);
  }
  const page = await readInput(item.url, { maxBytes: opts.maxBytes, timeoutMs: opts.timeoutMs });
  return { text: page.text, meta: withItemMeta(page.meta, item) };
}

async function* guarded(where: string, read: () => Promise<InputDocument>): AsyncGenerator<SourceItem> {
  try {
    yield { where, doc: await read() };
  } catch (e) {
    yield { where, error: e as Error };
  }
}

/** A feed's XML from a file or URL, decoded by its declared charset. */
async function readRaw(input: string, maxBytes: number, timeoutMs: number): Promise<string> {
  if (isUrl(input)) {
    const page = await fetchUrlAny(input, maxBytes, timeoutMs);
    return decodeText(page.bytes, { source: input, maxBytes, charset: page.charset ?? xmlCharset(page.bytes) });
  }
  const bytes = await readFileLimited(input, maxBytes);
  if (bytes.length === 0) throw new InputError('empty', `${input}: the input is empty`);
  return decodeText(bytes, { source: input, maxBytes, charset: xmlCharset(bytes) });
}

/** Feeds are served as XML types that the page fetcher (`fetchUrl`) refuses for pages: fetch them directly. */
async function fetchUrlAny(url: string, maxBytes: number, timeoutMs: number): Promise<{ bytes: Uint8Array; charset: string | null }> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9', 'user-agent': 'civwatch' } });
  } catch (e) {
    const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new InputError('timeout', `${url}: no complete answer within ${timeoutMs / 1000} s`, { cause: e });
    throw new InputError('fetch-failed', `cannot fetch ${url}: ${err.cause?.code ?? err.cause?.message ?? err.message ?? String(e)}`, { cause: e });
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new InputError('http-status', `${url}: the server answered ${res.status} ${res.statusText}`.trim());
  }
  const buf = new Uint8Array(await res.arrayBuffer());
  if (buf.length > maxBytes) throw new InputError('too-large', `${url}: the feed is over the size limit (raise it with --max-bytes)`);
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(res.headers.get('content-type') ?? '')?.[1] ?? null;
  return { bytes: buf, charset };
}

/**
 * The charset an XML document declares (`<?xml … encoding="…"?>`), or null.
 *
 * @example
 * xmlCharset(new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')); // 'ISO-8859-1'
 */
export function xmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ?? null;
}

/** Files under a directory, depth first, sorted by name so a batch is read in a stable order; an unreadable directory is an error item. */
async function* walk(dir: string): AsyncGenerator<string | { where: string; error: Error }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { where: dir, error: fileError(dir, e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile() && REPORT_FILE.test(e.name)) yield path;
  }
}
