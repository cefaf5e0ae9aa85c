import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { analyze as analyzeDefault } from '../analyze.js';
import { evalAcled } from './sets/acled.js';
import { evalAirwars } from './sets/airwars.js';
import { evalPolnear } from './sets/polnear.js';
import { evalRe3d } from './sets/re3d.js';
import { evalSeed } from './sets/seed.js';
import { repoRoot } from './paths.js';
import { SET_NAMES, type AnalyzeFn, type SetName, type SetResult } from './types.js';

export interface EvalOptions {
  dataDir: string;
  sets?: readonly SetName[];
  /** First N items of each set (after `skip`). */
  limit?: number;
  /** Leave out the first N items of each set. */
  skip?: number;
  /** Which PolNeAR split to score: `dev` (the default, the reported figures) or `train` (for tuning). */
  polnearSplit?: 'dev' | 'train';
  /** List up to N examples of errors per set. */
  misses?: number;
  /** The function under test; defaults to the pipeline `civwatch analyze` runs. */
  analyze?: AnalyzeFn;
}

/** The whole evaluation, as `civwatch eval --json` prints it. */
export interface EvalReport {
  format: 'civwatch.eval/1';
  date: string;
  commit: string | null;
  dataDir: string;
  limit: number | null;
  /** Items left out at the start of each set, when `--skip` was given. */
  skip?: number;
  /** Present when PolNeAR was scored on its train split instead of dev. */
  polnearSplit?: 'train';
  seconds: number;
  sets: SetResult[];
}

/** The short commit of the repository, or null outside git. */
export function currentCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function runSet(set: SetName, opts: EvalOptions, analyze: AnalyzeFn): Omit<SetResult, 'seconds'> {
  const read = { limit: opts.limit, skip: opts.skip, misses: opts.misses };
  switch (set) {
    case 'acled': return evalAcled(opts.dataDir, analyze, read);
    case 'airwars': return evalAirwars(opts.dataDir, analyze, read);
    case 're3d': return evalRe3d(opts.dataDir, analyze, read);
    case 'polnear': return evalPolnear(opts.dataDir, analyze, { ...read, split: opts.polnearSplit });
    case 'seed': {
      const { checks: _checks, ...rest } = evalSeed(opts.dataDir, analyze);
      return rest;
    }
  }
}

/**
 * Run the evaluation: each requested set is read from `dataDir`, analyzed with the pipeline and
 * scored; each set is timed.
 *
 * @example
 * const report = runEval({ dataDir: defaultDataDir(), sets: ['acled'], limit: 50 });
 */
export function runEval(opts: EvalOptions): EvalReport {
  if (!existsSync(opts.dataDir)) throw new Error(`data folder not found: ${opts.dataDir}`);
  const analyze = opts.analyze ?? analyzeDefault;
  const t0 = performance.now();
  const sets: SetResult[] = [];
  for (const set of opts.sets ?? SET_NAMES) {
    const t = performance.now();
    const result = runSet(set, opts, analyze);
    sets.push({ ...result, seconds: (performance.now() - t) / 1000 });
  }
  return {
    format: 'civwatch.eval/1',
    date: new Date().toISOString(),
    commit: currentCommit(),
    dataDir: opts.dataDir,
    limit: opts.limit ?? null,
    ...(opts.skip ? { skip: opts.skip } : {}),
    ...(opts.polnearSplit === 'train' ? { polnearSplit: 'train' as const } : {}),
    seconds: (performance.now() - t0) / 1000,
    sets,
  };
}
