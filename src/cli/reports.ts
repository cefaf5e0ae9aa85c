import { Command, Option } from 'commander';
import { reportCopies, type CopiesView } from '../corpus/service.js';
import { InputError } from '../input/input-error.js';
import { UsageError } from './errors.js';
import { dbOption, withStore } from './db.js';
import { writeOut, type CliIO } from './io.js';

/**
 * `civwatch reports --copies-of REPORT_ID`: which stored reports copy a report, and where each of
 * its sentences first appeared.
 *
 * @example
 * program.addCommand(reportsCommand(io)); // civwatch reports --copies-of wire-0330
 */
export function reportsCommand(io: CliIO): Command {
  return new Command('reports')
    .description('stored reports: copies of a report and the origin of its sentences')
    .addOption(dbOption())
    .option('--copies-of <report>', 'a report id: list its copies and its sentences\' origins')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (opts: { db: string; copiesOf?: string; format: 'text' | 'json' }) => {
      if (!opts.copiesOf) throw new UsageError('give --copies-of REPORT_ID (report ids are listed by civwatch show and civwatch incidents --format json)');
      const id = opts.copiesOf;
      const view = await withStore(opts.db, (store) => reportCopies(store, id));
      if (!view) throw new InputError('not-found', `${opts.db}: no report "${id}"`);
      await writeOut(io.stdout, opts.format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : copiesText(view));
    });
}

/**
 * The text `civwatch reports --copies-of` prints.
 *
 * @example
 * copiesText(await reportCopies(store, 'wire-0330'));
 */
export function copiesText(v: CopiesView): string {
  const r = v.report;
  const out = [`${r.id}  ${r.published ?? '????-??-??'}  ${r.outlet ?? ''}  ${r.title ?? ''}`.trimEnd()];
  if (r.copyOf) out.push(`  a copy of ${r.copyOf} (copy group ${r.copyGroup})`);
  if (r.stitched) out.push('  stitched: most of its sentences come from several other reports');
  out.push('', v.copies.length ? `Copies (${v.copies.length}):` : 'Copies: none stored');
  for (const c of v.copies) out.push(`  ${c.id}  ${c.published ?? '????-??-??'}  ${c.outlet ?? ''}  ${c.title ?? ''}`.trimEnd());
  out.push('', 'Sentences:');
  for (const s of v.sentences) {
    const from = s.originReport === r.id ? 'new' : `from ${s.originReport}#${s.originSentence}${s.similarity < 1 ? ` (near-same, ${s.similarity.toFixed(2)})` : ''}`;
    out.push(`  ${String(s.sentence).padStart(3)}  ${from}: ${s.text.replace(/\s+/g, ' ')}`);
  }
  return `${out.join('\n')}\n`;
}
