import { Command } from 'commander';
import { describeTarget } from '../store/open.js';
import { dbOption, withStore } from './db.js';
import type { CliIO } from './io.js';

/**
 * `civwatch migrate`: bring a database to the current schema (creating it when absent). Other
 * corpus commands migrate on open too; this one does only that, for deployments and scripts.
 *
 * @example
 * program.addCommand(migrateCommand(io)); // civwatch migrate --db civwatch.db
 */
export function migrateCommand(io: CliIO): Command {
  return new Command('migrate')
    .description('create or upgrade the database schema')
    .addOption(dbOption())
    .action(async (opts: { db: string }) => {
      const counts = await withStore(opts.db, async (store) => ({ reports: await store.countReports(), incidents: await store.countIncidents() }));
      io.stdout.write(`${describeTarget(opts.db)}: schema up to date (${counts.reports} reports, ${counts.incidents} incidents)\n`);
    });
}
