import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { crashReport } from './crash-report.js';
import { openDatabase } from './db.js';
import { openSqliteStore } from './store.js';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'civwatch-crash-'));
  dirs.push(dir);
  return join(dir, 'crash.db');
}

/**
 * Run the writer and SIGKILL it when `killWhen` accepts a stdout line. Works from `dist/` (the
 * compiled helper) and from `src/` under tsx (the .ts helper through `--import tsx`).
 */
function runAndKill(args: string[], killWhen: (line: string) => boolean): Promise<{ lines: string[]; signal: string | null }> {
  const fromSource = import.meta.url.endsWith('.ts');
  const helper = fileURLToPath(new URL(`./crash-writer.${fromSource ? 'ts' : 'js'}`, import.meta.url));
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const child = spawn(process.execPath, [...(fromSource ? ['--import', 'tsx'] : []), helper, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  let buffered = '';
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  child.stdout.on('data', (d: Buffer) => {
    buffered += d.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (killWhen(line)) child.kill('SIGKILL');
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${stderr}`));
      else resolve({ lines, signal });
    });
  });
}

const committed = (lines: string[]) => Math.max(0, ...lines.map((l) => Number(/^committed (\d+)$/.exec(l)?.[1] ?? 0)));

/** Reports whose sentences, spans, claims or event rows do not match their stored analysis. */
function halfStored(path: string): string[] {
  const db = openDatabase(path, { readonly: true });
  try {
    return (db.prepare(`SELECT id FROM reports r WHERE
        (SELECT COUNT(*) FROM sentences s WHERE s.report = r.id) <> json_array_length(r.analysis, '$.sentences')
        OR (SELECT COUNT(*) FROM claims c WHERE c.report = r.id) <> json_array_length(r.analysis, '$.claims')
        OR (SELECT COUNT(*) FROM spans p WHERE p.report = r.id) <>
           json_array_length(r.analysis, '$.casualties') + json_array_length(r.analysis, '$.claims')
        OR (SELECT COUNT(*) FROM events e WHERE e.report = r.id) <> 1
        OR json_array_length(r.analysis, '$.sentences') = 0`).all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

function integrity(path: string): { check: string; fk: unknown[]; reports: number; fts: number } {
  const db = openDatabase(path);
  try {
    return {
      check: db.pragma('integrity_check', { simple: true }) as string,
      fk: db.pragma('foreign_key_check') as unknown[],
      reports: (db.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n,
      fts: (db.prepare(`SELECT COUNT(*) AS n FROM reports_fts WHERE reports_fts MATCH 'checkpoint'`).get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

describe('sqlite store: a writer killed with SIGKILL', () => {
  it('leaves only whole batches of whole reports, and a database that passes integrity_check', async () => {
    const path = tempDbPath();
    const batch = 5;
    const { lines } = await runAndKill([path, String(batch)], (line) => committed([line]) >= 40);
    const seen = committed(lines);
    const state = integrity(path);
    assert.equal(state.check, 'ok');
    assert.deepEqual(state.fk, []);
    assert.ok(state.reports >= seen, `${state.reports} stored, ${seen} reported committed`);
    assert.equal(state.reports % batch, 0, 'no half batch');
    assert.deepEqual(halfStored(path), []);
    assert.equal(state.fts, state.reports, 'the search index holds every stored report and nothing else');
  });

  it('killed inside a transaction: that transaction leaves nothing, and the database takes new writes', async () => {
    const path = tempDbPath();
    await runAndKill([path, '4', 'hold'], (line) => line === 'holding');
    const state = integrity(path);
    assert.equal(state.check, 'ok');
    assert.equal(state.reports, 8, 'two committed batches of 4; the third was in flight');
    assert.deepEqual(halfStored(path), []);
    const store = openSqliteStore(path);
    try {
      store.migrate();
      assert.equal(await store.getReport('crash-000008'), null);
      await store.transaction(async () => { await store.putReport(crashReport(8)); });
      assert.equal(await store.countReports(), 9);
    } finally {
      store.close();
    }
  });
});
