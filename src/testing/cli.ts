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
