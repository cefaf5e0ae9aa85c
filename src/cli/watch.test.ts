import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it, test } from 'node:test';
import { InvalidArgumentError } from 'commander';
import { Queue } from 'bullmq';
import { redisConnection } from '../queue/config.js';
import { needPostgres, needRedis } from '../testing/services.js';
import { ARTICLES, articleHtml, atomFeed, rssFeed, startLoopback, type Loopback } from '../watch/feeds.fixture.js';
import { parseDuration } from './option-parsers.js';
import { runCli, spawnCli } from '../testing/cli.js';
import { dropPgSchema, testSchemaName } from '../testing/pg-schema.js';

test('--every durations: 30s, 15m, 1h, 1h30m, 500ms; anything else is refused', () => {
  assert.equal(parseDuration('30s'), 30_000);
  assert.equal(parseDuration('15m'), 900_000);
  assert.equal(parseDuration('1h'), 3_600_000);
  assert.equal(parseDuration('1h30m'), 5_400_000);
  assert.equal(parseDuration('500ms'), 500);
  assert.equal(parseDuration('1.5h'), 5_400_000);
  assert.equal(parseDuration(' 2D '), 172_800_000);
  for (const bad of ['', '15', 'm', '0s', '15 minutes', '-5m', '15m junk', '1h 30m']) {
    assert.throws(() => parseDuration(bad), InvalidArgumentError, JSON.stringify(bad));
  }
});

const run = runCli;

describe('civwatch watch', () => {
  let srv: Loopback;
  let dir = '';
  const [bakery, checkpoint, market] = ARTICLES;

  before(async () => {
    srv = await startLoopback();
    srv.routes.set('/ledger/rss.xml', { kind: 'feed', body: () => rssFeed(srv.base, 'Northern Ledger', [bakery, checkpoint]), etag: () => '"ledger-1"' });
    srv.routes.set('/valley/atom.xml', { kind: 'feed', body: () => atomFeed(srv.base, 'Valley Wire', [market]), lastModified: () => 'Wed, 14 Jun 2017 12:00:00 GMT', contentType: 'application/atom+xml' });
    for (const a of ARTICLES) srv.routes.set(a.path, { kind: 'page', html: articleHtml(a) });
  });
  after(async () => {
    await srv.close();
  });
  beforeEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = await mkdtemp(join(tmpdir(), 'civwatch-watch-cli-'));
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('--once: bad lines named by number, the good feeds ingested, a summary; the next run finds nothing new', async () => {
    const feeds = join(dir, 'feeds.txt');
    await writeFile(feeds, `# test feeds\n${srv.base}/ledger/rss.xml\nledger.example/rss\n\n${srv.base}/valley/atom.xml  # Atom\n`);
    const db = join(dir, 'w.db');
    const first = await run(['watch', feeds, '--once', '--db', db]);
    assert.equal(first.code, 1, 'a bad line makes the exit code 1');
    assert.equal(first.out, '');
    assert.match(first.err, /feeds\.txt line 3: expected a feed URL starting with http:\/\/ or https:\/\/ \("ledger\.example\/rss"\); the other feeds are still watched/);
    assert.match(first.err, /civwatch watch: 2 feeds, one round; new items ingested here/);
    assert.match(first.err, /watch round 1: 2 feeds: 2 with new content, 0 not modified, 0 failed, 0 backing off; 3 new items: 3 stored/);

    await writeFile(feeds, `${srv.base}/ledger/rss.xml\n${srv.base}/valley/atom.xml\n`);
    const second = await run(['watch', feeds, '--once', '--db', db]);
    assert.equal(second.code, 0, second.err);
    assert.match(second.err, /watch round 1: 2 feeds: 0 with new content, 2 not modified, 0 failed, 0 backing off; 0 new items: 0 stored/);
    const listed = await run(['incidents', '--db', db, '--format', 'json']);
    assert.equal(listed.code, 0, listed.err);
    const doc = JSON.parse(listed.out) as { incidents: { place: { name: string } | null }[] };
    assert.equal(doc.incidents.length, 3, 'three reports of three events: three incidents');
  });

  it('a failing feed makes the exit code 1 and is named; the other feed is still ingested; --status shows both', async () => {
    srv.routes.set('/down/rss.xml', { kind: 'status', status: 500 });
    const feeds = join(dir, 'feeds.txt');
    await writeFile(feeds, `${srv.base}/down/rss.xml\n${srv.base}/valley/atom.xml\n`);
    const r = await run(['watch', feeds, '--once', '--db', join(dir, 'w.db')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /down\/rss\.xml: the server answered 500 Internal Server Error \(failure 1 in a row; next poll not before /);
    assert.match(r.err, /1 with new content, 0 not modified, 1 failed/);
    const polled = srv.requests.length;
    const status = await run(['watch', feeds, '--status', '--db', join(dir, 'w.db')]);
    assert.equal(status.code, 0, status.err);
    assert.equal(srv.requests.length, polled, '--status polls nothing');
    const [header, down, atom] = status.out.trimEnd().split('\n');
    assert.match(header, /^FEED +LAST +POLLED +FAILURES +NEXT +SEEN +PENDING +LAST ERROR$/);
    assert.match(down, /down\/rss\.xml +500 +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +1 +\d{4}-.* +0 +0 +the server answered 500 Internal Server Error$/);
    assert.match(atom, /valley\/atom\.xml +200 +\S+ \S+ +0 +next round +1 +0$/);
  });

  it('mistakes: a missing file (1), a file with no feed (1), a bad --every (2), a bad --queue URL (2)', async () => {
    const missing = await run(['watch', join(dir, 'nope.txt'), '--once', '--db', join(dir, 'w.db')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope\.txt/);
    assert.equal(missing.err.trim().split('\n').length, 1);
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '# nothing yet\n');
    const none = await run(['watch', empty, '--once', '--db', join(dir, 'w.db')]);
    assert.equal(none.code, 1);
    assert.match(none.err, /empty\.txt lists no feeds/);
    assert.match(none.err, /empty\.txt: no feed to watch/);
    const every = await run(['watch', empty, '--every', 'often']);
    assert.equal(every.code, 2);
    assert.match(every.err, /expected a duration like 30s, 15m, 1h/);
    const feeds = join(dir, 'feeds.txt');
    await writeFile(feeds, `${srv.base}/valley/atom.xml\n`);
    const queue = await run(['watch', feeds, '--once', '--queue', 'http://127.0.0.1:6379', '--db', join(dir, 'w.db')]);
    assert.equal(queue.code, 2);
    assert.match(queue.err, /--queue must be a redis:\/\/ or rediss:\/\/ URL/);
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const polledBefore = srv.hits('/valley/atom.xml').length;
    const away = await run(['watch', feeds, '--once', '--queue', `redis://127.0.0.1:${port}`, '--db', join(dir, 'w.db')]);
    assert.equal(away.code, 2, away.err);
    assert.match(away.err, /cannot reach the queue's Redis at 127\.0\.0\.1:\d+.*check --queue or CIVWATCH_QUEUE/);
    assert.equal(srv.hits('/valley/atom.xml').length, polledBefore, 'no feed polled before the queue answers');
  });

  it('--db postgres://: the feed state and the reports live in PostgreSQL; a second run finds nothing new', async (t) => {
    const url = await needPostgres(t);
    if (!url) return;
    const schema = testSchemaName('civwatch_watch_cli');
    try {
      const feeds = join(dir, 'feeds.txt');
      await writeFile(feeds, `${srv.base}/ledger/rss.xml\n${srv.base}/valley/atom.xml\n`);
      const db = `${url}?schema=${schema}`;
      const first = await run(['watch', feeds, '--once', '--db', db]);
      assert.equal(first.code, 0, first.err);
      assert.match(first.err, /3 new items: 3 stored/);
      const second = await run(['watch', feeds, '--once', '--db', db]);
      assert.equal(second.code, 0, second.err);
      assert.match(second.err, /0 with new content, 2 not modified, 0 failed, 0 backing off; 0 new items/);
      const listed = await run(['incidents', '--db', db, '--format', 'json']);
      assert.equal((JSON.parse(listed.out) as { incidents: unknown[] }).incidents.length, 3);
    } finally {
      await dropPgSchema(url, schema);
    }
  });

  it('--queue: new items become report jobs for civwatch worker, once', async (t) => {
    const url = await needRedis(t);
    if (!url) return;
    const name = `watch-test-${process.pid}-${Date.now()}`;
    const queue = new Queue(name, { connection: redisConnection(url), prefix: 'civwatch-test' });
    try {
      const feeds = join(dir, 'feeds.txt');
      await writeFile(feeds, `${srv.base}/ledger/rss.xml\n${srv.base}/valley/atom.xml\n`);
      const args = ['watch', feeds, '--once', '--db', join(dir, 'w.db'), '--queue', url, '--queue-name', name, '--queue-prefix', 'civwatch-test'];
      const r = await run(args);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /new items queued on civwatch-test:watch-test-/);
      assert.match(r.err, /3 new items: 0 stored, 0 duplicates, 3 queued/);
      const jobs = await queue.getJobs(['waiting']);
      assert.equal(jobs.length, 3);
      const bakeryJob = jobs.find((j) => j.data.meta.url === `${srv.base}${bakery.path}`);
      assert.ok(bakeryJob, 'the bakery page is a job');
      assert.match(bakeryJob.data.text, /killing six civilians/);
      assert.equal(bakeryJob.data.meta.outlet, 'Northern Ledger');
      assert.match(bakeryJob.id ?? '', /^r-[0-9a-f]{64}$/);
      const again = await run(args);
      assert.match(again.err, /0 new items: 0 stored, 0 duplicates, 0 queued/);
      assert.equal((await queue.getJobs(['waiting'])).length, 3);
    } finally {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  });
});

// End to end through the built CLI, as a user runs it: `npm test` builds dist/ first.
const civwatch = (args: string[]) => spawnCli(args, { env: { CIVWATCH_DB: '' } });

test('e2e: node bin/civwatch.js watch feeds.txt --once --db, then incidents lists what the feeds reported', async () => {
  const srv = await startLoopback();
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-watch-e2e-'));
  try {
    srv.routes.set('/ledger/rss.xml', { kind: 'feed', body: () => rssFeed(srv.base, 'Northern Ledger', ARTICLES.slice(0, 2)), etag: () => '"e2e"' });
    for (const a of ARTICLES) srv.routes.set(a.path, { kind: 'page', html: articleHtml(a) });
    const feeds = join(dir, 'feeds.txt');
    const db = join(dir, 'tmp.db');
    await writeFile(feeds, `${srv.base}/ledger/rss.xml\n`);
    const r = await civwatch(['watch', feeds, '--once', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /watch round 1: 1 feeds: 1 with new content, 0 not modified, 0 failed, 0 backing off; 2 new items: 2 stored/);
    const incidents = await civwatch(['incidents', '--db', db, '--format', 'text']);
    assert.equal(incidents.code, 0, incidents.stderr);
    assert.match(incidents.stdout, /^2 incidents$/m, 'the bakery strike and the checkpoint bombing');
    assert.match(incidents.stdout, /Zanjili, IQ +Air\/drone strike .* 6 +9 /, 'six killed, nine wounded in the bakery strike');
    // "Seven people were wounded, among them two traffic police": police are state forces (combatants
    // in casualty-terms.ts), so five of the seven wounded are civilians.
    assert.match(incidents.stdout, /Remote explosive\/landmine\/IED .* 4 +5 /, 'four killed, five civilians among the seven wounded at the checkpoint');
  } finally {
    await srv.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('e2e: two watcher processes on one SQLite file poll each feed once and store each report once', async () => {
  const srv = await startLoopback();
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-watch-two-'));
  try {
    const lines: string[] = [];
    for (const [i, a] of ARTICLES.entries()) {
      srv.routes.set(a.path, { kind: 'page', html: articleHtml(a) });
      srv.routes.set(`/feed-${i}.xml`, { kind: 'feed', body: () => rssFeed(srv.base, `Feed ${i}`, [a]) });
      lines.push(`${srv.base}/feed-${i}.xml`);
    }
    const feeds = join(dir, 'feeds.txt');
    const db = join(dir, 'shared.db');
    await writeFile(feeds, `${lines.join('\n')}\n`);
    const migrated = await civwatch(['migrate', '--db', db]);
    assert.equal(migrated.code, 0, migrated.stderr);
    const [a, b] = await Promise.all([civwatch(['watch', feeds, '--once', '--db', db]), civwatch(['watch', feeds, '--once', '--db', db])]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const stored = (r: { stderr: string }) => Number(/new items: (\d+) stored/.exec(r.stderr)?.[1]);
    assert.equal(stored(a) + stored(b), ARTICLES.length, `${a.stderr}\n${b.stderr}`);
    for (const art of ARTICLES) assert.equal(srv.hits(art.path).length, 1, `${art.path} fetched once`);
    const listed = await civwatch(['incidents', '--db', db, '--format', 'json']);
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal((JSON.parse(listed.stdout) as { incidents: unknown[] }).incidents.length, ARTICLES.length, 'one incident per report, none twice');
  } finally {
    await srv.close();
    await rm(dir, { recursive: true, force: true });
  }
});
