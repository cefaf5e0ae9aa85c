/**
 * The Store contract: one test suite every Store implementation passes (SQLite now, PostgreSQL
 * later). Written against the {@link Store} interface only; each test gets a fresh, migrated
 * store from `makeStore` and closes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../analyze.js';
import { contractReports, TEXTS } from './contract-data.js';
import { runIncidentContract } from './contract-incidents.js';
import { runReviewContract } from './contract-reviews.js';
import { runFeedContract } from './contract-feeds.js';
import { runLockContract } from './contract-locks.js';
import { eventFixture, incidentFixture, reportFixture } from './fixtures.js';
import type { Store } from './store.js';
import { runSpreadContract } from './contract-spread.js';
import { runGradeOrderContract } from './contract-grade-order.js';
import { runCountContract } from './contract-count.js';
import { runListingContract } from './contract-listing.js';

/** Runs one test body against a fresh migrated store and always closes it. */
export type WithStore = (title: string, body: (store: Store) => Promise<void>) => void;

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Register the contract tests (node:test) for one Store implementation.
 *
 * @example
 * runStoreContract('sqlite (file)', async () => openSqliteStore(tempDbPath()));
 */
export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  const withStore: WithStore = (title, body) => it(title, async () => {
    const store = await makeStore();
    try {
      await store.migrate();
      await body(store);
    } finally {
      await store.close();
    }
  });

  describe(`Store contract: ${name}`, () => {
    runReportContract(withStore);
    runTransactionContract(withStore);
    runProvenanceContract(withStore);
    runIncidentContract(withStore);
    runReviewContract(withStore);
    runFeedContract(withStore);
    runLockContract(withStore);
    runSpreadContract(withStore);
    runGradeOrderContract(withStore);
    runCountContract(withStore);
    runListingContract(withStore);
  });
}

function runReportContract(withStore: WithStore): void {
  describe('reports', () => {
    withStore('migrate is idempotent and a fresh store is empty', async (s) => {
      await s.migrate();
      assert.equal(await s.countReports(), 0);
      assert.equal(await s.countIncidents(), 0);
      assert.equal(await s.getReport('nope'), null);
    });

    withStore('getReport returns exactly what putReport stored, with a real analysis', async (s) => {
      const meta = { id: 'r-real', title: 'Strike on house in Mosul', published: '2017-03-18', outlet: 'Example Wire', url: null };
      const r = reportFixture({ ...meta, text: TEXTS.mosul, analysis: analyze(TEXTS.mosul, meta) });
      assert.ok(r.analysis.sentences.length >= 3 && r.analysis.casualties.length >= 1, 'the analysis has content');
      await s.putReport(r);
      assert.deepEqual(await s.getReport('r-real'), plain(r));
    });

    withStore('putReport of an existing id replaces it (idempotent)', async (s) => {
      const { mosul } = contractReports();
      await s.putReport(mosul);
      await s.putReport(mosul);
      assert.equal(await s.countReports(), 1);
      const edited = { ...mosul, title: 'Corrected headline', stitched: true };
      await s.putReport(edited);
      assert.equal(await s.countReports(), 1);
      assert.deepEqual(await s.getReport(mosul.id), plain(edited));
    });

    withStore('a second report with the same content hash is refused', async (s) => {
      const { mosul } = contractReports();
      await s.putReport(mosul);
      await assert.rejects(s.putReport({ ...mosul, id: 'r-other' }));
      assert.equal(await s.countReports(), 1);
    });

    withStore('finds reports by content hash and by URL, and nothing for unknown ones', async (s) => {
      const { mosul, raqqa } = contractReports();
      await s.putReport(mosul);
      await s.putReport(raqqa);
      assert.equal((await s.findReportByHash(raqqa.contentHash))?.id, 'r-raqqa');
      assert.equal((await s.findReportByUrl('https://example.org/mosul-strike'))?.id, 'r-mosul');
      assert.equal(await s.findReportByHash('0'.repeat(64)), null);
      assert.equal(await s.findReportByUrl('https://example.org/none'), null);
    });

    withStore('listReports pages by publication date (undated last) and lists copies', async (s) => {
      const all = Object.values(contractReports());
      for (const r of all) await s.putReport(r);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = await s.listReports({ limit: 2, cursor });
        assert.ok(page.items.length <= 2);
        seen.push(...page.items.map((r) => r.id));
        if (!page.next) break;
        cursor = page.next;
      }
      assert.deepEqual(seen, ['r-mosul', 'r-mosul-copy', 'r-raqqa', 'r-hpakant', 'r-council']);
      assert.equal(await s.countReports(), all.length);
      assert.deepEqual((await s.listReports({ copiesOf: 'r-mosul' })).items.map((r) => r.id), ['r-mosul-copy']);
      assert.deepEqual((await s.listReports({ copiesOf: 'r-mosul-copy' })).items.map((r) => r.id), ['r-mosul']);
      assert.deepEqual((await s.listReports({ copiesOf: 'r-raqqa' })).items, []);
    });

    withStore('full-text search finds a word of the text or title, not a missing word', async (s) => {
      for (const r of Object.values(contractReports())) await s.putReport(r);
      const roof = await s.searchReports('roof');
      assert.deepEqual(roof.map((h) => h.id).sort(), ['r-mosul', 'r-mosul-copy']);
      assert.match(roof[0].snippet, /roof/i);
      assert.deepEqual((await s.searchReports('jade')).map((h) => h.id), ['r-hpakant']);
      assert.deepEqual((await s.searchReports('meets')).map((h) => h.id), ['r-council'], 'title words are searched');
      assert.deepEqual(await s.searchReports('submarine'), []);
      assert.deepEqual(await s.searchReports('market submarine'), [], 'every word must occur');
      assert.deepEqual((await s.searchReports('"market" (Raqqa) -AND*')).map((h) => h.id), ['r-raqqa'], 'query syntax is not interpreted');
      assert.equal((await s.searchReports('roof', 1)).length, 1);
    });

    withStore('a replaced report is searched by its new text only', async (s) => {
      const { council } = contractReports();
      await s.putReport(council);
      await s.putReport(reportFixture({ id: council.id, text: 'The bakery reopened after the repairs were finished.' }));
      assert.deepEqual(await s.searchReports('council'), []);
      assert.deepEqual((await s.searchReports('bakery')).map((h) => h.id), ['r-council']);
    });
  });
}

function runTransactionContract(withStore: WithStore): void {
  describe('transactions', () => {
    withStore('commits every write of the function and returns its value', async (s) => {
      const { mosul } = contractReports();
      const value = await s.transaction(async () => {
        await s.putReport(mosul);
        await new Promise((r) => setTimeout(r, 5));
        await s.putEvents([eventFixture({ report: 'r-mosul' })]);
        return 42;
      });
      assert.equal(value, 42);
      assert.equal(await s.countReports(), 1);
      assert.equal((await s.getEvents(['r-mosul#0'])).length, 1);
    });

    withStore('a throw rolls back everything and rethrows', async (s) => {
      const { mosul } = contractReports();
      const boom = new Error('boom');
      await assert.rejects(s.transaction(async () => {
        await s.putReport(mosul);
        await s.putEvents([eventFixture({ report: 'r-mosul' })]);
        await s.putIncident(incidentFixture({ id: 'i1', events: ['r-mosul#0'] }), ['cell-a']);
        await s.putBands('r-mosul', ['band-a']);
        await s.putMerge({ incident: 'i1', event: 'r-mosul#0', reasons: ['new'], by: 'auto', at: '2026-01-01T00:00:00Z' });
        throw boom;
      }), (err) => err === boom);
      assert.equal(await s.countReports(), 0);
      assert.equal(await s.countIncidents(), 0);
      assert.deepEqual(await s.getEvents(['r-mosul#0']), []);
      assert.deepEqual(await s.candidateIncidents(['cell-a']), []);
      assert.deepEqual(await s.reportsWithBands(['band-a']), []);
      assert.deepEqual(await s.getMerges('i1'), []);
    });

    withStore('a synchronous function works: its value is returned, its throw becomes a rejection', async (s) => {
      assert.equal(await s.transaction(() => 7), 7);
      let pending: Promise<unknown> | undefined;
      assert.doesNotThrow(() => { pending = s.transaction(() => { throw new Error('sync'); }); });
      await assert.rejects(pending!, /sync/);
      assert.equal(await s.countReports(), 0);
    });

    withStore('a nested transaction that throws undoes only its own writes', async (s) => {
      const { mosul, raqqa } = contractReports();
      await s.transaction(async () => {
        await s.putReport(mosul);
        await assert.rejects(s.transaction(async () => {
          await s.putReport(raqqa);
          throw new Error('inner');
        }), /inner/);
      });
      assert.ok(await s.getReport('r-mosul'));
      assert.equal(await s.getReport('r-raqqa'), null);
    });

    withStore('concurrent transactions do not share a rollback', async (s) => {
      const { mosul, raqqa } = contractReports();
      const failing = s.transaction(async () => {
        await s.putReport(raqqa);
        await new Promise((r) => setTimeout(r, 10));
        throw new Error('fails');
      });
      const passing = s.transaction(async () => {
        await s.putReport(mosul);
      });
      const [a, b] = await Promise.allSettled([failing, passing]);
      assert.equal(a.status, 'rejected');
      assert.equal(b.status, 'fulfilled');
      assert.ok(await s.getReport('r-mosul'));
      assert.equal(await s.getReport('r-raqqa'), null);
    });
  });
}

function runProvenanceContract(withStore: WithStore): void {
  describe('copy detection and provenance', () => {
    withStore('reportsWithBands finds reports sharing any band; putBands replaces', async (s) => {
      const { mosul, mosulCopy, raqqa } = contractReports();
      for (const r of [mosul, mosulCopy, raqqa]) await s.putReport(r);
      await s.putBands('r-mosul', ['b1', 'b2']);
      await s.putBands('r-mosul-copy', ['b2', 'b3']);
      await s.putBands('r-raqqa', ['b9']);
      assert.deepEqual((await s.reportsWithBands(['b2'])).sort(), ['r-mosul', 'r-mosul-copy']);
      assert.deepEqual((await s.reportsWithBands(['b3', 'b9', 'b3'])).sort(), ['r-mosul-copy', 'r-raqqa']);
      assert.deepEqual(await s.reportsWithBands(['b404']), []);
      assert.deepEqual(await s.reportsWithBands([]), []);
      await s.putBands('r-mosul', ['b7']);
      assert.deepEqual(await s.reportsWithBands(['b1']), []);
      assert.deepEqual(await s.reportsWithBands(['b7']), ['r-mosul']);
    });

    withStore('reportsWithBands: most shared keys first; perBand and limit bound the lookup', async (s) => {
      const { mosul, mosulCopy, raqqa } = contractReports();
      for (const r of [mosul, mosulCopy, raqqa]) await s.putReport(r);
      // b0 is shared by all three (boilerplate); the copy shares four keys with the query, raqqa two, mosul one.
      await s.putBands('r-mosul', ['b0']);
      await s.putBands('r-mosul-copy', ['b0', 'b1', 'b2', 'b3']);
      await s.putBands('r-raqqa', ['b0', 'b4']);
      const q = ['b0', 'b1', 'b2', 'b3', 'b4', 'b1'];
      assert.deepEqual(await s.reportsWithBands(q), ['r-mosul-copy', 'r-raqqa', 'r-mosul']);
      assert.deepEqual(await s.reportsWithBands(q, { limit: 2 }), ['r-mosul-copy', 'r-raqqa']);
      // One report per key, the first by id: crowded b0 gives r-mosul only and counts after the keys
      // that are not crowded (raqqa's b4 outranks mosul's b0).
      assert.deepEqual(await s.reportsWithBands(q, { perBand: 1 }), ['r-mosul-copy', 'r-raqqa', 'r-mosul']);
      // A key whose reports fill the bound exactly is not crowded.
      assert.deepEqual(await s.reportsWithBands(['b0', 'b4'], { perBand: 3 }), ['r-raqqa', 'r-mosul', 'r-mosul-copy']);
      assert.deepEqual(await s.reportsWithBands(['b0'], { perBand: 2 }), ['r-mosul', 'r-mosul-copy']);
      assert.deepEqual(await s.reportsWithBands([], { perBand: 1, limit: 1 }), []);
    });

    withStore('findSentenceByHash: the earliest published sentence wins', async (s) => {
      await s.putSentenceHashes([{ hash: 'h1', report: 'r-late', sentence: 3, published: '2017-04-04' }]);
      await s.putSentenceHashes([{ hash: 'h1', report: 'r-early', sentence: 0, published: '2017-03-30' }]);
      await s.putSentenceHashes([{ hash: 'h1', report: 'r-later', sentence: 1, published: '2017-05-01' }]);
      assert.deepEqual(await s.findSentenceByHash('h1'), { report: 'r-early', sentence: 0, published: '2017-03-30' });
      await s.putSentenceHashes([
        { hash: 'h2', report: 'r-undated', sentence: 0, published: null },
        { hash: 'h2', report: 'r-dated', sentence: 2, published: '2020-01-01' },
        { hash: 'h3', report: 'r-first', sentence: 0, published: '2020-01-01' },
        { hash: 'h3', report: 'r-second', sentence: 0, published: '2020-01-01' },
      ]);
      assert.equal((await s.findSentenceByHash('h2'))?.report, 'r-dated', 'a dated sentence beats an undated one');
      assert.equal((await s.findSentenceByHash('h3'))?.report, 'r-first', 'on a tie the first stored stays');
      assert.equal(await s.findSentenceByHash('h404'), null);
    });

    withStore('findSentencesByHashes: the same answers as findSentenceByHash, many keys at once', async (s) => {
      await s.putSentenceHashes([
        { hash: 'k1', report: 'r-late', sentence: 3, published: '2017-04-04' },
        { hash: 'k1', report: 'r-early', sentence: 0, published: '2017-03-30' },
        { hash: 'k2', report: 'r-other', sentence: 5, published: null },
      ]);
      const found = await s.findSentencesByHashes(['k1', 'k2', 'k404']);
      assert.equal(found.size, 2, 'a key not stored is absent');
      assert.deepEqual(found.get('k1'), await s.findSentenceByHash('k1'));
      assert.deepEqual(found.get('k2'), { report: 'r-other', sentence: 5, published: null });
      assert.equal((await s.findSentencesByHashes([])).size, 0);
    });

    withStore('sentence origins round-trip in sentence order and survive an unchanged re-put', async (s) => {
      const { mosul, mosulCopy } = contractReports();
      await s.putReport(mosul);
      await s.putReport(mosulCopy);
      const [s0, s1] = mosulCopy.analysis.sentences;
      const origins = [
        { report: 'r-mosul-copy', sentence: 1, start: s1.start, end: s1.end, originReport: 'r-mosul', originSentence: 1, similarity: 1 },
        { report: 'r-mosul-copy', sentence: 0, start: s0.start, end: s0.end, originReport: 'r-mosul', originSentence: 0, similarity: 0.875 },
      ];
      await s.putSentenceOrigins(origins);
      assert.deepEqual(await s.getSentenceOrigins('r-mosul-copy'), [origins[1], origins[0]]);
      assert.deepEqual(await s.getSentenceOrigins('r-mosul'), []);
      await s.putReport(mosulCopy);
      assert.deepEqual(await s.getSentenceOrigins('r-mosul-copy'), [origins[1], origins[0]]);
      await s.putSentenceOrigins([{ ...origins[0], originReport: 'r-mosul-copy', originSentence: 1, similarity: 1 }]);
      assert.equal((await s.getSentenceOrigins('r-mosul-copy'))[1].originReport, 'r-mosul-copy');
    });
  });
}
