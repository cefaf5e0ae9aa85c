import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { openSqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/store.js';
import { ARTICLES, articleHtml, atomFeed, rssFeed, startLoopback, type Loopback } from './feeds.fixture.js';
import type { WatchContext } from './poll.js';
import { ingestSink } from './sink.js';
import { roundLine, runRound, watchFeeds, type RoundSummary } from './watcher.js';

const MIN = 60_000;
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'civwatch-watch-'));
  dirs.push(dir);
  return join(dir, 'watch.db');
}

/** A watcher over a store, on a clock the test moves. */
function context(store: Store, clock: { now: Date }, over: Partial<WatchContext> = {}): WatchContext & { lines: string[] } {
  const lines: string[] = [];
  return {
    store, sink: ingestSink(store), everyMs: 15 * MIN, timeoutMs: 20_000, maxBytes: 5_000_000, fetchPages: true, itemTries: 3,
    now: () => clock.now, random: () => 0, log: (l) => lines.push(l), lines, ...over,
  };
}

const [bakery, checkpoint, market] = ARTICLES;
const later = (clock: { now: Date }, ms: number) => { clock.now = new Date(clock.now.getTime() + ms); };

describe('watch: polling feeds on loopback into a SQLite store', () => {
  let srv: Loopback;
  let path: string;
  let store: Store;
  let clock: { now: Date };
  let ledgerVersion: string;
  let ledgerItems = [bakery];

  beforeEach(async () => {
    srv = await startLoopback();
    path = tempDb();
    store = openSqliteStore(path);
    await store.migrate();
    clock = { now: new Date('2026-11-26T07:00:00Z') };
    ledgerVersion = 'v1';
    ledgerItems = [bakery];
    // RSS with an ETag; Atom with a Last-Modified only.
    srv.routes.set('/ledger/rss.xml', { kind: 'feed', body: () => rssFeed(srv.base, 'Northern Ledger', ledgerItems), etag: () => `"ledger-${ledgerVersion}"` });
    srv.routes.set('/valley/atom.xml', { kind: 'feed', body: () => atomFeed(srv.base, 'Valley Wire', [market]), lastModified: () => 'Wed, 14 Jun 2017 12:00:00 GMT', contentType: 'application/atom+xml' });
    for (const a of ARTICLES) srv.routes.set(a.path, { kind: 'page', html: articleHtml(a) });
  });

  afterEach(async () => {
    await store.close();
    await srv.close();
  });

  const feeds = () => [`${srv.base}/ledger/rss.xml`, `${srv.base}/valley/atom.xml`];

  it('new items are ingested once; a second round sends the validators and gets 304', async () => {
    const ctx = context(store, clock);
    const first = await runRound(ctx, feeds(), 1);
    assert.deepEqual(pick(first), { modified: 2, notModified: 0, failed: 0, notDue: 0, newItems: 2, stored: 2, duplicates: 0, itemFailures: 0 });
    assert.equal(await store.countReports(), 2);
    assert.ok((await store.countIncidents()) >= 2, 'the two reports are two incidents');
    const rss = await store.getFeedState(`${srv.base}/ledger/rss.xml`);
    assert.equal(rss?.etag, '"ledger-v1"');
    assert.deepEqual(rss?.seen, [`${srv.base}${bakery.path}`]);
    assert.equal(rss?.nextPollAt, null);
    assert.equal(rss?.lastStatus, 200);
    const atom = await store.getFeedState(`${srv.base}/valley/atom.xml`);
    assert.deepEqual(atom?.seen, ['tag:valley.example,2017:raqqa-market-shelling'], 'Atom entries are remembered by their id');
    assert.equal(atom?.lastModified, 'Wed, 14 Jun 2017 12:00:00 GMT');
    assert.equal(srv.hits('/ledger/rss.xml')[0].headers['if-none-match'], undefined, 'nothing to send the first time');

    later(clock, 15 * MIN);
    const second = await runRound(ctx, feeds(), 2);
    assert.deepEqual(pick(second), { modified: 0, notModified: 2, failed: 0, notDue: 0, newItems: 0, stored: 0, duplicates: 0, itemFailures: 0 });
    assert.equal(srv.hits('/ledger/rss.xml')[1].headers['if-none-match'], '"ledger-v1"');
    assert.equal(srv.hits('/valley/atom.xml')[1].headers['if-modified-since'], 'Wed, 14 Jun 2017 12:00:00 GMT');
    assert.equal(srv.hits(bakery.path).length, 1, 'pages are fetched once');
    assert.equal((await store.getFeedState(`${srv.base}/ledger/rss.xml`))?.lastStatus, 304);
    assert.match(roundLine(second), /^watch round 2: 2 feeds: 0 with new content, 2 not modified, 0 failed, 0 backing off; 0 new items/);
  });

  it('a changed feed hands on only its new item', async () => {
    const ctx = context(store, clock);
    await runRound(ctx, feeds(), 1);
    ledgerItems = [checkpoint, bakery];
    ledgerVersion = 'v2';
    const s = await runRound(ctx, feeds(), 2);
    assert.equal(s.modified, 1);
    assert.equal(s.newItems, 1);
    assert.equal(s.stored, 1);
    assert.equal(srv.hits(bakery.path).length, 1);
    assert.equal(srv.hits(checkpoint.path).length, 1);
    assert.equal(await store.countReports(), 3);
    assert.equal((await store.getFeedState(`${srv.base}/ledger/rss.xml`))?.etag, '"ledger-v2"');
  });

  it('a restarted watcher (new store over the same file) neither re-fetches nor re-ingests seen items', async () => {
    await runRound(context(store, clock), feeds(), 1);
    await store.close();
    store = openSqliteStore(path);
    await store.migrate();
    // The server now ignores validators and always sends the whole feed: only the seen ids stop re-ingesting.
    srv.routes.set('/ledger/rss.xml', { kind: 'feed', body: () => rssFeed(srv.base, 'Northern Ledger', [bakery]) });
    const s = await runRound(context(store, clock), feeds(), 1);
    assert.deepEqual(pick(s), { modified: 1, notModified: 1, failed: 0, notDue: 0, newItems: 0, stored: 0, duplicates: 0, itemFailures: 0 });
    assert.equal(srv.hits('/valley/atom.xml')[1].headers['if-modified-since'], 'Wed, 14 Jun 2017 12:00:00 GMT', 'validators survive the restart');
    assert.equal(srv.hits(bakery.path).length, 1);
    assert.equal(await store.countReports(), 2);
  });

  it('a failing feed backs off (500, then a timeout), the other feeds are still polled, and a success resets it', async () => {
    const bad = `${srv.base}/broken/rss.xml`;
    srv.routes.set('/broken/rss.xml', { kind: 'status', status: 500 });
    const ctx = context(store, clock);
    const t0 = clock.now.getTime();
    const first = await runRound(ctx, [bad, ...feeds()], 1);
    assert.equal(first.failed, 1);
    assert.equal(first.stored, 2, 'the other feeds were polled');
    let state = await store.getFeedState(bad);
    assert.equal(state?.failures, 1);
    assert.equal(state?.lastStatus, 500);
    assert.match(state?.lastError ?? '', /500/);
    assert.equal(Date.parse(state!.nextPollAt!) - t0, 30 * MIN, 'every × 2^1');
    assert.match(ctx.lines.join('\n'), /broken\/rss\.xml: the server answered 500 .*failure 1 in a row/);

    later(clock, 15 * MIN);
    const waiting = await runRound(ctx, [bad, ...feeds()], 2);
    assert.equal(waiting.notDue, 1);
    assert.equal(srv.hits('/broken/rss.xml').length, 1, 'not polled while backing off');
    assert.equal(waiting.notModified, 2);

    later(clock, 15 * MIN);
    srv.routes.set('/broken/rss.xml', { kind: 'hang' });
    ctx.timeoutMs = 300; // the other feeds answer 304: no page is fetched in this round
    const t2 = clock.now.getTime();
    const third = await runRound(ctx, [bad, ...feeds()], 3);
    assert.equal(third.failed, 1);
    state = await store.getFeedState(bad);
    assert.equal(state?.failures, 2);
    assert.equal(state?.lastStatus, null, 'no answer');
    assert.match(state?.lastError ?? '', /no complete answer within 0.3 s/);
    assert.equal(Date.parse(state!.nextPollAt!) - t2, 60 * MIN, 'every × 2^2: the wait grows');

    later(clock, 60 * MIN);
    srv.routes.set('/broken/rss.xml', { kind: 'feed', body: () => rssFeed(srv.base, 'Broken Then Fixed', [checkpoint]) });
    const fourth = await runRound(ctx, [bad, ...feeds()], 4);
    assert.equal(fourth.failed, 0);
    state = await store.getFeedState(bad);
    assert.deepEqual([state?.failures, state?.nextPollAt, state?.lastError, state?.lastStatus], [0, null, null, 200]);
    assert.equal(fourth.stored, 1);
  });

  it('429/503 with Retry-After: the feed waits at least that long', async () => {
    const busy = `${srv.base}/busy/rss.xml`;
    srv.routes.set('/busy/rss.xml', { kind: 'status', status: 503, headers: { 'retry-after': '7200' } });
    const t0 = clock.now.getTime();
    await runRound(context(store, clock), [busy], 1);
    const state = await store.getFeedState(busy);
    assert.equal(state?.lastStatus, 503);
    assert.equal(Date.parse(state!.nextPollAt!) - t0, 120 * MIN, 'Retry-After (2 h) beats the backoff (30 min)');
    srv.routes.set('/busy/rss.xml', { kind: 'status', status: 429, headers: { 'retry-after': 'Thu, 26 Nov 2026 07:01:00 GMT' } });
    later(clock, 120 * MIN);
    await runRound(context(store, clock), [busy], 2);
    assert.equal(Date.parse((await store.getFeedState(busy))!.nextPollAt!) - clock.now.getTime(), 60 * MIN, 'a past Retry-After date leaves the backoff (every × 2^2)');
  });

  it('an unparsable answer is a failure; its validators are not kept', async () => {
    const page = `${srv.base}/not-a-feed`;
    srv.routes.set('/not-a-feed', { kind: 'feed', body: () => '<!doctype html><html><body><p>Our feed has moved.</p></body></html>', etag: () => '"html"', contentType: 'text/html' });
    const s = await runRound(context(store, clock), [page], 1);
    assert.equal(s.failed, 1);
    const state = await store.getFeedState(page);
    assert.match(state?.lastError ?? '', /not an RSS or Atom feed/);
    assert.equal(state?.etag, null);
    assert.equal(state?.failures, 1);
  });

  it('an item whose page fails is kept and retried next round (even when the feed answers 304), then stored', async () => {
    srv.routes.set(bakery.path, { kind: 'status', status: 502 });
    const ctx = context(store, clock);
    const first = await runRound(ctx, feeds(), 1);
    assert.equal(first.itemFailures, 1);
    assert.equal(first.stored, 1);
    let state = await store.getFeedState(`${srv.base}/ledger/rss.xml`);
    assert.deepEqual(state?.seen, [], 'not marked seen');
    assert.equal(state?.pending.length, 1);
    assert.equal(state?.pending[0].attempts, 1);
    assert.equal(state?.pending[0].outlet, 'Northern Ledger');
    assert.match(state?.pending[0].error ?? '', /502/);
    assert.match(ctx.lines.join('\n'), /try 1 of 3; tried again next round/);

    later(clock, 15 * MIN);
    srv.routes.set(bakery.path, { kind: 'page', html: articleHtml(bakery) });
    const second = await runRound(ctx, feeds(), 2);
    assert.equal(second.notModified, 2, 'the feed itself had nothing new');
    assert.equal(second.stored, 1, 'the pending item was fetched again and stored');
    state = await store.getFeedState(`${srv.base}/ledger/rss.xml`);
    assert.deepEqual(state?.pending, []);
    assert.deepEqual(state?.seen, [`${srv.base}${bakery.path}`]);
    assert.equal(srv.hits(bakery.path).length, 2);
    const stored = await store.findReportByUrl(`${srv.base}${bakery.path}`);
    assert.equal(stored?.outlet, 'Northern Ledger');
  });

  it('an item that keeps failing is given up after its tries, reported, and not fetched again', async () => {
    srv.routes.set(bakery.path, { kind: 'status', status: 404 });
    const ctx = context(store, clock, { itemTries: 2 });
    await runRound(ctx, feeds(), 1);
    const second = await runRound(ctx, feeds(), 2);
    assert.equal(second.gaveUp, 1);
    assert.match(ctx.lines.join('\n'), /given up after 2 tries/);
    const state = await store.getFeedState(`${srv.base}/ledger/rss.xml`);
    assert.deepEqual(state?.pending, []);
    assert.deepEqual(state?.seen, [`${srv.base}${bakery.path}`]);
    await runRound(ctx, feeds(), 3);
    assert.equal(srv.hits(bakery.path).length, 2);
  });

  it('items without a link are read from the feed\'s own text; --no-fetch reads every item from the feed', async () => {
    const body = 'Two fishermen were wounded when a shell landed near the jetty in Sittwe on Sunday, harbour workers said. Their boat was destroyed.';
    srv.routes.set('/coast/rss.xml', { kind: 'feed', body: () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Weekly</title>
<item><title>Fishermen hurt at Sittwe jetty</title><description>${body}</description><pubDate>Mon, 06 Jun 2022 08:00:00 GMT</pubDate></item>
<item><title>Nothing to read</title></item></channel></rss>` });
    const s = await runRound(context(store, clock), [`${srv.base}/coast/rss.xml`], 1);
    assert.equal(s.stored, 1);
    assert.equal(s.itemFailures, 1, 'the title-only item has no text and no link');
    assert.equal(s.gaveUp, 1, 'and never will: given up at once');
    const state = await store.getFeedState(`${srv.base}/coast/rss.xml`);
    assert.equal(state?.seen.length, 2);
    assert.deepEqual(state?.pending, []);
    assert.match(state!.seen[0], /^text:[0-9a-f]{32}$/);
    assert.equal((await store.listReports()).items[0].outlet, 'Coast Weekly');

    const own = await runRound(context(store, clock, { fetchPages: false }), [`${srv.base}/ledger/rss.xml`], 2);
    assert.equal(own.stored, 1);
    assert.equal(srv.hits(bakery.path).length, 0, '--no-fetch: the page is not fetched');
  });

  it('seen ids are bounded: the oldest are dropped first', async () => {
    ledgerItems = [bakery, checkpoint, market];
    await runRound(context(store, clock, { seenLimit: 2 }), [`${srv.base}/ledger/rss.xml`], 1);
    const state = await store.getFeedState(`${srv.base}/ledger/rss.xml`);
    assert.deepEqual(state?.seen, [`${srv.base}${checkpoint.path}`, `${srv.base}${market.path}`]);
  });

  it('a report already stored (the same page in two feeds) counts as a duplicate, not a new report', async () => {
    srv.routes.set('/mirror/rss.xml', { kind: 'feed', body: () => rssFeed(srv.base, 'Mirror', [bakery]) });
    const s = await runRound(context(store, clock, {}), [...feeds(), `${srv.base}/mirror/rss.xml`], 1, 1);
    assert.equal(s.newItems, 3);
    assert.equal(s.stored, 2);
    assert.equal(s.duplicates, 1);
    assert.equal(await store.countReports(), 2);
  });

  it('a store that fails (here: closed) fails each feed\'s turn with a logged reason; the round still ends', async () => {
    const ctx = context(store, clock);
    await store.close();
    const s = await runRound(ctx, feeds(), 1);
    assert.equal(s.failed, 2);
    assert.equal(ctx.lines.length, 2);
    assert.match(ctx.lines[0], /: store error: .*not open.* \(tried again next round\)$/);
    store = openSqliteStore(path);
  });

  it('the loop runs rounds until aborted, waiting between them', async () => {
    const controller = new AbortController();
    const rounds: RoundSummary[] = [];
    const waits: number[] = [];
    const last = await watchFeeds(context(store, clock, { everyMs: 5000 }), feeds(), {
      once: false, signal: controller.signal,
      onRound: (s) => { rounds.push(s); if (s.round === 3) controller.abort(); },
      sleep: async (ms) => { waits.push(ms); },
    });
    assert.deepEqual(rounds.map((r) => r.round), [1, 2, 3]);
    assert.equal(last.round, 3);
    assert.equal(waits.length, 2);
    for (const w of waits) assert.ok(w > 0 && w <= 5000, String(w));
    assert.equal(rounds[0].stored, 2);
    assert.equal(rounds[1].notModified, 2);
  });
});

function pick(s: RoundSummary) {
  return { modified: s.modified, notModified: s.notModified, failed: s.failed, notDue: s.notDue, newItems: s.newItems, stored: s.stored, duplicates: s.duplicates, itemFailures: s.itemFailures };
}
