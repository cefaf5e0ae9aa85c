/**
 * What an ingest transaction locks so that any number of workers can ingest at once without
 * corrupting anything (`Store.lockKeys`: PostgreSQL advisory locks held to commit; a no-op in
 * SQLite, whose write transactions are exclusive anyway). Two transactions that could see or
 * change the same thing share a key, so the second waits for the first to commit and then sees
 * its writes. Keys are taken in three rounds, each one `lockKeys` call (sorted inside), the same
 * rounds in every transaction, so the locks cannot deadlock:
 *
 * | round | key | what it serializes |
 * |---|---|---|
 * | 1 | `hash:<content hash>`, `url:<url>`, `id:<report id>` | the same report twice: one stores it, the other finds it (no duplicate, no id clash) |
 * | 1 | `band:<LSH band key>` | copy detection: a copy and its original, ingested at once, see each other in one order |
 * | 1 | `sent:<sentence key>` | sentence provenance: two reports sharing a sentence agree on its origin |
 * | 2 | `cell:<date × place cell>` of every event | incident resolution: two reports of one strike at once make one incident |
 * | 3 | `incident:<id>` of every candidate incident | an incident reached through different cells is rebuilt by one transaction at a time |
 */
import type { Store } from '../store/store.js';

/**
 * Lock `keys`, each once, for the rest of the store's current transaction (no call for none).
 *
 * @example
 * await store.transaction(async () => { await lockKeys(store, ['cell:d5|g72:86']); … });
 */
export async function lockKeys(store: Store, keys: readonly string[]): Promise<void> {
  if (keys.length) await store.lockKeys([...new Set(keys)]);
}

/**
 * Round 1: the report's identity keys, its copy-detection band keys and its sentence keys.
 *
 * @example
 * reportLockKeys({ hash: 'ab12…', url: null, id: 'r1', bands: ['3:9f…'], sentences: ['5e…'] });
 * // ['hash:ab12…', 'id:r1', 'band:3:9f…', 'sent:5e…']
 */
export function reportLockKeys(r: { hash: string; url: string | null; id: string | undefined; bands: readonly string[]; sentences: readonly string[] }): string[] {
  return [
    `hash:${r.hash}`,
    ...(r.url ? [`url:${r.url}`] : []),
    ...(r.id ? [`id:${r.id}`] : []),
    ...r.bands.map((b) => `band:${b}`),
    ...r.sentences.map((s) => `sent:${s}`),
  ];
}
