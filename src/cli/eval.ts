import { Command, InvalidArgumentError, Option } from 'commander';
import { resolve } from 'node:path';
import { writeRaisedFloors } from '../eval/floors.js';
import { formatReport } from '../eval/format.js';
import { defaultDataDir } from '../eval/paths.js';
import { runEval } from '../eval/runner.js';
import { SET_NAMES, type SetName } from '../eval/types.js';

const parseLimit = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
};

/**
 * `civwatch eval`: measure extraction accuracy on the annotated sets in `../shared/data`.
 *
 * @example
 * program.addCommand(evalCommand()); // civwatch eval --set acled --limit 100
 */
export function evalCommand(): Command {
  return new Command('eval')
    .description('measure extraction accuracy on the annotated sets (ACLED, Airwars, re3d, PolNeAR, seed)')
    .option('--data <dir>', 'folder of the annotated sets', defaultDataDir())
    .addOption(new Option('--set <name>', 'which set to evaluate').choices([...SET_NAMES, 'all']).default('all'))
    .option('--json', 'print the evaluation as JSON')
    .option('--limit <n>', 'evaluate only the first N items of each set', parseLimit)
    .option('--skip <n>', 'leave out the first N items of each set (with --limit: a slice)', parseLimit)
    .addOption(new Option('--polnear-split <split>', 'PolNeAR split to score: dev (reported) or train (for tuning rules on data the reported figures do not use)').choices(['dev', 'train']).default('dev'))
    .option('--misses <n>', 'list up to N examples of errors per set (rows, or most frequent missed/spurious spans)', parseLimit)
    .option('--raise-floors', 'raise eval/floors.json to the figures reached (never lowers a floor; not with --limit)')
    .action(function (this: Command, opts: { data: string; set: SetName | 'all'; json?: boolean; limit?: number; skip?: number; polnearSplit: 'dev' | 'train'; misses?: number; raiseFloors?: boolean }) {
      const dataDir = resolve(opts.data);
      let report;
      try {
        report = runEval({
          dataDir, sets: opts.set === 'all' ? SET_NAMES : [opts.set], limit: opts.limit, skip: opts.skip, polnearSplit: opts.polnearSplit, misses: opts.misses,
        });
        if (opts.raiseFloors) writeRaisedFloors(report);
      } catch (err) {
        this.error(`civwatch eval: ${err instanceof Error ? err.message : String(err)}`, { exitCode: 2 });
      }
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    });
}
