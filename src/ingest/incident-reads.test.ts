import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../store/sqlite/store.js';
import { ingestReport } from './ingest.js';

// The bundled example corpus (examples/corpus/, written by the team): a strike in Tal al-Hawa and
// one in Shujaiya, ~4 km apart the same night, so each is a cell-mate candidate of the other.
const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = new Map(readFileSync(join(root, 'examples', 'corpus', 'corpus.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string; published: string; outlet: string; title?: string })
  .map((d) => [d.id, { text: d.text, meta: { id: d.id, published: d.published, outlet: d.outlet, title: d.title } }]));
const AT = () => '2026-01-01T00:00:00.000Z';

test('resolving an event reads the stored events of the incident it joins, not those of every candidate in its cells', async () => {
  const store = openSqliteStore(':memory:');
  store.migrate();
  for (const id of ['gaza-talalhawa-stripdaily', 'gaza-talalhawa-coastal', 'gaza-shujaiya-meridian']) await ingestReport(store, docs.get(id)!, { now: AT });
  const incidents = (await store.listIncidents({ limit: 100 })).items;
  const talEvents = new Set(incidents.filter((i) => i.events.some((e) => e.startsWith('gaza-talalhawa-'))).flatMap((i) => i.events));
  assert.ok(talEvents.size >= 2, 'the Tal al-Hawa incident holds both its reports');

  // Instrument the real store: which incidents were candidates, which events were read.
  const candidates = new Set<string>();
  const read: string[] = [];
  const { candidateIncidents, getEvents } = store;
  store.candidateIncidents = async (cells) => {
    const found = await candidateIncidents.call(store, cells);
    for (const c of found) candidates.add(c.id);
    return found;
  };
  store.getEvents = async (ids) => {
    read.push(...ids);
    return getEvents.call(store, ids);
  };
  await ingestReport(store, docs.get('gaza-shujaiya-stripdaily')!, { now: AT });

  const tal = incidents.find((i) => i.events.some((e) => talEvents.has(e)))!;
  assert.ok(candidates.has(tal.id), 'the Tal al-Hawa incident was a candidate (same cells)');
  assert.ok(read.length > 0, 'the events of the Shujaiya incident were read to rebuild it');
  assert.deepEqual(read.filter((e) => talEvents.has(e)), [], 'no event of the incompatible Tal al-Hawa incident was read');
  store.close();
});
