import { existsSync } from 'node:fs';
import { defaultDataDir } from '../eval/paths.js';

/** `../shared/data` beside the repository (or `$CIVWATCH_SHARED_DATA`), or null when absent. */
export function sharedDataDir(): string | null {
  const dir = process.env.CIVWATCH_SHARED_DATA ?? defaultDataDir();
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
