import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { needRedis } from '../testing/services.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import { generateReports, toJsonRecord } from '../corpus-gen/generate.js';
import { readSources } from '../ingest/sources.js';
import { main } from '../cli/main.js';
import type { CliIO } from '../cli/io.js';
import { queueTarget } from './config.js';
import { enqueueSources } from './enqueue.js';
import { startReportWorker } from './worker.js';
import { failedJobs, jobCounts } from './inspect.js';
import { waitForDrain } from './harness.js';
import { reportJobId } from './payload.js';

function stringIO(): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: (s: string) => ((err += s), true) },
    stdin: (async function* () {})(), env: {}, exitCode: 0, out: () => out, err: () => err,
  };
}

/** A queue of its own (prefix per test run), emptied and removed at the end. */
async function ownQueue(url: string, tag: string) {
  const prefix = `civwatch-test-${tag}-${process.pid}-${Date.now()}`;
  const target = queueTarget({ queue: url, queueName: 'reports', queuePrefix: prefix });
  const queue = new Queue(target.name, { connection: target.connection, prefix });
  return { prefix, target, queue, async cleanup() { await queue.obliterate({ force: true }); await queue.close(); } };
}

test('ingest --queue adds one job per distinct report; a worker stores each once', async (t) => {
  const url = await needRedis(t);
  if (!url) return;
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-queue-'));
  const q = await ownQueue(url, 'enqueue');
  const store = openSqliteStore(join(dir, 'w.db'));
  try {
    const reports = generateReports({ count: 12, seed: 5 });
    // The same report twice (another file name, other spacing) and a binary file.
    const lines = [...reports.map((r) => toJsonRecord(r)), { ...toJsonRecord(reports[2]), id: 'again', text: `${reports[2].text}  ` }];
    await writeFile(join(dir, 'a.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    await writeFile(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 0xff]));
    const io = stringIO();
    const code = await main(['node', 'civwatch', 'ingest', join(dir, 'a.jsonl'), join(dir, 'broken.txt'), '--queue', url, '--queue-prefix', q.prefix], io);
    assert.equal(code, 1, 'a file that cannot be read makes exit code 1');
    assert.match(io.err(), /broken\.txt/);
    assert.match(io.err(), /14 reports read .*: 12 jobs queued, 1 duplicates in this run skipped, 1 failed to read/);
    assert.equal((await jobCounts(q.queue)).waiting, 12);
    // Queued again by a second run: the same ids, no new jobs.
    await enqueueSources(q.queue, readSources([join(dir, 'a.jsonl')]));
    assert.equal((await jobCounts(q.queue)).waiting, 12);
    assert.ok(await q.queue.getJob(reportJobId(reports[0].text)), 'the job id is the content hash');

    await store.migrate();
    const w = startReportWorker({ target: q.target, store, concurrency: 2 });
    const counts = await waitForDrain(q.queue, { timeoutMs: 120_000 });
    await w.close();
    assert.equal(counts.completed, 12);
    assert.equal(counts.failed, 0);
    assert.equal(await store.countReports(), 12);
    assert.equal(w.stats.stored, 12);

    const jobsIo = stringIO();
    assert.equal(await main(['node', 'civwatch', 'jobs', '--queue', url, '--queue-prefix', q.prefix], jobsIo), 0);
    assert.match(jobsIo.out(), /waiting 0 · active 0 · delayed 0 · completed 12 · failed 0/);
  } finally {
    await store.close();
    await q.cleanup();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a job that fails every try lands in the failed list with its error; --retry-failed sends it back', async (t) => {
  const url = await needRedis(t);
  if (!url) return;
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-queue-'));
  const q = await ownQueue(url, 'dead');
  const store = openSqliteStore(join(dir, 'w.db'));
  try {
    await store.migrate();
    const good = generateReports({ count: 1, seed: 9 })[0];
    await q.queue.add('report', { text: good.text, meta: { id: good.id, title: good.title }, where: 'good.jsonl:1' }, { jobId: 'good', attempts: 3, backoff: { type: 'exponential', delay: 200 } });
    // Binary junk, as a buggy producer might queue it: refused on every try.
    await q.queue.add('report', { text: 'PK\u0003\u0004\u0000\u0000junk', meta: { title: 'Scanned page', url: 'https://example.org/scan.zip' }, where: 'uploads/scan.zip' },
      { jobId: 'junk', attempts: 3, backoff: { type: 'exponential', delay: 200 } });
    const finals: string[] = [];
    const w = startReportWorker({ target: q.target, store, onFailure: (job, _e, final) => final && finals.push(job.id) });
    const counts = await waitForDrain(q.queue, { timeoutMs: 60_000 });
    await w.close();
    assert.equal(counts.completed, 1);
    assert.equal(counts.failed, 1);
    assert.deepEqual(finals, ['junk']);
    assert.equal(w.stats.retried, 2, 'two tries failed before the last');
    const [dead] = await failedJobs(q.queue);
    assert.equal(dead.id, 'junk');
    assert.equal(dead.attempts, 3);
    assert.match(dead.error, /uploads\/scan\.zip: looks like binary data/);
    assert.equal(await store.countReports(), 1, 'the good report is stored, the junk is not');

    const io = stringIO();
    assert.equal(await main(['node', 'civwatch', 'jobs', '--failed', '--queue', url, '--queue-prefix', q.prefix], io), 0);
    assert.match(io.out(), /junk {2}uploads\/scan\.zip {2}failed \d{4}-/);
    assert.match(io.out(), /Scanned page — https:\/\/example\.org\/scan\.zip/);
    assert.match(io.out(), /3 tries: uploads\/scan\.zip: looks like binary data \(NUL character at offset 4\)/);
    const json = stringIO();
    await main(['node', 'civwatch', 'jobs', '--failed', '--json', '--queue', url, '--queue-prefix', q.prefix], json);
    assert.equal(JSON.parse(json.out())[0].attempts, 3);

    const retry = stringIO();
    await main(['node', 'civwatch', 'jobs', '--retry-failed', '--queue', url, '--queue-prefix', q.prefix], retry);
    assert.match(retry.out(), /1 failed job moved back to waiting/);
    const after = await jobCounts(q.queue);
    assert.equal(after.failed, 0);
    assert.equal(after.waiting, 1);
  } finally {
    await store.close();
    await q.cleanup();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the queue commands need a reachable redis:// URL, and say so in one line', async () => {
  const io = stringIO();
  assert.equal(await main(['node', 'civwatch', 'jobs'], io), 2);
  assert.match(io.err(), /--queue <url>/);
  const bad = stringIO();
  assert.equal(await main(['node', 'civwatch', 'jobs', '--queue', 'localhost:6379'], bad), 2);
  assert.match(bad.err(), /^civwatch: --queue must be a redis:\/\/ or rediss:\/\/ URL, got "localhost:6379"/);
  // Port 1 answers nothing: refused at once, reported within the timeout, not a hang.
  const down = stringIO();
  assert.equal(await main(['node', 'civwatch', 'worker', '--queue', 'redis://127.0.0.1:1', '--db', ':memory:'], down), 2);
  assert.match(down.err(), /cannot reach the queue's Redis at 127\.0\.0\.1:1: .*ECONNREFUSED.*check --queue or CIVWATCH_QUEUE/);
});
