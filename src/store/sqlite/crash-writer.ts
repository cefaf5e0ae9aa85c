/**
 * A child process for the crash test (`crash.test.ts`): writes generated reports into a SQLite
 * store in transactions of `batch` reports, printing `committed <n>` after each commit, until it
 * is killed. With `hold`, it stops inside its third transaction after writing the whole batch,
 * prints `holding`, and waits to be killed there.
 *
 * Usage: node dist/store/sqlite/crash-writer.js DB_PATH BATCH [hold]
 */
import { eventFixture, harm, range } from '../fixtures.js';
import { crashReport } from './crash-report.js';
import { openSqliteStore } from './store.js';

async function main(): Promise<void> {
  const [path, batchArg, mode] = process.argv.slice(2);
  const batch = Number(batchArg);
  if (!path || !Number.isInteger(batch) || batch < 1) throw new Error('usage: crash-writer DB_PATH BATCH [hold]');
  const store = openSqliteStore(path);
  store.migrate();
  let n = 0;
  for (let b = 0; ; b++) {
    await store.transaction(async () => {
      for (let k = 0; k < batch; k++, n++) {
        const report = crashReport(n);
        await store.putReport(report);
        await store.putEvents([eventFixture({ report: report.id, date: '2017-03-19', civilians: harm(range(2)) })]);
      }
      if (mode === 'hold' && b === 2) {
        process.stdout.write('holding\n');
        await new Promise(() => setInterval(() => undefined, 1000)); // never resolves: wait for SIGKILL
      }
    });
    process.stdout.write(`committed ${n}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
