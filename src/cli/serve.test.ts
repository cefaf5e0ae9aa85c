import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { main } from './main.js';
import { serve } from './serve.js';
import type { CliIO } from './io.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import { CORPUS } from '../server/test-fixture.js';

const dirs: string[] = [];
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'civwatch-serve-'));
  dirs.push(d);
  return d;
}

function memoryIO(env: NodeJS.ProcessEnv = {}): CliIO & { err: () => string } {
  let err = '';
  return {
    stdout: { write: () => true }, stderr: { write: (s: string) => ((err += s), true) }, stdin: (async function* () {})(), env, exitCode: 0,
    err: () => err,
  };
}

describe('civwatch serve', () => {
  it('refuses a non-loopback host without a token: exit 2, a message saying what to do, nothing listening', async () => {
    const io = memoryIO();
    const code = await main(['node', 'civwatch', 'serve', '--host', '0.0.0.0', '--db', join(tempDir(), 'x.db')], io);
    assert.equal(code, 2);
    assert.match(io.err(), /refusing to serve on 0\.0\.0\.0 without a token.*--token SECRET \(or CIVWATCH_TOKEN\), or serve on 127\.0\.0\.1/);
  });

  it('a bad --port is a usage error', async () => {
    const io = memoryIO();
    assert.equal(await main(['node', 'civwatch', 'serve', '--port', 'http', '--db', join(tempDir(), 'x.db')], io), 2);
    assert.match(io.err(), /--port must be 0–65535/);
  });

  it('--ingest stores the reports first, then serves the API and the dashboard files on loopback until stopped', async () => {
    const dir = tempDir();
    const jsonl = join(dir, 'two.jsonl');
    writeFileSync(jsonl, readFileSync(CORPUS, 'utf8').split('\n').filter((l) => /"id":"gaza-bureij-/.test(l)).join('\n'));
    const web = join(dir, 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>dash</title><script src="app.js"></script>');
    const store = openSqliteStore(join(dir, 'serve.db'));
    store.migrate();
    const io = memoryIO();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => { stop = resolve; });
    const running = serve(store, { db: 'serve.db', host: '127.0.0.1', port: 0, ingest: [jsonl], webRoot: web, maxBytes: 5_000_000 }, io, stopped);
    let address = '';
    try {
    for (let n = 0; n < 600 && !address; n++) {
      address = /serving serve\.db at (http:\/\/127\.0\.0\.1:\d+)\//.exec(io.err())?.[1] ?? '';
      if (!address) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(address, `listening: ${io.err()}`);
    assert.match(io.err(), /stored 2,/);
    const list = await (await fetch(`${address}/api/incidents`)).json() as { data: { reports: { id: string }[] }[] };
    assert.equal(list.data.length, 1);
    assert.deepEqual(list.data[0].reports.map((r) => r.id).sort(), ['gaza-bureij-meridian', 'gaza-bureij-stripdaily']);
    const page = await fetch(`${address}/`);
    assert.match(await page.text(), /<title>dash<\/title>/);
    assert.match(String(page.headers.get('content-security-policy')), /script-src 'self'/);
    } finally {
      stop();
    }
    assert.equal(await running, address);
    await assert.rejects(fetch(`${address}/api/incidents`), 'closed after stop');
    store.close();
  });
});
