/**
 * Two watchers sharing one store (two machines, or a restart racing the old process): each feed
 * is polled by one of them per round, each page fetched once, each report stored once. On
 * PostgreSQL: two pools on one schema, in this process (skipped visibly when PostgreSQL is absent,
 * a failure under CI=true). SQLite's case needs two processes (one process's two connections
 * would wait on each other's write lock synchronously): see `cli/watch.test.ts`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPgStore } from '../store/pg/store.js';
import type { Store } from '../store/store.js';
import { needPostgres } from '../testing/services.js';
import { ARTICLES, articleHtml, atomFeed, rssFeed, startLoopback } from './feeds.fixture.js';
import type { WatchContext } from './poll.js';
import { ingestSink } from './sink.js';
import { runRound } from './watcher.js';
import { dropPgSchema, testSchemaName } from '../testing/pg-schema.js';

function ctx(store: Store): WatchContext {
  return {
    store, sink: ingestSink(store), everyMs: 15 * 60_000, timeoutMs: 20_000, maxBytes: 5_000_000, fetchPages: true, itemTries: 3,
    now: () => new Date('2026-11-26T07:00:00Z'), random: () => 0, log: () => undefined,
  };
}

async function twoWatchers(a: Store, b: Store): Promise<void> {
  const srv = await startLoopback();
  try {
    const feeds: string[] = [];
    for (const [i, a2] of ARTICLES.entries()) {
      srv.routes.set(a2.path, { kind: 'page', html: articleHtml(a2) });
      const path = `/feed-${i}.xml`;
      srv.routes.set(path, i % 2 ? { kind: 'feed', body: () => atomFeed(srv.base, `Feed ${i}`, [a2]), contentType: 'application/atom+xml' } : { kind: 'feed', body: () => rssFeed(srv.base, `Feed ${i}`, [a2]) });
      feeds.push(`${srv.base}${path}`);
    }
    const [ra, rb] = await Promise.all([runRound(ctx(a), feeds, 1), runRound(ctx(b), feeds, 1)]);
    assert.equal(ra.modified + rb.modified, feeds.length, 'each feed polled by one watcher');
    assert.equal(ra.notDue + rb.notDue, feeds.length, 'and left alone by the other');
    assert.equal(ra.stored + rb.stored, ARTICLES.length);
    for (const art of ARTICLES) assert.equal(srv.hits(art.path).length, 1, `${art.path} fetched once`);
    for (const f of feeds) assert.equal(srv.hits(new URL(f).pathname).length, 1);
    assert.equal(await a.countReports(), ARTICLES.length);
    const states = await b.listFeedStates();
    assert.deepEqual(states.map((s) => [s.seen.length, s.nextPollAt, s.failures]), feeds.map(() => [1, null, 0]));
  } finally {
    await srv.close();
  }
}

test('two watchers on one PostgreSQL schema share the feeds', async (t) => {
  const url = await needPostgres(t);
  if (!url) return;
  const schema = testSchemaName('civwatch_watch');
  const a = openPgStore(`${url}?schema=${schema}`);
  const b = openPgStore(`${url}?schema=${schema}`);
  try {
    await a.migrate();
    await b.migrate();
    await twoWatchers(a, b);
  } finally {
    await a.close();
    await b.close();
    await dropPgSchema(url, schema);
  }
});
