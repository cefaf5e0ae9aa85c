import { InputError } from './input-error.js';
import { formatBytes } from './document.js';

export interface FetchOptions {
  maxBytes: number;
  /** Give up after this long, for the whole response. */
  timeoutMs: number;
  /** Also accept RSS/Atom feeds and XML (`FEED_TYPES`): the caller tells a feed from a page. */
  feeds?: boolean;
}

/** Media types a feed is served as (besides being sniffed in a page or text type). */
export const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'];

export interface FetchedPage {
  bytes: Uint8Array;
  /** Media type without parameters, lower-cased: `text/html`; empty when the server gave none. */
  mediaType: string;
  charset: string | null;
  /** The address after redirects. */
  url: string;
}

/** Media types read as reports; anything else (PDF, images, JSON APIs) is refused. */
const ACCEPTED = ['text/html', 'application/xhtml+xml', 'text/plain'];

/**
 * Fetch a report over HTTP(S) with Node's fetch: redirects followed, a time limit, a size limit
 * checked while reading (a lying or absent Content-Length cannot exhaust memory), and a
 * content-type check. Failures are {@link InputError}s with one-line messages.
 *
 * @example
 * const page = await fetchUrl('https://example.org/story.html', { maxBytes: 5e6, timeoutMs: 20_000 });
 */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let res: Response;
  try {
    const accept = opts.feeds ? 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8' : 'text/html, text/plain;q=0.9';
    res = await fetch(url, { signal, redirect: 'follow', headers: { accept, 'user-agent': 'civwatch' } });
  } catch (e) {
    throw fetchError(url, e, opts.timeoutMs);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new InputError('http-status', `${url}: the server answered ${res.status} ${res.statusText}`.trim());
  }
  const type = res.headers.get('content-type') ?? '';
  const mediaType = type.split(';')[0].trim().toLowerCase();
  if (mediaType && !ACCEPTED.includes(mediaType) && !(opts.feeds && FEED_TYPES.includes(mediaType))) {
    await res.body?.cancel().catch(() => {});
    const expected = opts.feeds ? 'a web page, text or an RSS/Atom feed' : 'a web page or text (expected text/html or text/plain)';
    throw new InputError('content-type', `${url}: content type "${mediaType}" is not ${expected}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge(url, opts.maxBytes);
  }
  const bytes = await readLimited(res, url, opts);
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1] ?? null;
  return { bytes, mediaType, charset, url: res.url || url };
}

async function readLimited(res: Response, url: string, opts: FetchOptions): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > opts.maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge(url, opts.maxBytes);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fetchError(url, e, opts.timeoutMs);
  }
  return Buffer.concat(chunks);
}

function tooLarge(url: string, maxBytes: number): InputError {
  return new InputError('too-large', `${url}: the page is over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
}

/** One line saying why a fetch failed, from undici's nested causes (ECONNREFUSED, ENOTFOUND, …). */
function fetchError(url: string, e: unknown, timeoutMs: number): InputError {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return new InputError('timeout', `${url}: no complete answer within ${timeoutMs / 1000} s`, { cause: e });
  }
  const code = err?.cause?.code;
  const why = code === 'ECONNREFUSED' ? 'connection refused'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host not found'
    : code === 'ECONNRESET' ? 'connection reset'
    : err?.cause?.message ?? err?.message ?? String(e);
  return new InputError('fetch-failed', `cannot fetch ${url}: ${why}`, { cause: e });
}
