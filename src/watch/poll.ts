/**
 * One feed's turn in a round: claim it (so two watchers on one store do not both poll it), fetch
 * it conditionally, hand new items and items pending a retry to the sink, and store its state
 * after every item (a killed watcher loses at most the item in hand, which the store's
 * duplicate check then catches).
 */
import { readFeedItem } from '../ingest/sources.js';
import { InputError } from '../input/input-error.js';
import { parseFeed, type FeedItem } from '../input/feed.js';
import type { FeedState, PendingFeedItem, Store } from '../store/store.js';
import { nextPollAfterFailure } from './backoff.js';
import { fetchFeed } from './fetch-feed.js';
import { asPending, itemId, pendingAsItem } from './items.js';
import type { ItemSink, SinkOutcome } from './sink.js';

/** Item ids remembered per feed: feeds list their latest few dozen items, so this is ample. */
export const SEEN_LIMIT = 5000;

/** What a watcher needs for every feed. */
export interface WatchContext {
  store: Store;
  sink: ItemSink;
  /** The round interval; the backoff is a multiple of it. */
  everyMs: number;
  /** Time limit per request (feed or page). */
  timeoutMs: number;
  maxBytes: number;
  /** Fetch each item's page (default); false reads the item's body from the feed. */
  fetchPages: boolean;
  /** Tries per item before it is given up and reported. */
  itemTries: number;
  /** Item ids remembered per feed (default {@link SEEN_LIMIT}). */
  seenLimit?: number;
  now: () => Date;
  random: () => number;
  /** One line per event worth a person's attention (a failed feed, a failed item). */
  log: (line: string) => void;
}

/** What one feed's turn did. */
export interface FeedTurn {
  url: string;
  /** `not-due`: still backing off, not polled. */
  outcome: 'modified' | 'not-modified' | 'failed' | 'not-due';
  status: number | null;
  /** Items seen for the first time in this turn. */
  newItems: number;
  handed: Record<SinkOutcome, number>;
  /** Item tries that failed in this turn (each kept for a retry, or given up). */
  itemFailures: number;
  gaveUp: number;
  error: string | null;
}

/** The state of a feed never polled. */
export function freshFeedState(url: string): FeedState {
  return { url, etag: null, lastModified: null, seen: [], pending: [], failures: 0, nextPollAt: null, lastPolledAt: null, lastStatus: null, lastError: null };
}

/**
 * Poll one feed and hand its new items on. Never throws for a feed's or an item's failure (they
 * are counted, logged and stored); a store failure propagates.
 *
 * @example
 * const turn = await pollFeed(ctx, 'https://example.org/rss');
 * turn.outcome; // 'modified' | 'not-modified' | 'failed' | 'not-due'
 */
export async function pollFeed(ctx: WatchContext, url: string): Promise<FeedTurn> {
  const turn: FeedTurn = { url, outcome: 'not-due', status: null, newItems: 0, handed: { stored: 0, duplicate: 0, queued: 0 }, itemFailures: 0, gaveUp: 0, error: null };
  const now = ctx.now();
  const state = await claim(ctx, url, now);
  if (!state) return turn;
  // A pending item without a link is read from the feed's body: fetch the whole feed for it.
  const conditional = state.pending.every((p) => p.url);
  const res = await fetchFeed(url, { etag: conditional ? state.etag : null, lastModified: conditional ? state.lastModified : null, timeoutMs: ctx.timeoutMs, maxBytes: ctx.maxBytes, now });
  let items: FeedItem[] = [];
  let failure: { status: number | null; error: string; retryAfterMs: number | null } | null = res.kind === 'failed' ? res : null;
  if (res.kind === 'modified') {
    try {
      items = parseFeed(res.xml, url);
    } catch (e) {
      failure = { status: res.status, error: (e as Error).message.replace(`${url}: `, ''), retryAfterMs: null };
    }
  }
  turn.status = res.status;
  if (failure) return failed(ctx, state, turn, failure, now);
  turn.outcome = res.kind === 'modified' ? 'modified' : 'not-modified';
  const next: FeedState = {
    ...state,
    etag: res.kind === 'modified' ? res.etag : state.etag,
    lastModified: res.kind === 'modified' ? res.lastModified : state.lastModified,
    failures: 0, lastPolledAt: now.toISOString(), lastStatus: res.status, lastError: null,
  };
  await handItems(ctx, next, items, turn);
  next.nextPollAt = null;
  await ctx.store.putFeedState(next);
  return turn;
}

/**
 * Take the feed for this turn: null when it is backing off; else its state, with `nextPollAt`
 * pushed ahead in the store for the turn's length so another watcher leaves it alone.
 */
async function claim(ctx: WatchContext, url: string, now: Date): Promise<FeedState | null> {
  const store = ctx.store;
  return store.transaction(async () => {
    await store.lockKeys([`civwatch:feed:${url}`]);
    const state = (await store.getFeedState(url)) ?? freshFeedState(url);
    if (state.nextPollAt && Date.parse(state.nextPollAt) > now.getTime()) return null;
    const hold = Math.min(ctx.everyMs, 10 * 60_000) + ctx.timeoutMs;
    const claimed = { ...state, nextPollAt: new Date(now.getTime() + hold).toISOString() };
    await store.putFeedState(claimed);
    return claimed;
  });
}

async function failed(ctx: WatchContext, state: FeedState, turn: FeedTurn, f: { status: number | null; error: string; retryAfterMs: number | null }, now: Date): Promise<FeedTurn> {
  const failures = state.failures + 1;
  const nextPollAt = nextPollAfterFailure({ now, everyMs: ctx.everyMs, failures, retryAfterMs: f.retryAfterMs, random: ctx.random });
  await ctx.store.putFeedState({ ...state, failures, nextPollAt, lastPolledAt: now.toISOString(), lastStatus: f.status, lastError: f.error });
  ctx.log(`${state.url}: ${f.error} (failure ${failures} in a row; next poll not before ${nextPollAt})`);
  return { ...turn, outcome: 'failed', error: f.error };
}

/** Pending items first (oldest first), then the feed's items not seen yet, each once. */
function workList(state: FeedState, items: FeedItem[], turn: FeedTurn): { id: string; item: FeedItem; where: string; pending: PendingFeedItem | null }[] {
  const seen = new Set(state.seen);
  const fresh = new Map<string, FeedItem>();
  const work: { id: string; item: FeedItem; where: string; pending: PendingFeedItem | null }[] = [];
  for (const item of items) {
    const id = itemId(item);
    if (id && !fresh.has(id)) fresh.set(id, item);
  }
  const pendingIds = new Set(state.pending.map((p) => p.id));
  for (const p of state.pending) {
    const item = fresh.get(p.id) ?? pendingAsItem(p);
    work.push({ id: p.id, item, where: `${state.url} item ${p.id}`, pending: p });
  }
  for (const [id, item] of fresh) {
    if (seen.has(id) || pendingIds.has(id)) continue;
    turn.newItems++;
    work.push({ id, item, where: `${state.url} item ${id}`, pending: null });
  }
  return work;
}

async function handItems(ctx: WatchContext, state: FeedState, items: FeedItem[], turn: FeedTurn): Promise<void> {
  const unnamed = items.filter((i) => !itemId(i)).length;
  if (unnamed) ctx.log(`${state.url}: ${unnamed} item${unnamed === 1 ? '' : 's'} with no id, link, title or text skipped`);
  for (const w of workList(state, items, turn)) {
    const pending = state.pending.filter((p) => p.id !== w.id);
    try {
      const doc = await readFeedItem(w.item, w.where, { maxBytes: ctx.maxBytes, timeoutMs: ctx.timeoutMs, fetchPages: ctx.fetchPages });
      turn.handed[await ctx.sink.put(doc, w.where)]++;
      state.pending = pending;
      state.seen = [...state.seen, w.id].slice(-(ctx.seenLimit ?? SEEN_LIMIT));
    } catch (e) {
      turn.itemFailures++;
      const attempts = (w.pending?.attempts ?? 0) + 1;
      const error = (e as Error).message;
      if (attempts >= ctx.itemTries || nothingToRead(w.item, e)) {
        turn.gaveUp++;
        state.pending = pending;
        state.seen = [...state.seen, w.id].slice(-(ctx.seenLimit ?? SEEN_LIMIT));
        ctx.log(`${w.where}: ${error} (given up after ${attempts} tries)`);
      } else {
        state.pending = [...pending, asPending(w.id, w.item, attempts, error)];
        ctx.log(`${w.where}: ${error} (try ${attempts} of ${ctx.itemTries}; tried again next round)`);
      }
    }
    await ctx.store.putFeedState(state);
  }
}

/** An item with no link whose feed text is empty will never read: given up at once, not retried. */
function nothingToRead(item: FeedItem, e: unknown): boolean {
  return !item.url && e instanceof InputError && e.code === 'empty';
}
