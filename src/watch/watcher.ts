/**
 * The watch loop: a round polls every feed (a few at a time), prints one line, and the next
 * round starts `every` after the last one started; `once` stops after one round. An abort
 * signal (SIGINT/SIGTERM in the CLI) ends the loop after the feeds in hand.
 */
import { pollFeed, type FeedTurn, type WatchContext } from './poll.js';

/** What one round did, over all feeds. */
export interface RoundSummary {
  round: number;
  feeds: number;
  /** Feeds fetched with new content (200) and unchanged (304). */
  modified: number;
  notModified: number;
  failed: number;
  /** Feeds still backing off, not polled this round. */
  notDue: number;
  newItems: number;
  stored: number;
  duplicates: number;
  queued: number;
  /** Item tries that failed (kept for the next round unless given up). */
  itemFailures: number;
  gaveUp: number;
  seconds: number;
}

export interface WatchOptions {
  /** Stop after one round. */
  once: boolean;
  /** Feeds polled at the same time (default 4). */
  concurrency?: number;
  signal?: AbortSignal;
  onRound?: (s: RoundSummary) => void;
  /** Waits between rounds (tests shorten it). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Poll every feed once, `concurrency` at a time, and sum up the turns.
 *
 * @example
 * const s = await runRound(ctx, ['https://example.org/rss'], 1);
 * s.newItems; // items handed to the sink (or failed) this round
 */
export async function runRound(ctx: WatchContext, feeds: readonly string[], round: number, concurrency = 4, signal?: AbortSignal): Promise<RoundSummary> {
  const t0 = performance.now();
  const turns: FeedTurn[] = [];
  let next = 0;
  const worker = async () => {
    while (next < feeds.length && !signal?.aborted) turns.push(await guardedPoll(ctx, feeds[next++]));
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, feeds.length)) }, worker));
  return summarize(turns, round, feeds.length, (performance.now() - t0) / 1000);
}

/**
 * A feed's turn; a store failure (database restarting, disk full) fails this feed's turn, is
 * logged, and the round goes on: a long-running watcher outlives a passing outage.
 */
async function guardedPoll(ctx: WatchContext, url: string): Promise<FeedTurn> {
  try {
    return await pollFeed(ctx, url);
  } catch (e) {
    const error = `store error: ${(e as Error).message}`;
    ctx.log(`${url}: ${error} (tried again next round)`);
    return { url, outcome: 'failed', status: null, newItems: 0, handed: { stored: 0, duplicate: 0, queued: 0 }, itemFailures: 0, gaveUp: 0, error };
  }
}

function summarize(turns: FeedTurn[], round: number, feeds: number, seconds: number): RoundSummary {
  const s: RoundSummary = { round, feeds, modified: 0, notModified: 0, failed: 0, notDue: 0, newItems: 0, stored: 0, duplicates: 0, queued: 0, itemFailures: 0, gaveUp: 0, seconds };
  for (const t of turns) {
    if (t.outcome === 'modified') s.modified++;
    else if (t.outcome === 'not-modified') s.notModified++;
    else if (t.outcome === 'failed') s.failed++;
    else s.notDue++;
    s.newItems += t.newItems;
    s.stored += t.handed.stored;
    s.duplicates += t.handed.duplicate;
    s.queued += t.handed.queued;
    s.itemFailures += t.itemFailures;
    s.gaveUp += t.gaveUp;
  }
  return s;
}

/**
 * Run rounds until `once` is done or the signal aborts. Returns the last round's summary.
 *
 * @example
 * const controller = new AbortController();
 * process.once('SIGINT', () => controller.abort());
 * await watchFeeds(ctx, feeds, { once: false, signal: controller.signal, onRound: (s) => console.error(roundLine(s)) });
 */
export async function watchFeeds(ctx: WatchContext, feeds: readonly string[], opts: WatchOptions): Promise<RoundSummary> {
  const sleep = opts.sleep ?? abortableSleep;
  for (let round = 1; ; round++) {
    const started = Date.now();
    const summary = await runRound(ctx, feeds, round, opts.concurrency, opts.signal);
    opts.onRound?.(summary);
    if (opts.once || opts.signal?.aborted) return summary;
    await sleep(Math.max(0, started + ctx.everyMs - Date.now()), opts.signal);
    if (opts.signal?.aborted) return summary;
  }
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * One line for a round.
 *
 * @example
 * roundLine({ round: 2, feeds: 3, modified: 1, notModified: 1, failed: 1, notDue: 0, newItems: 2, stored: 2, duplicates: 0, queued: 0, itemFailures: 0, gaveUp: 0, seconds: 0.4 });
 * // 'watch round 2: 3 feeds: 1 with new content, 1 not modified, 1 failed, 0 backing off; 2 new items: 2 stored, 0 duplicates, 0 queued; 0 item failures, 0 given up (0.4 s)'
 */
export function roundLine(s: RoundSummary): string {
  return `watch round ${s.round}: ${s.feeds} feeds: ${s.modified} with new content, ${s.notModified} not modified, ${s.failed} failed, ${s.notDue} backing off; `
    + `${s.newItems} new items: ${s.stored} stored, ${s.duplicates} duplicates, ${s.queued} queued; ${s.itemFailures} item failures, ${s.gaveUp} given up (${s.seconds.toFixed(1)} s)`;
}
