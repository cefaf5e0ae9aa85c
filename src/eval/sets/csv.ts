import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/**
 * Read a CSV file with a header row into records keyed by column name.
 *
 * @example
 * const rows = readCsv('../shared/data/dev/acled-myanmar-2021-jan-aug.csv');
 */
export function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[];
}
