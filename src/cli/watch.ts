import { Command, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../input/document.js';
import { decodeText } from '../input/decode.js';
import { InputError } from '../input/input-error.js';
import { readFileLimited } from '../input/read-bytes.js';
import { JOB_DEFAULTS, queueOptions, type QueueCliOptions } from '../queue/config.js';
import { feedListErrorLine, parseFeedList } from '../watch/feed-list.js';
import type { WatchContext } from '../watch/poll.js';
import { queueSink } from '../watch/queue-sink.js';
import { ingestSink, type ItemSink } from '../watch/sink.js';
import { statusTable } from '../watch/status.js';
import { roundLine, watchFeeds, type RoundSummary } from '../watch/watcher.js';
import { EXIT } from './errors.js';
import { dbOption, withStore } from './db.js';
import { openCliQueue } from './queue-option.js';
import { writeOut, type CliIO } from './io.js';
import { parseDuration, parsePositiveInt, parsePositiveNumber } from './option-parsers.js';

interface WatchCliOptions extends QueueCliOptions {
  db: string;
  every: number;
  once?: boolean;
  status?: boolean;
  fetch: boolean;
  timeout: number;
  maxBytes: number;
  itemTries: number;
  concurrency: number;
}

const EXAMPLES = `
Examples:
  civwatch watch feeds.txt --db civwatch.db                      # poll every 15 min, ingest here
  civwatch watch feeds.txt --every 30m --queue redis://127.0.0.1:6379 --db postgres://civwatch@db/civwatch
  civwatch watch feeds.txt --once                                # one round (cron), then a summary
  civwatch watch feeds.txt --status                              # which feeds fail, since when, next poll

feeds.txt holds one http(s) feed URL per line; # starts a comment. A bad line is reported by
number and the other feeds are still watched. What the watcher has seen, each feed's ETag and
Last-Modified, and its failures are kept in the database, so a restarted watcher (or one on
another machine sharing the database) carries on where it stopped. A failing feed waits
longer after each failure (every x 2^failures, at most 24 h, or the server's Retry-After); an
item whose page cannot be read is tried again next round (up to --item-tries times).
Ctrl-C or SIGTERM finishes the feeds in hand and exits. Exit codes (--once): 0 all went well,
1 a feed, an item or a line of the feeds file failed (the rest is done), 2 a command-line mistake.`;

/**
 * `civwatch watch FEEDS_FILE`: poll RSS/Atom feeds every `--every`, handing new items to ingest
 * (or to the queue with `--queue`), with one line per round on standard error.
 *
 * @example
 * program.addCommand(watchCommand(io)); // civwatch watch feeds.txt --every 15m --db civwatch.db
 */
export function watchCommand(io: CliIO): Command {
  const command = new Command('watch')
    .description('poll RSS/Atom feeds and ingest (or enqueue) their new items, remembering what was seen')
    .argument('<feeds-file>', 'one feed URL per line (# comments)')
    .addOption(new Option('--every <duration>', 'time between rounds: 30s, 15m, 1h, 1h30m').argParser(parseDuration).default(15 * 60_000, '15m'))
    .option('--once', 'poll every feed once, print the summary and exit (for cron and tests)')
    .option('--status', 'print what the database remembers of each listed feed (failures, next poll, last error) and exit; nothing is polled')
    .addOption(dbOption());
  for (const o of queueOptions(false)) command.addOption(o);
  return command
    .option('--no-fetch', 'read items from the feed\'s own text instead of fetching their pages')
    .option('--timeout <seconds>', 'time limit per request (feed or page)', parsePositiveNumber, 20)
    .option('--max-bytes <n>', 'refuse feeds and pages larger than this', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option('--item-tries <n>', 'rounds an item whose page fails is tried before it is given up', parsePositiveInt, 5)
    .option('--concurrency <n>', 'feeds polled at the same time', parsePositiveInt, 4)
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, opts: WatchCliOptions) => {
      const feeds = await readFeedsFile(file, opts.maxBytes, io);
      if (opts.status) {
        await withStore(opts.db, async (store) => writeOut(io.stdout, statusTable(feeds, await store.listFeedStates())));
        return;
      }
      // A wrong --queue, or a Redis that does not answer, is a one-line error before any feed is polled.
      const queued = opts.queue ? await openCliQueue(opts) : null;
      const target = queued?.target;
      await withStore(opts.db, async (store) => {
        const sink: ItemSink = queued ? queueSink(queued.queue, { attempts: JOB_DEFAULTS.attempts, timeoutMs: opts.timeout * 1000 }) : ingestSink(store);
        const ctx: WatchContext = {
          store, sink, everyMs: opts.every, timeoutMs: opts.timeout * 1000, maxBytes: opts.maxBytes, fetchPages: opts.fetch,
          itemTries: opts.itemTries, now: () => new Date(), random: Math.random, log: (line) => io.stderr.write(`civwatch watch: ${line}\n`),
        };
        io.stderr.write(`civwatch watch: ${feeds.length} feed${feeds.length === 1 ? '' : 's'}${opts.once ? ', one round' : `, a round every ${formatDuration(opts.every)}`}; new items ${target ? `queued on ${target.prefix}:${target.name}` : 'ingested here'}\n`);
        const stop = opts.once ? null : stopOnSignals(io);
        let last: RoundSummary | null = null;
        try {
          last = await watchFeeds(ctx, feeds, {
            once: opts.once === true, concurrency: opts.concurrency, signal: stop?.signal,
            onRound: (s) => io.stderr.write(`${roundLine(s)}\n`),
          });
        } finally {
          stop?.dispose();
          await sink.close?.();
        }
        if (last && (last.failed > 0 || last.itemFailures > 0)) io.exitCode = EXIT.input;
      });
    });
}

/** The feeds of the file; bad lines are printed (and make the exit code 1), a file with no good line fails. */
async function readFeedsFile(file: string, maxBytes: number, io: CliIO): Promise<string[]> {
  const text = decodeText(await readFileLimited(file, maxBytes), { source: file, maxBytes });
  const list = parseFeedList(text, file);
  for (const e of list.errors) io.stderr.write(`civwatch: ${feedListErrorLine(file, e)}\n`);
  if (list.errors.length) io.exitCode = EXIT.input;
  if (!list.feeds.length) throw new InputError('bad-record', `${file}: no feed to watch`);
  return list.feeds;
}

/** SIGINT/SIGTERM abort the loop after the feeds in hand; a second signal exits at once. */
function stopOnSignals(io: CliIO): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr.write('civwatch watch: stopping after the feeds in hand (again to stop at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** 900000 → '15m', 90000 → '1m30s'. */
function formatDuration(ms: number): string {
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    if (ms >= size) {
      parts.push(`${Math.floor(ms / size)}${unit}`);
      ms %= size;
    }
  }
  if (ms > 0 || !parts.length) parts.push(`${ms}ms`);
  return parts.join('');
}
