import { Command, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../input/document.js';
import { readFeedSource, readSources, type SourceItem } from '../ingest/sources.js';
import { ingestBatch } from '../ingest/batch.js';
import { progressWriter, summaryText } from '../ingest/progress.js';
import { describeError, EXIT, UsageError } from './errors.js';
import { dbOption, withStore } from './db.js';
import type { CliIO } from './io.js';
import { parseDate, parsePositiveInt, parsePositiveNumber } from './option-parsers.js';
import { JOB_DEFAULTS, queueOptions } from '../queue/config.js';
import { openCliQueue } from './queue-option.js';
import { enqueueSources, enqueueSummaryText } from '../queue/enqueue.js';

interface IngestCliOptions {
  db: string;
  feed: string[];
  fetch: boolean;
  progress?: boolean;
  published?: string;
  outlet?: string;
  maxBytes: number;
  timeout: number;
  /** With --queue: add one job per report for `civwatch worker` instead of ingesting here. */
  queue?: string;
  queueName: string;
  queuePrefix: string;
  attempts: number;
}

/** Enough failure lines for a person to see the pattern; the summary counts them all. */
const MAX_ERROR_LINES = 50;

const EXAMPLES = `
Examples:
  civwatch ingest examples/corpus/corpus.jsonl
  civwatch ingest reports/ feed.xml more.jsonl --db monitor.db
  civwatch ingest --feed https://example.org/rss
  civwatch ingest feeds/ --queue redis://127.0.0.1:6379     # enqueue only: workers ingest (civwatch worker)

Each report is stored in one transaction with its sentences, claims and events, and the
incidents it touches: a run killed midway leaves no half-stored report, and running the same
command again completes it (reports already stored are skipped by content hash and URL).
A file that cannot be read is reported on one line and skipped. Exit codes: 0 all ingested,
1 some input failed (the rest is stored), 2 a command-line mistake.`;

/**
 * `civwatch ingest`: read reports from files, directories, JSON Lines, feeds and pages into the
 * store, with live progress on a terminal and a summary at the end.
 *
 * @example
 * program.addCommand(ingestCommand(io)); // civwatch ingest reports/ --db civwatch.db
 */
export function ingestCommand(io: CliIO): Command {
  return new Command('ingest')
    .description('store reports, detect copies, resolve incidents and grade them')
    .argument('[inputs...]', 'files (text, HTML, .jsonl, RSS/Atom .xml), directories (read recursively), http(s) pages, or - for JSON Lines on standard input')
    .addOption(dbOption())
    .option('--feed <url>', 'an RSS/Atom feed (URL or file); each item\'s page is fetched (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--no-fetch', 'read feed items from the feed\'s own text instead of fetching their pages')
    .addOption(new Option('--progress', 'show progress even when standard error is not a terminal'))
    .option('--published <date>', 'publication date for inputs that have none given (YYYY-MM-DD)', parseDate)
    .option('--outlet <name>', 'the outlet, for inputs that name none')
    .option('--max-bytes <n>', 'refuse inputs larger than this', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option('--timeout <seconds>', 'time limit for fetching a page', parsePositiveNumber, 20)
    .addOption(queueOptions(false)[0].helpGroup('Queue (enqueue only):'))
    .addOption(queueOptions(false)[1].helpGroup('Queue (enqueue only):'))
    .addOption(queueOptions(false)[2].helpGroup('Queue (enqueue only):'))
    .option('--attempts <n>', 'with --queue: tries per report job before it goes to the failed list', parsePositiveInt, JOB_DEFAULTS.attempts)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: IngestCliOptions) => {
      if (inputs.length === 0 && opts.feed.length === 0) throw new UsageError('give reports to ingest: files, directories, .jsonl batches, feeds (--feed URL), or - (see civwatch ingest --help)');
      const read = { maxBytes: opts.maxBytes, timeoutMs: opts.timeout * 1000, fetchPages: opts.fetch, stdin: io.stdin };
      async function* all(): AsyncGenerator<SourceItem> {
        yield* readSources(inputs, read);
        for (const feed of opts.feed) yield* readFeedSource(feed, read);
      }
      const showProgress = opts.progress === true || io.stderr.isTTY === true;
      if (opts.queue) {
        await enqueueCli(io, all(), opts, showProgress);
        return;
      }
      const progress = showProgress ? progressWriter(io.stderr) : null;
      let errors = 0;
      const summary = await withStore(opts.db, (store) => ingestBatch(store, all(), {
        defaults: { published: opts.published, outlet: opts.outlet },
        onProgress: progress ? (s) => progress.update(s) : undefined,
        onError: (where, error) => {
          errors++;
          progress?.clear();
          if (errors <= MAX_ERROR_LINES) io.stderr.write(`${errorLine(where, error, io.env)}\n`);
          else if (errors === MAX_ERROR_LINES + 1) io.stderr.write('civwatch: more failures: not listed (counted in the summary)\n');
        },
      }));
      progress?.done(summary);
      io.stderr.write(`${summaryText(summary)}\n`);
      if (summary.failed > 0) io.exitCode = EXIT.input;
    });
}

/** One line naming the input; input errors already name it, others get it prefixed. */
function errorLine(where: string, error: Error, env: NodeJS.ProcessEnv): string {
  const line = describeError(error, env).line.replace(/ \(a bug: run again with CIVWATCH_DEBUG=1 for details\)$/, '');
  return line.includes(where) ? line : line.replace(/^civwatch: /, `civwatch: ${where}: `);
}

/** `ingest --queue`: the reports become jobs for `civwatch worker`; nothing is analyzed here. */
async function enqueueCli(io: CliIO, items: AsyncIterable<SourceItem>, opts: IngestCliOptions, showProgress: boolean): Promise<void> {
  const { queue, target } = await openCliQueue({ queue: opts.queue!, queueName: opts.queueName, queuePrefix: opts.queuePrefix });
  let errors = 0;
  try {
    const s = await enqueueSources(queue, items, {
      defaults: { published: opts.published, outlet: opts.outlet },
      attempts: opts.attempts,
      onProgress: showProgress ? (p) => io.stderr.write(`${io.stderr.isTTY ? '\r\x1b[2K' : ''}queued ${p.queued} of ${p.read} read${io.stderr.isTTY ? '' : '\n'}`) : undefined,
      onError: (where, error) => {
        if (++errors <= MAX_ERROR_LINES) io.stderr.write(`${io.stderr.isTTY && showProgress ? '\r\x1b[2K' : ''}${errorLine(where, error, io.env)}\n`);
      },
    });
    if (showProgress && io.stderr.isTTY) io.stderr.write('\r\x1b[2K');
    io.stderr.write(`${enqueueSummaryText(s)} (${target.prefix}:${target.name})\n`);
    if (s.failed > 0) io.exitCode = EXIT.input;
  } finally {
    await queue.close();
  }
}
