// In-process A/B of the API bench's six requests (src/bench/api.ts API_QUERIES): two builds, each
// on its own copy of the bench store, served by fastify `app.inject` in one process. Requests go
// before/after alternately (the order flips every round), so load drifting on a shared machine
// falls on both sides alike. Per side and path: the median wall and CPU time (this process's
// user + system, which includes SQLite's work) of ROUNDS requests after WARM warm-up requests,
// and whether both sides answered the same data. A database path that does not exist is first
// filled with INCIDENTS bench incidents (fillApiStore, seed 1) by that side's build.
//   node scripts/api-ab.mjs beforeDist beforeDb afterDist afterDb
//   env: WARM=60 ROUNDS=15 INCIDENTS=100000; the after side's store is migrated (the before side's is left as it is).
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const [beforeDist, beforeDb, afterDist, afterDb] = process.argv.slice(2);
if (!afterDb) throw new Error('usage: node scripts/api-ab.mjs beforeDist beforeDb afterDist afterDb');
const WARM = Number(process.env.WARM ?? 60);
const ROUNDS = Number(process.env.ROUNDS ?? 15);

async function side(name, dist, db, migrate) {
  const root = resolve(dist);
  const { openSqliteStore } = await import(`file://${root}/store/sqlite/store.js`);
  const { buildServer } = await import(`file://${root}/server/server.js`);
  const bench = await import(`file://${root}/bench/api.js`);
  const fresh = !existsSync(db);
  const store = openSqliteStore(db);
  if (fresh || migrate) store.migrate();
  if (fresh) {
    const t = performance.now();
    await bench.fillApiStore(store, Number(process.env.INCIDENTS ?? 100_000), 1);
    console.log(`${name}: filled ${db} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  const app = await buildServer({ store });
  await app.ready();
  return { name, app, store, queries: bench.API_QUERIES };
}

const sides = [await side('before', beforeDist, beforeDb, false), await side('after', afterDist, afterDb, true)];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
async function get(s, path) {
  const r = await s.app.inject({ method: 'GET', url: path });
  if (r.statusCode !== 200) throw new Error(`${s.name} ${path}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  return r.body;
}
const load0 = loadavg();
const rows = [];
for (const q of sides[1].queries) {
  const bodies = [];
  for (const [k, s] of sides.entries()) for (let w = 0; w < Math.max(1, WARM); w++) bodies[k] = await get(s, q.path);
  const times = sides.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < ROUNDS; i++) {
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const c = process.cpuUsage();
      const t = performance.now();
      await get(sides[k], q.path);
      times[k].wall.push(performance.now() - t);
      const u = process.cpuUsage(c);
      times[k].cpu.push((u.user + u.system) / 1000);
    }
  }
  const same = JSON.stringify(JSON.parse(bodies[0]).data) === JSON.stringify(JSON.parse(bodies[1]).data);
  rows.push([q.name, ...times.flatMap((t) => [median(t.wall), median(t.cpu)]), same]);
}
const load1 = loadavg();
console.log(`${'query'.padEnd(24)} ${'before wall / CPU ms'.padStart(22)} ${'after wall / CPU ms'.padStart(22)}  same data`);
for (const [name, bw, bc, aw, ac, same] of rows) {
  console.log(`${name.padEnd(24)} ${`${bw.toFixed(1)} / ${bc.toFixed(1)}`.padStart(22)} ${`${aw.toFixed(1)} / ${ac.toFixed(1)}`.padStart(22)}  ${same}`);
}
console.log(`load average (1/5/15 min) ${load0.map((x) => x.toFixed(2)).join(' ')} before, ${load1.map((x) => x.toFixed(2)).join(' ')} after; ${new Date().toISOString()}; WARM=${WARM} ROUNDS=${ROUNDS}`);
for (const s of sides) { await s.app.close(); s.store.close(); }
