import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this module that holds package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

/** `../shared/data` beside the repository (or `$CIVWATCH_SHARED_DATA`), or null when absent. */
export function sharedDataDir(): string | null {
  const dir = process.env.CIVWATCH_SHARED_DATA ?? resolve(repoRoot(), '..', 'shared', 'data');
  return existsSync(dir) ? dir : null;
}

/**
 * For tests that need `../shared/data`: returns its path, or skips the test with a visible message
 * when it is absent — except under CI (`CI=true`), where its absence is a failure.
 *
 * @example
 * test('seed', (t) => { const data = needSharedData(t); if (!data) return; … });
 */
export function needSharedData(t: { skip(message?: string): void }): string | null {
  const dir = sharedDataDir();
  if (dir) return dir;
  if (process.env.CI === 'true') throw new Error('../shared/data is absent, and CI=true: the evaluation data must be there');
  t.skip('../shared/data absent: skipped (it holds third-party data that is not in the repository)');
  return null;
}
