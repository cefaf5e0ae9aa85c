import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';
import { ingestCommand } from './ingest.js';
import { migrateCommand } from './migrate.js';
import { incidentsCommand } from './incidents.js';
import { showCommand } from './show.js';
import { reportsCommand } from './reports.js';
import { serveCommand } from './serve.js';
import { watchCommand } from './watch.js';
import { workerCommand } from './worker.js';
import { jobsCommand } from './jobs.js';
import { describeError, EXIT } from './errors.js';
import { processIO, type CliIO } from './io.js';

const HELP_EXAMPLES = `
Examples:
  civwatch analyze examples/reports/mosul-bakery-strike.txt --published 2017-03-24
  civwatch analyze report.html --format json
  civwatch analyze --jsonl examples/reports.jsonl > analyses.jsonl
  civwatch analyze --schema
  civwatch eval --set seed
  civwatch ingest reports/ feed.xml more.jsonl --db civwatch.db
  civwatch incidents --since 2017-03-01 --grade fair+ --format csv`;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The `civwatch` command line. Returns the exit code; errors are one line on standard error,
 * never a stack trace (set `CIVWATCH_DEBUG=1` to see one for an internal error).
 *
 * @example
 * process.exitCode = await main(process.argv); // from bin/civwatch.js
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const output = { writeOut: (s: string) => void io.stdout.write(s), writeErr: (s: string) => void io.stderr.write(s) };
  const program = new Command('civwatch')
    .description('civilian-harm monitor: turns news reports into structured, source-attributed facts')
    .version(version(), '-V, --version')
    .addHelpText('after', HELP_EXAMPLES)
    .showSuggestionAfterError()
    .configureOutput(output)
    .exitOverride();
  for (const command of [analyzeCommand(io), evalCommand(), ingestCommand(io), incidentsCommand(io), showCommand(io), reportsCommand(io), migrateCommand(io), workerCommand(io), jobsCommand(io)]) {
    program.addCommand(command.configureOutput(output).exitOverride().showSuggestionAfterError());
  }
  program.addCommand(watchCommand(io).configureOutput(output).exitOverride().showSuggestionAfterError());
  program.addCommand(serveCommand(io).configureOutput(output).exitOverride().showSuggestionAfterError());
  try {
    await program.parseAsync(argv);
    return io.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has printed its message already; a parse error is a usage error.
      return e.exitCode === 1 ? EXIT.usage : e.exitCode;
    }
    const { line, exitCode, stack } = describeError(e, io.env);
    io.stderr.write(`${stack ?? line}\n`);
    return exitCode;
  }
}
