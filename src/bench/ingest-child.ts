import { parseArgs } from 'node:util';
import { runIngest } from './ingest.js';

/**
 * One size of the ingest bench in its own process (spawned by `runIngestSuite`): progress lines
 * on stderr, the run as JSON on stdout.
 *
 * @example
 * // node dist/bench/ingest-child.js --size 1000 --seed 1 [--profile] > run.json
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string' }, seed: { type: 'string', default: '1' }, profile: { type: 'boolean', default: false } } });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 1) throw new Error(`--size must be a positive integer, got "${values.size}"`);
  const run = await runIngest({
    size, seed: Number(values.seed), profile: values.profile,
    onChunk: (c) => process.stderr.write(`ingest ${size}: ${c.at} reports; last ${c.reports}: ${(c.cpuMs / c.reports).toFixed(1)} CPU ms/report, ${(c.ms / c.reports).toFixed(1)} wall ms/report, RSS ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB\n`),
  });
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`ingest bench: ${e.stack ?? e.message}\n`);
  process.exitCode = 1;
});
