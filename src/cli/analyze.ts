import { Command, Option } from 'commander';
import { analyze } from '../analyze.js';
import type { Analysis } from '../report/analysis.js';
import type { ReportMeta } from '../report/types.js';
import { analysisJsonSchema } from '../report/schema.js';
import { DEFAULT_MAX_BYTES, type InputDocument } from '../input/document.js';
import { readInput, readBatch, finishMeta, type InputType } from '../input/read-input.js';
import { formatText } from './format-text.js';
import { describeError, UsageError, EXIT } from './errors.js';
import { type CliIO, writeOut, useColour } from './io.js';
import { parseDate, parsePositiveInt, parsePositiveNumber } from './option-parsers.js';

interface AnalyzeOptions {
  format?: 'text' | 'json';
  jsonl?: boolean;
  inputType: InputType;
  published?: string;
  outlet?: string;
  title?: string;
  byline?: string;
  id?: string;
  maxBytes: number;
  timeout: number;
  schema?: boolean;
}

/** A batch that is not JSON Lines at all would print one error per line: list the first few. */
const MAX_ERROR_LINES = 20;

const EXAMPLES = `
Examples:
  civwatch analyze report.txt --published 2017-04-04
  civwatch analyze report.html --format json
  civwatch analyze --jsonl reports.jsonl > analyses.jsonl
  cat report.txt | civwatch analyze - --published 2017-04-04 --outlet "Example Times"
  civwatch analyze https://example.org/story.html
  civwatch analyze --schema

Without a publication date (from --published or the page), relative dates such as "Thursday"
stay unresolved. Batch lines are {"id"?, "url"?, "title"?, "outlet"?, "byline"?, "published"?,
"text" | "html"}; a bad line is reported on standard error by number, the others are analyzed,
and the exit code is 1. A file ending in .jsonl or .ndjson is read as a batch without --jsonl;
--published, --outlet, --title and --byline then apply to every line.

Exit codes: 0 done, 1 an input could not be read or analyzed, 2 a command-line mistake,
70 an internal error (a bug; CIVWATCH_DEBUG=1 shows its stack).`;

/**
 * `civwatch analyze`: read a report (file, `-`, URL, or a JSON Lines batch), analyze it, print
 * the analysis as text for a person or as `civwatch.analysis/1` JSON.
 *
 * @example
 * program.addCommand(analyzeCommand(io)); // civwatch analyze report.txt --published 2017-04-04
 */
export function analyzeCommand(io: CliIO): Command {
  return new Command('analyze')
    .description('analyze news reports into source-attributed facts (civwatch.analysis/1)')
    .argument('[input]', 'a text or HTML file, an http(s) URL, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'text for a person or json (the contract); json by default with --jsonl, else text').choices(['text', 'json']))
    .option('--jsonl', 'the input is JSON Lines, one report per line; print one analysis per line')
    .addOption(new Option('--input-type <type>', 'read the input as').choices(['auto', 'text', 'html']).default('auto'))
    .option('--published <date>', 'publication date YYYY-MM-DD; relative dates resolve against it', parseDate)
    .option('--outlet <name>', 'the outlet that published the report')
    .option('--title <title>', 'the report title')
    .option('--byline <name>', 'the author')
    .option('--id <id>', 'report id (default: a short hash of the text)')
    .option('--max-bytes <n>', 'refuse inputs larger than this', parsePositiveInt, DEFAULT_MAX_BYTES)
    .option('--timeout <seconds>', 'time limit for fetching a URL', parsePositiveNumber, 20)
    .option('--schema', 'print the JSON Schema of civwatch.analysis/1 and exit')
    .addHelpText('after', EXAMPLES)
    .action(async (input: string | undefined, opts: AnalyzeOptions) => {
      if (opts.schema) {
        await writeOut(io.stdout, `${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
        return;
      }
      if (!input) throw new UsageError('give a report to analyze: a file, an http(s) URL, or - for standard input (see civwatch analyze --help)');
      const batch = opts.jsonl === true || /\.(?:jsonl|ndjson)$/i.test(input);
      if (batch && opts.id) throw new UsageError('--id names one report; in a batch give each line its own "id"');
      if (batch) await runBatch(io, input, opts);
      else await runOne(io, input, opts);
    });
}

async function runOne(io: CliIO, input: string, opts: AnalyzeOptions): Promise<void> {
  const doc = await readInput(input, { type: opts.inputType, maxBytes: opts.maxBytes, timeoutMs: opts.timeout * 1000, stdin: io.stdin });
  const analysis = analyzeDocument(doc, opts);
  if ((opts.format ?? 'text') === 'json') {
    await writeOut(io.stdout, `${JSON.stringify(analysis, null, 2)}\n`);
    return;
  }
  await writeOut(io.stdout, formatText(analysis, { color: useColour(io) }));
  for (const w of analysis.warnings) io.stderr.write(`civwatch: warning: ${w}\n`);
}

async function runBatch(io: CliIO, input: string, opts: AnalyzeOptions): Promise<void> {
  const format = opts.format ?? 'json';
  const source = input === '-' ? 'standard input' : input;
  let ok = 0;
  let failed = 0;
  for await (const result of readBatch(input, { maxBytes: opts.maxBytes, stdin: io.stdin })) {
    if ('error' in result) {
      failed++;
      if (failed <= MAX_ERROR_LINES) io.stderr.write(`${describeError(result.error).line}\n`);
      else if (failed === MAX_ERROR_LINES + 1) io.stderr.write('civwatch: more bad lines: not listed\n');
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analyzeDocument(result.doc, opts);
    } catch (e) {
      // One report that breaks a stage must not lose the rest of the batch.
      failed++;
      io.stderr.write(`${describeError(e, io.env).line.replace(/^civwatch: /, `civwatch: ${source} line ${result.line}: `)}\n`);
      continue;
    }
    ok++;
    if (format === 'json') {
      await writeOut(io.stdout, `${JSON.stringify(analysis)}\n`);
    } else {
      await writeOut(io.stdout, `${ok > 1 ? `${'─'.repeat(60)}\n` : ''}${formatText(analysis, { color: useColour(io) })}`);
      for (const w of analysis.warnings) io.stderr.write(`civwatch: warning: line ${result.line}: ${w}\n`);
    }
  }
  if (failed > 0) {
    io.stderr.write(`civwatch: ${failed} of ${ok + failed} reports in ${source} could not be analyzed\n`);
    io.exitCode = EXIT.input;
  }
}

/** The user's options override what was read from the input; the id is settled last. */
function analyzeDocument(doc: InputDocument, opts: AnalyzeOptions): Analysis {
  const overrides: Partial<ReportMeta> = { published: opts.published, outlet: opts.outlet, title: opts.title, byline: opts.byline, id: opts.id };
  return analyze(doc.text, finishMeta(doc, overrides));
}



