import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder above this module holding `package.json` (works from
 * `src/` under tsx and from `dist/` after the build).
 *
 * @example
 * repoRoot(); // '/work/main'
 */
export function repoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/**
 * The annotated data folder, `../shared/data` beside the repository, unless given.
 *
 * @example
 * defaultDataDir(); // '/work/shared/data'
 */
export function defaultDataDir(): string {
  return resolve(repoRoot(), '..', 'shared', 'data');
}
