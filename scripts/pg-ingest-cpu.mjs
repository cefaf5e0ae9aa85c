// PostgreSQL server CPU per report as the store fills: ingests the first N reports of the
// generated corpus (seed 1) into a fresh schema through ingestReport, one process, and reads the
// CPU of this run's own backends (application_name, /proc/<pid>/stat) every 100 reports, so that
// other sessions' PostgreSQL work does not count (the scale-out bench counts every postgres process).
//   node scripts/pg-ingest-cpu.mjs [distDir=dist] [reports=700] [label=pgcpu]
// Needs PostgreSQL at $CIVWATCH_TEST_PG (default postgres://postgres@127.0.0.1:5432/test) on this machine.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { resolve } from 'node:path';
const root = resolve(process.argv[2] ?? 'dist'); const size = Number(process.argv[3] ?? 700); const app = process.argv[4] ?? 'pgcpu';
process.env.PGAPPNAME = app;
const { openPgStore } = await import(`file://${root}/store/pg/store.js`);
const { ingestReport } = await import(`file://${root}/ingest/ingest.js`);
const { corpusReport } = await import(`file://${root}/corpus-gen/corpus.js`);
const { dropPgSchema } = await import(`file://${root}/testing/pg-schema.js`);
const url = process.env.CIVWATCH_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `pgcpu_${app}_${process.pid}`;
const mon = new pg.Client({ connectionString: url, application_name: 'pgcpu-monitor' }); await mon.connect();
const tick = 100; // clock ticks per second (getconf CLK_TCK on Linux)
const seen = new Map();
async function serverCpu() {
  const pids = (await mon.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [app])).rows.map((r) => r.pid);
  for (const pid of pids) { try { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); seen.set(pid, (Number(f[11]) + Number(f[12])) * 1000 / tick); } catch {} }
  return [...seen.values()].reduce((a, b) => a + b, 0);
}
const store = openPgStore(`${url}?schema=${schema}`);
await store.migrate();
let last = await serverCpu(); let stored = 0; const out = [];
for (let i = 0; i < size; i++) {
  const r = corpusReport(1, i);
  const o = await ingestReport(store, { text: r.text, meta: { id: r.id, title: r.title, outlet: r.outlet, published: r.published } });
  if (o.status === 'stored') stored++;
  if ((i + 1) % 100 === 0) { const now = await serverCpu(); out.push(`${i + 1}: ${((now - last) / 100).toFixed(1)} server CPU ms/report`); last = now; }
}
console.log(root.split('/').pop(), stored, 'stored;', out.join(' | '), '| total', (await serverCpu()).toFixed(0), 'ms');
await store.close(); await mon.end(); await dropPgSchema(url, schema);
