/**
 * The Store contract, feed watching: `getFeedState`, `putFeedState`, `listFeedStates` (the state
 * `civwatch watch` keeps per feed). See `contract.ts`. Every store gives back exactly what was
 * put: strings unchanged (timestamps are not reformatted), arrays in order and length.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { WithStore } from './contract.js';
import type { FeedState } from './store.js';

/**
 * A feed state with every field set, overridable.
 *
 * @example
 * feedStateFixture({ url: 'https://example.org/rss', failures: 2 });
 */
export function feedStateFixture(over: Partial<FeedState> = {}): FeedState {
  return {
    url: 'https://news.example.org/world/rss.xml',
    etag: 'W/"5f3a-17c2"',
    lastModified: 'Sat, 04 Jun 2022 08:00:00 GMT',
    seen: ['https://news.example.org/world/strike-on-market', 'urn:uuid:7d1c6f52-3b0e-4a8e-9a51-0f0c1e2d3b4a', 'tag:news.example.org,2022:item-118'],
    pending: [
      { id: 'https://news.example.org/world/bridge-shelled', url: 'https://news.example.org/world/bridge-shelled', title: 'Bridge shelled near Kherson', published: '2022-06-04T07:30:00.000Z', outlet: 'Example World News', byline: null, attempts: 2, error: 'https://news.example.org/world/bridge-shelled: the server answered 502 Bad Gateway' },
      { id: 'guid-without-link', url: null, title: null, published: null, attempts: 1, error: 'the item has no text and no link' },
    ],
    failures: 3,
    nextPollAt: '2026-11-26T09:15:00.000Z',
    lastPolledAt: '2026-11-26T07:15:00.123Z',
    lastStatus: 503,
    lastError: 'the server answered 503 Service Unavailable',
    ...over,
  };
}

/** A state never polled: every optional field null, no items. */
function freshState(url: string): FeedState {
  return { url, etag: null, lastModified: null, seen: [], pending: [], failures: 0, nextPollAt: null, lastPolledAt: null, lastStatus: null, lastError: null };
}

/**
 * Register the feed-state contract tests.
 *
 * @example
 * runFeedContract(withStore); // inside runStoreContract's describe
 */
export function runFeedContract(withStore: WithStore): void {
  describe('feed watching state', () => {
    withStore('an unknown feed has no state, and a fresh store lists none', async (s) => {
      assert.equal(await s.getFeedState('https://news.example.org/world/rss.xml'), null);
      assert.deepEqual(await s.listFeedStates(), []);
    });

    withStore('getFeedState returns exactly what putFeedState stored (every field set)', async (s) => {
      const state = feedStateFixture();
      await s.putFeedState(state);
      assert.deepEqual(await s.getFeedState(state.url), state);
    });

    withStore('a never-polled state round-trips with its nulls and empty arrays', async (s) => {
      const state = freshState('https://feeds.example.net/atom');
      await s.putFeedState(state);
      assert.deepEqual(await s.getFeedState(state.url), state);
    });

    withStore('putFeedState replaces the state of the same url (no second row, nothing merged)', async (s) => {
      await s.putFeedState(feedStateFixture());
      const next = feedStateFixture({ etag: null, lastModified: 'Sun, 05 Jun 2022 10:00:00 GMT', seen: ['only-this-one'], pending: [], failures: 0, nextPollAt: null, lastStatus: 304, lastError: null });
      await s.putFeedState(next);
      assert.deepEqual(await s.getFeedState(next.url), next);
      assert.equal((await s.listFeedStates()).length, 1);
    });

    withStore('seen keeps its order and length: 5,000 ids with quotes, non-ASCII text and a long id', async (s) => {
      const seen = Array.from({ length: 5000 }, (_, i) => `https://news.example.org/item/${(i * 7919) % 5000}`);
      seen[10] = 'id with "quotes", a \\ backslash and a\nnewline';
      seen[11] = 'https://news.example.org/حلب/قصف-سوق?x=1&y=2';
      seen[12] = `https://news.example.org/${'long-path-'.repeat(200)}`;
      seen[13] = 'emoji 🛰️ id';
      const state = feedStateFixture({ seen });
      await s.putFeedState(state);
      const back = await s.getFeedState(state.url);
      assert.equal(back?.seen.length, 5000);
      assert.deepEqual(back?.seen, seen);
    });

    withStore('urls are matched exactly: case, trailing slash and query make different feeds', async (s) => {
      const urls = ['https://example.org/rss', 'https://example.org/rss/', 'https://example.org/RSS', 'https://example.org/rss?page=2'];
      for (const [i, url] of urls.entries()) await s.putFeedState({ ...freshState(url), failures: i });
      for (const [i, url] of urls.entries()) assert.equal((await s.getFeedState(url))?.failures, i, url);
      assert.equal(await s.getFeedState('https://example.org/rss#top'), null);
    });

    withStore('listFeedStates lists every state by url in byte order (upper case before lower case)', async (s) => {
      const urls = ['https://b.example.org/feed', 'https://B.example.org/feed', 'http://z.example.org/feed', 'https://a.example.org/feed'];
      for (const url of urls) await s.putFeedState(feedStateFixture({ url }));
      const listed = await s.listFeedStates();
      assert.deepEqual(listed.map((f) => f.url), ['http://z.example.org/feed', 'https://B.example.org/feed', 'https://a.example.org/feed', 'https://b.example.org/feed']);
      assert.deepEqual(listed[1], feedStateFixture({ url: 'https://B.example.org/feed' }), 'listed states are whole');
    });

    withStore('a feed state written in a transaction that throws is rolled back', async (s) => {
      const before = feedStateFixture({ failures: 1 });
      await s.putFeedState(before);
      await assert.rejects(s.transaction(async () => {
        await s.putFeedState(feedStateFixture({ failures: 9, seen: [] }));
        await s.putFeedState(freshState('https://other.example.org/rss'));
        throw new Error('round failed');
      }), /round failed/);
      assert.deepEqual(await s.getFeedState(before.url), before);
      assert.equal(await s.getFeedState('https://other.example.org/rss'), null);
    });
  });
}
