/**
 * How order-dependent is ingest? Ingest one generated corpus into two SQLite stores, once in
 * corpus order and once in a perturbed order like the one concurrent workers produce (half of
 * the neighbouring pairs swapped, 1% of reports moved 30 places later, as a retried job is), and
 * compare the incidents by content.
 *
 *   node dist/queue/order-check.js [--reports 300] [--copy-share 0.3] [--seed 7]
 */
import { parseArgs } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../corpus-gen/corpus.js';
import { toJsonRecord } from '../corpus-gen/generate.js';
import { mulberry32 } from '../corpus-gen/prng.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import { ingestReport } from '../ingest/ingest.js';
import type { InputDocument } from '../input/document.js';
import { compareStores, type StoreComparison } from './compare.js';

/**
 * A worker-like order of `n` items: neighbouring pairs swapped with probability ½, and 1% of
 * items moved 30 places later.
 *
 * @example
 * perturbedOrder(10, 3).length; // 10, a permutation of 0..9
 */
export function perturbedOrder(n: number, seed: number): number[] {
  const rng = mulberry32(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i + 1 < n; i += 2) if (rng.next() < 0.5) [order[i], order[i + 1]] = [order[i + 1], order[i]];
  for (let k = 0; k < Math.max(1, Math.floor(n / 100)) && n > 40; k++) {
    const i = Math.floor(rng.next() * (n - 40));
    const [x] = order.splice(i, 1);
    order.splice(i + 30, 0, x);
  }
  return order;
}

/**
 * Ingest `docs` in order and in `order` into two fresh SQLite stores and compare them.
 *
 * @example
 * const c = await orderCheck(docs, perturbedOrder(docs.length, 3));
 * c.partition.onlyLeft.length; // incidents whose reports differ
 */
export async function orderCheck(docs: InputDocument[], order: number[]): Promise<StoreComparison> {
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-order-'));
  const a = openSqliteStore(join(dir, 'in-order.db'));
  const b = openSqliteStore(join(dir, 'perturbed.db'));
  try {
    await a.migrate();
    await b.migrate();
    for (const d of docs) await ingestReport(a, d);
    for (const i of order) await ingestReport(b, docs[i]);
    return await compareStores(a, b);
  } finally {
    await a.close();
    await b.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reports: { type: 'string', default: '300' }, 'copy-share': { type: 'string', default: '0.3' }, seed: { type: 'string', default: '7' } } });
  const n = Number(values.reports);
  const docs = generateCorpus({ count: n, seed: Number(values.seed), copyShare: Number(values['copy-share']) })
    .map((r) => {
      const { text, ...meta } = toJsonRecord(r) as { text: string } & InputDocument['meta'];
      return { text, meta };
    });
  const c = await orderCheck(docs, perturbedOrder(n, 3));
  process.stdout.write([
    `${n} reports (copy share ${values['copy-share']}): incidents ${c.incidents.left} in order, ${c.incidents.right} perturbed`,
    `  differing in reports, date, place, type or perpetrator: ${c.partition.onlyLeft.length}`,
    `  differing in anything (figures, grade, independent sources): ${c.full.onlyLeft.length}`,
    `  reports grouped into copies differently: ${c.regroupedReports.length}; differences not explained by that: ${c.unexplained.length}`,
    '',
  ].join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: Error) => {
    process.stderr.write(`order-check: ${e.message}\n`);
    process.exitCode = 1;
  });
}
