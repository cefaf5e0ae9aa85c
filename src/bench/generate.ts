import { parseArgs } from 'node:util';
import { generateReport, toJsonRecord } from '../corpus-gen/generate.js';

/**
 * Write a generated corpus as JSON Lines, the shape `civwatch analyze --jsonl` reads.
 *
 * @example
 * // node dist/bench/generate.js --count 1000 --seed 1 > corpus.jsonl
 * // node dist/bench/generate.js --count 10 --truth > labelled.jsonl
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      truth: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: node dist/bench/generate.js [--count 100] [--seed 1] [--truth] > corpus.jsonl\n'
      + '  --truth  add each report\'s truth (event, date, place, figures, claims) as a "truth" field\n');
    return;
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a non-negative integer, got "${values.count}"`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got "${values.seed}"`);
  // One line at a time, so 100k reports never sit in memory together.
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += `${JSON.stringify(toJsonRecord(generateReport(seed, i), values.truth))}\n`;
    if (buffer.length > 1 << 20) { process.stdout.write(buffer); buffer = ''; }
  }
  process.stdout.write(buffer);
}

try {
  main();
} catch (e) {
  process.stderr.write(`generate: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
