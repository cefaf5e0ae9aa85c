import { Command } from 'commander';
import { queueOptions, type QueueCliOptions } from '../queue/config.js';
import { openCliQueue } from './queue-option.js';
import { countsLine, failedJobs, jobCounts, retryFailed, type FailedJob } from '../queue/inspect.js';
import type { CliIO } from './io.js';
import { parsePositiveInt } from './option-parsers.js';

interface JobsCliOptions extends QueueCliOptions {
  failed?: boolean;
  retryFailed?: boolean;
  limit: number;
  json?: boolean;
}

const EXAMPLES = `
Examples:
  civwatch jobs --queue redis://127.0.0.1:6379            # jobs per state
  civwatch jobs --failed --limit 50                         # the dead-letter list, with each error
  civwatch jobs --failed --json                             # the same as JSON
  civwatch jobs --retry-failed                              # send failed jobs back to be tried again`;

/**
 * `civwatch jobs`: the queue's job counts, its failed jobs (the dead-letter list) with their
 * errors, and re-queuing them.
 *
 * @example
 * program.addCommand(jobsCommand(io)); // civwatch jobs --failed --queue redis://127.0.0.1:6379
 */
export function jobsCommand(io: CliIO): Command {
  const command = new Command('jobs').description('show the work queue: counts per state, failed jobs and their errors');
  for (const o of queueOptions(true)) command.addOption(o);
  return command
    .option('--failed', 'list the failed jobs (they failed every try): id, source, title, tries, error')
    .option('--retry-failed', 'move every failed job back to waiting, to be tried again')
    .option('--limit <n>', 'failed jobs to list', parsePositiveInt, 20)
    .option('--json', 'print JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (opts: JobsCliOptions) => {
      const { queue, target } = await openCliQueue(opts);
      try {
        if (opts.retryFailed) {
          const n = await retryFailed(queue);
          io.stdout.write(opts.json ? `${JSON.stringify({ retried: n })}\n` : `${n} failed ${n === 1 ? 'job' : 'jobs'} moved back to waiting\n`);
          return;
        }
        if (opts.failed) {
          const jobs = await failedJobs(queue, opts.limit);
          io.stdout.write(opts.json ? `${JSON.stringify(jobs, null, 2)}\n` : failedText(jobs, (await jobCounts(queue)).failed));
          return;
        }
        const counts = await jobCounts(queue);
        io.stdout.write(opts.json ? `${JSON.stringify(counts)}\n` : `${target.prefix}:${target.name}: ${countsLine(counts)}\n`);
      } finally {
        await queue.close();
      }
    });
}

function failedText(jobs: FailedJob[], total: number): string {
  if (!jobs.length) return 'no failed jobs\n';
  const lines = jobs.map((j) => [
    `${j.id}  ${j.where}${j.failedAt ? `  failed ${j.failedAt}` : ''}`,
    ...(j.title || j.url ? [`  ${[j.title, j.url].filter(Boolean).join(' — ')}`] : []),
    `  ${j.attempts} ${j.attempts === 1 ? 'try' : 'tries'}: ${j.error}`,
  ].join('\n'));
  const more = total > jobs.length ? `\n(${jobs.length} of ${total} failed jobs shown; --limit ${total} for all)` : '';
  return `${lines.join('\n')}${more}\n`;
}
