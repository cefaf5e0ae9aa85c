import { Command, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../input/document.js';
import { queueOptions, STALL_DEFAULTS, type QueueCliOptions } from '../queue/config.js';
import { openCliQueue } from './queue-option.js';
import { startReportWorker, workerLine, type WorkerStats } from '../queue/worker.js';
import { dbOption, withStore } from './db.js';
import type { CliIO } from './io.js';
import { parsePositiveInt } from './option-parsers.js';

interface WorkerCliOptions extends QueueCliOptions {
  db: string;
  concurrency: number;
  progress?: boolean;
  maxBytes: number;
  lockDuration: number;
  stalledInterval: number;
}

const EXAMPLES = `
Examples:
  civwatch worker --queue redis://127.0.0.1:6379 --db postgres://civwatch@db/civwatch --concurrency 2
  CIVWATCH_QUEUE=redis://queue:6379 CIVWATCH_DB=postgres://… civwatch worker

Runs until stopped: SIGTERM or Ctrl-C finishes the jobs in hand, then exits (a second one exits
at once; the jobs in hand are then run again by another worker). Start one per machine, or more:
any number of workers on any number of machines share one queue and one database. A worker killed
outright has its jobs run again by another after about ${(STALL_DEFAULTS.lockDuration + STALL_DEFAULTS.stalledInterval) / 1000} s. Jobs that fail every try
are kept in the failed list: civwatch jobs --failed.`;

/**
 * `civwatch worker`: ingest report jobs from the queue into the store until stopped.
 *
 * @example
 * program.addCommand(workerCommand(io)); // civwatch worker --queue redis://127.0.0.1:6379 --db civwatch.db
 */
export function workerCommand(io: CliIO): Command {
  const command = new Command('worker').description('take report jobs from the queue and ingest them (run one or more per machine)');
  for (const o of queueOptions(true)) command.addOption(o);
  return command
    .addOption(dbOption())
    .option('--concurrency <n>', 'jobs this process runs at once (analysis is CPU-bound: about one process per core)', parsePositiveInt, 1)
    .addOption(new Option('--progress', 'show progress even when standard error is not a terminal (a line every 5 s)'))
    .option('--max-bytes <n>', 'refuse report texts larger than this', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option('--lock-duration <ms>', 'how long a job\'s lock lasts without renewal (a killed worker\'s jobs wait this long)', parsePositiveInt, STALL_DEFAULTS.lockDuration)
    .option('--stalled-interval <ms>', 'how often this worker looks for jobs whose worker died', parsePositiveInt, STALL_DEFAULTS.stalledInterval)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: WorkerCliOptions) => {
      // Fails fast (one line, exit 2) when the queue's Redis does not answer.
      const { queue, target } = await openCliQueue(opts);
      await queue.close();
      await withStore(opts.db, async (store) => {
        const show = progressShower(io, opts.progress === true);
        const w = startReportWorker({
          target, store, concurrency: opts.concurrency, maxBytes: opts.maxBytes,
          lockDuration: opts.lockDuration, stalledInterval: opts.stalledInterval,
          onProgress: show.update,
          onFailure: (job, error, final) => {
            if (!final) return;
            show.clear();
            io.stderr.write(`civwatch worker: job ${job.id} (${job.where}) failed on its last try: ${error.message}\n`);
          },
          onError: onceEach((e) => {
            show.clear();
            io.stderr.write(`civwatch worker: queue: ${e.message}\n`);
          }),
        });
        await w.worker.waitUntilReady();
        io.stderr.write(`civwatch worker: pid ${process.pid}, queue ${target.prefix}:${target.name}, concurrency ${opts.concurrency}\n`);
        await stopSignal();
        show.clear();
        io.stderr.write('civwatch worker: stopping: finishing the jobs in hand\n');
        await w.close();
        show.done(w.stats);
      });
    });
}

/** Resolves on the first SIGTERM or SIGINT; a second one exits at once. */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const first = () => {
      process.off('SIGTERM', first);
      process.off('SIGINT', first);
      process.once('SIGTERM', () => process.exit(143));
      process.once('SIGINT', () => process.exit(130));
      resolve();
    };
    process.on('SIGTERM', first);
    process.on('SIGINT', first);
  });
}

/** The same message once a minute at most (a Redis outage repeats its error many times a second). */
function onceEach(fn: (e: Error) => void): (e: Error) => void {
  const last = new Map<string, number>();
  return (e) => {
    const now = Date.now();
    if (now - (last.get(e.message) ?? 0) < 60_000) return;
    last.set(e.message, now);
    fn(e);
  };
}

/** A rewritten line on a terminal; with --progress elsewhere, a line every 5 s. */
function progressShower(io: CliIO, forced: boolean): { update(s: WorkerStats): void; clear(): void; done(s: WorkerStats): void } {
  const tty = io.stderr.isTTY === true;
  const every = tty ? 200 : 5000;
  let last = 0;
  let shown = false;
  return {
    update(s) {
      if (!tty && !forced) return;
      const now = Date.now();
      if (now - last < every) return;
      last = now;
      io.stderr.write(tty ? `\r\x1b[2K${workerLine(s)}` : `${workerLine(s)}\n`);
      shown = tty;
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[2K');
      shown = false;
    },
    done(s) {
      if (shown) io.stderr.write('\r\x1b[2K');
      io.stderr.write(`civwatch worker: stopped: ${workerLine(s)}\n`);
    },
  };
}
