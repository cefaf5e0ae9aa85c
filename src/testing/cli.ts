import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { main } from '../cli/main.js';
import type { CliIO } from '../cli/io.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the CLI in process, through `main()`, with strings for streams (the e2e test spawns the
 * real CLI). `stdin` is what standard input holds; `tty` marks standard output as a terminal.
 *
 * @example
 * const r = await runCli(['analyze', '--jsonl', '-'], { stdin: '{"id":"a","text":"…"}\n' });
 * // r.code 0, r.out the analysis, r.err ''
 */
export async function runCli(args: string[], opts: { stdin?: string; tty?: boolean } = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: { write: (s: string) => ((out += s), true), isTTY: opts.tty },
    stderr: { write: (s: string) => ((err += s), true) },
    stdin: Readable.from([Buffer.from(opts.stdin ?? '')]),
    env: {},
    exitCode: 0,
  };
  const code = await main(['node', 'civwatch', ...args], io);
  return { code, out, err };
}

/** The repository's root, where `bin/civwatch.js` is. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What one spawned CLI process printed and its exit code (null when killed by a signal). */
export interface SpawnedRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI (`node bin/civwatch.js`) as a user does, in the repository root, without
 * colour or debug output; `input` is its standard input, `env` overrides variables.
 *
 * @example
 * const r = await spawnCli(['incidents', '--db', 'x.db', '--format', 'json'], { env: { CIVWATCH_DB: '' } });
 * // r.code 0, r.stdout the JSON
 */
export function spawnCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<SpawnedRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1', CIVWATCH_DEBUG: '', ...opts.env };
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'civwatch.js'), ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}
