import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import type { Store } from '../store/store.js';
import { DEFAULT_MAX_BYTES } from '../input/document.js';
import { readSources } from '../ingest/sources.js';
import { ingestBatch } from '../ingest/batch.js';
import { progressWriter, summaryText } from '../ingest/progress.js';
import { buildServer } from '../server/server.js';
import { bindRefusal } from '../server/security.js';
import { describeError, EXIT, UsageError } from './errors.js';
import { dbOption, withStore } from './db.js';
import type { CliIO } from './io.js';
import { parsePositiveInt } from './option-parsers.js';

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token?: string;
  ingest?: string[];
  webRoot: string;
  maxBytes: number;
  progress?: boolean;
}

/** The dashboard's build output, beside the compiled CLI (`dist/web`). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));

const EXAMPLES = `
Examples:
  civwatch serve --ingest examples/corpus/corpus.jsonl --db civwatch.db   # ingest the example corpus, then serve it
  civwatch serve --db civwatch.db --port 8080
  CIVWATCH_TOKEN=s3cret civwatch serve --host 0.0.0.0                      # other machines: writes need the token

The dashboard is at http://HOST:PORT/, the API under /api (described at /openapi.json, see
docs/API.md). With --token (or CIVWATCH_TOKEN), every write (POST) needs the header
"Authorization: Bearer <token>". Serving on an address other than loopback without a token is
refused: anyone who can reach it could write to the database. Stop with Ctrl-C.`;

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new UsageError(`--port must be 0–65535, got "${value}"`);
  return n;
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/**
 * `civwatch serve`: the API and the dashboard over one store; with `--ingest`, the given reports
 * are ingested first (with progress), so one command turns a corpus into a running dashboard.
 *
 * @example
 * program.addCommand(serveCommand(io)); // civwatch serve --ingest examples/corpus/corpus.jsonl
 */
export function serveCommand(io: CliIO): Command {
  return new Command('serve')
    .description('serve the API and the dashboard (optionally ingesting reports first)')
    .addOption(dbOption())
    .addOption(new Option('--port <n>', 'TCP port (0: any free one)').default(8080).argParser(parsePort).env('CIVWATCH_PORT'))
    .option('--host <address>', 'address to listen on (loopback unless a token is set)', '127.0.0.1')
    .addOption(new Option('--token <secret>', 'bearer token required for writes').env('CIVWATCH_TOKEN'))
    .option('--ingest <inputs...>', 'ingest these files, directories or .jsonl batches before serving')
    .option('--web-root <dir>', 'the dashboard\'s built files', DEFAULT_WEB_ROOT)
    .option('--max-bytes <n>', 'refuse reports larger than this (POST /api/reports, --ingest)', parsePositiveInt, DEFAULT_MAX_BYTES)
    .addOption(new Option('--progress', 'show ingest progress even when standard error is not a terminal'))
    .addHelpText('after', EXAMPLES)
    .action(async (opts: ServeOptions) => {
      const refusal = bindRefusal(opts.host, opts.token);
      if (refusal) throw new UsageError(refusal);
      await withStore(opts.db, (store) => serve(store, opts, io, untilSignal()));
    });
}

/**
 * Ingest `opts.ingest` (if any), listen, print where, and serve until `stop` resolves; then
 * close the server. Returns the address it listened on.
 *
 * @example
 * await serve(store, { ...opts, port: 0 }, io, stopSignal);
 */
export async function serve(store: Store, opts: ServeOptions, io: CliIO, stop: Promise<unknown>): Promise<string> {
  const refusal = bindRefusal(opts.host, opts.token);
  if (refusal) throw new UsageError(refusal);
  if (opts.ingest?.length) await ingestFirst(store, opts, io);
  const app = await buildServer({
    store, token: opts.token, webRoot: opts.webRoot, maxBytes: opts.maxBytes,
    logError: (e) => io.stderr.write(`${describeError(e, io.env).stack ?? describeError(e, io.env).line}\n`),
  });
  let address: string;
  try {
    address = await app.listen({ host: opts.host, port: opts.port });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new UsageError(`cannot listen on ${opts.host}:${opts.port} (${code}): choose another --port or --host`);
    }
    throw e;
  }
  io.stderr.write(`civwatch: serving ${opts.db} at ${address}/ (API at ${address}/api, described at ${address}/openapi.json)`
    + `${opts.token ? '; writes need the bearer token' : ''}. Stop with Ctrl-C.\n`);
  await stop;
  await app.close();
  return address;
}

async function ingestFirst(store: Store, opts: ServeOptions, io: CliIO): Promise<void> {
  const progress = opts.progress === true || io.stderr.isTTY === true ? progressWriter(io.stderr) : null;
  let failed = 0;
  const summary = await ingestBatch(store, readSources(opts.ingest ?? [], { maxBytes: opts.maxBytes, timeoutMs: 20_000, fetchPages: true, stdin: io.stdin }), {
    onProgress: progress ? (s) => progress.update(s) : undefined,
    onError: (where, error) => {
      progress?.clear();
      if (++failed <= 20) io.stderr.write(`civwatch: ${where}: ${describeError(error, io.env).line.replace(/^civwatch: /, '')}\n`);
    },
  });
  progress?.done(summary);
  io.stderr.write(`${summaryText(summary)}\n`);
  if (summary.failed > 0) io.exitCode = EXIT.input;
}
