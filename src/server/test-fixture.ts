/**
 * For the API tests: a SQLite store in a temp directory filled by ingesting the bundled example
 * corpus (`examples/corpus/corpus.jsonl`, 31 fictional reports, 8 incidents), and a server over
 * it, for `app.inject`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/store.js';
import { ingestBatch } from '../ingest/batch.js';
import { readSources } from '../ingest/sources.js';
import { repoRoot } from '../eval/paths.js';
import { buildServer, type ServerOptions } from './server.js';

export const CORPUS = join(repoRoot(), 'examples', 'corpus', 'corpus.jsonl');

export interface CorpusServer {
  store: SqliteStore;
  app: FastifyInstance;
  dbPath: string;
  close(): Promise<void>;
}

/**
 * A fresh store with the example corpus ingested, and a server over it.
 *
 * @example
 * const s = await corpusServer({ token: 't0ken' }); … await s.close();
 */
export async function corpusServer(opts: Omit<ServerOptions, 'store'> = {}): Promise<CorpusServer> {
  const dir = mkdtempSync(join(tmpdir(), 'civwatch-api-'));
  const dbPath = join(dir, 'api.db');
  const store = openSqliteStore(dbPath);
  store.migrate();
  // Pinned clocks: the corpus is ingested at 06:00, the server's writes happen at 07:00 (records sort by time).
  const summary = await ingestBatch(store, readSources([CORPUS], { maxBytes: 5_000_000, timeoutMs: 1000, fetchPages: false }), { now: () => '2026-11-26T06:00:00.000Z' });
  if (summary.stored !== 31) throw new Error(`the example corpus should store 31 reports, stored ${summary.stored}`);
  const app = await buildServer({ store, now: () => '2026-11-26T07:00:00.000Z', ...opts });
  return {
    store, app, dbPath,
    async close() {
      await app.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
