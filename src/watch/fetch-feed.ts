/**
 * One conditional GET of a feed: If-None-Match / If-Modified-Since from what the last full
 * answer said, 304 meaning nothing new, and every other non-2xx status a failure (with the
 * server's Retry-After, if any).
 */
import { decodeText } from '../input/decode.js';
import { formatBytes } from '../input/document.js';
import { xmlCharset } from '../ingest/sources.js';
import { retryAfterMs } from './backoff.js';

export type FeedFetch =
  /** A full answer: the feed's text and the validators to send next time. */
  | { kind: 'modified'; status: number; xml: string; etag: string | null; lastModified: string | null }
  /** 304: the feed has not changed since the validators sent. */
  | { kind: 'not-modified'; status: 304 }
  /** No usable answer: `status` null when there was no answer at all (refused, timeout). */
  | { kind: 'failed'; status: number | null; error: string; retryAfterMs: number | null };

export interface FetchFeedOptions {
  etag: string | null;
  lastModified: string | null;
  timeoutMs: number;
  maxBytes: number;
  now: Date;
}

/** How an HTTP status is taken, first match wins (rules as data, an example each). */
const STATUS_RULES: { example: string; test: (status: number) => boolean; kind: 'modified' | 'not-modified' | 'failed' }[] = [
  { example: '304 Not Modified after If-None-Match: "abc"', test: (s) => s === 304, kind: 'not-modified' },
  { example: '200 OK with the feed', test: (s) => s >= 200 && s < 300, kind: 'modified' },
  { example: '503 Service Unavailable, Retry-After: 120; 404 Not Found; 500', test: () => true, kind: 'failed' },
];

/**
 * Fetch a feed, conditionally when validators are known. Never throws: failures come back as
 * `{ kind: 'failed' }` with a one-line reason.
 *
 * @example
 * const r = await fetchFeed('https://example.org/rss', { etag: '"v1"', lastModified: null, timeoutMs: 20_000, maxBytes: 5e6, now: new Date() });
 * if (r.kind === 'modified') parseFeed(r.xml, url);
 */
export async function fetchFeed(url: string, o: FetchFeedOptions): Promise<FeedFetch> {
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
    'user-agent': 'civwatch',
  };
  if (o.etag) headers['if-none-match'] = o.etag;
  if (o.lastModified) headers['if-modified-since'] = o.lastModified;
  const signal = AbortSignal.timeout(o.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, { signal, redirect: 'follow', headers });
  } catch (e) {
    return { kind: 'failed', status: null, error: networkError(e, o.timeoutMs), retryAfterMs: null };
  }
  const kind = STATUS_RULES.find((r) => r.test(res.status))!.kind;
  if (kind !== 'modified') {
    await res.body?.cancel().catch(() => {});
    if (kind === 'not-modified') return { kind, status: 304 };
    return { kind, status: res.status, error: `the server answered ${res.status} ${res.statusText}`.trim(), retryAfterMs: retryAfterMs(res.headers.get('retry-after'), o.now) };
  }
  try {
    const bytes = await readLimited(res, o.maxBytes);
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(res.headers.get('content-type') ?? '')?.[1] ?? xmlCharset(bytes);
    const xml = decodeText(bytes, { source: url, maxBytes: o.maxBytes, charset });
    return { kind, status: res.status, xml, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
  } catch (e) {
    const message = e instanceof Error && e.message.startsWith(url) ? e.message.slice(url.length).replace(/^:\s*/, '') : networkError(e, o.timeoutMs);
    return { kind: 'failed', status: res.status, error: message, retryAfterMs: null };
  }
}

/** The body, refusing more than `maxBytes` while reading (a missing or lying Content-Length cannot exhaust memory). */
async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new Error(`the feed is over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** One line saying why there was no answer. */
function networkError(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no complete answer within ${timeoutMs / 1000} s`;
  const code = err?.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  return err?.cause?.message ?? err?.message ?? String(e);
}
