import type { EvalReport } from './runner.js';
import { targets } from './targets.js';
import type { SetResult } from './types.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const f2 = (x: number): string => x.toFixed(3);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** P/R/F1 measures grouped into one row per (type, mode): `Person exact P` … → `Person | exact | P | R | F1`. */
function prfTable(set: SetResult): string {
  type Row = { p?: number; r?: number; f?: number; detail: string };
  const rows = new Map<string, Row>();
  for (const m of set.measures) {
    const parts = m.key.split('.');
    const [what, mode, stat] = parts.slice(1);
    const k = `${what} ${mode}`;
    const row: Row = rows.get(k) ?? { detail: m.detail };
    if (stat === 'precision') row.p = m.value;
    if (stat === 'recall') row.r = m.value;
    if (stat === 'f1') row.f = m.value;
    rows.set(k, row);
  }
  return table([
    ['span', 'match', 'P', 'R', 'F1', 'counts'],
    ...[...rows.entries()].map(([k, v]) => [...k.split(' '), f2(v.p ?? 0), f2(v.r ?? 0), f2(v.f ?? 0), v.detail]),
  ]);
}

/**
 * One set as a Markdown table (rates as percentages, P/R/F1 as 0–1), with its notes.
 *
 * @example
 * console.log(formatSet(report.sets[0]));
 */
export function formatSet(set: SetResult): string {
  const head = `### ${set.set} — ${set.items} item(s), ${set.seconds.toFixed(1)} s`;
  const body = set.set === 're3d' || set.set === 'polnear'
    ? prfTable(set)
    : table([['measure', 'value', 'counts'], ...set.measures.map((m) => [m.label, m.key.includes('macroF1') ? f2(m.value) : pct(m.value), m.detail])]);
  const notes = set.notes.map((n) => `- ${n}`).join('\n');
  const misses = set.misses?.length ? ['', 'misses:', ...set.misses.map((m) => `- ${m}`)] : [];
  return [head, '', body, ...(notes ? ['', notes] : []), ...misses].join('\n');
}

/**
 * The issue's targets beside the figures reached (only targets of the sets that ran).
 *
 * @example
 * console.log(formatTargets(report));
 */
export function formatTargets(report: Pick<EvalReport, 'sets'>): string {
  const values = new Map(report.sets.flatMap((s) => s.measures.map((m) => [m.key, m] as const)));
  const rows = targets.filter((t) => values.has(t.key)).map((t) => {
    const m = values.get(t.key)!;
    const show = (x: number) => (t.key.endsWith('f1') || t.key.endsWith('macroF1') ? f2(x) : pct(x));
    return [t.label, `≥ ${show(t.target)}`, show(m.value), m.value >= t.target ? 'met' : 'not yet', t.reference];
  });
  if (rows.length === 0) return '';
  return ['### targets', '', table([['measure', 'target', 'reached', '', 'reference point'], ...rows])].join('\n');
}

/**
 * The whole evaluation as text: a header line, then one table per set.
 *
 * @example
 * process.stdout.write(formatReport(runEval({ dataDir })));
 */
export function formatReport(report: EvalReport): string {
  const head = `civwatch eval — ${report.date.slice(0, 16).replace('T', ' ')} UTC, commit ${report.commit ?? 'unknown'}, ` +
    `${report.seconds.toFixed(1)} s${report.skip ? `, skipping the first ${report.skip} item(s)` : ''}` +
    `${report.limit !== null ? `, ${report.skip ? 'then ' : ''}first ${report.limit} item(s) per set` : ''}` +
    `${report.polnearSplit ? `, PolNeAR ${report.polnearSplit} split` : ''}`;
  const goals = formatTargets(report);
  return [head, ...report.sets.map(formatSet), ...(goals ? [goals] : [])].join('\n\n') + '\n';
}
