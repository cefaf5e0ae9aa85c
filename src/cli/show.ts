import { Command, Option } from 'commander';
import { showIncident, type IncidentDetail } from '../corpus/service.js';
import { UsageError } from './errors.js';
import { InputError } from '../input/input-error.js';
import { dbOption, withStore } from './db.js';
import { rangeText } from './incidents.js';
import { writeOut, type CliIO } from './io.js';

/**
 * `civwatch show INCIDENT_ID`: an incident with its sources, each source's figures, the claims,
 * the sentences its events rest on (and where copied ones came from), its grade history and
 * merge records.
 *
 * @example
 * program.addCommand(showCommand(io)); // civwatch show inc-3f2a9c01d4e5
 */
export function showCommand(io: CliIO): Command {
  return new Command('show')
    .description('one incident: its sources, figures, claims and evidence sentences')
    .argument('<incident>', 'an incident id (from civwatch incidents)')
    .addOption(dbOption())
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (id: string, opts: { db: string; format: 'text' | 'json' }) => {
      if (!id.trim()) throw new UsageError('give an incident id (see civwatch incidents)');
      const detail = await withStore(opts.db, (store) => showIncident(store, id));
      if (!detail) throw new InputError('not-found', `${opts.db}: no incident "${id}" (list them with civwatch incidents)`);
      await writeOut(io.stdout, opts.format === 'json' ? `${JSON.stringify(detail, null, 2)}\n` : showText(detail));
    });
}

/**
 * The text `civwatch show` prints.
 *
 * @example
 * showText(await showIncident(store, id));
 */
export function showText(d: IncidentDetail): string {
  const i = d.incident;
  const out: string[] = [];
  out.push(`${i.id}  ${i.type}`);
  out.push(`  date         ${i.date ? (i.date.from === i.date.to ? i.date.from : `${i.date.from} .. ${i.date.to}`) : 'unknown'}`);
  out.push(`  place        ${i.place ? `${i.place.name}, ${i.place.country} (${i.place.lat}, ${i.place.lon}; ${i.place.precision})` : 'unknown'}`);
  out.push(`  perpetrator  ${i.perpetrator ?? 'unknown'}${i.target ? `   target ${i.target}` : ''}`);
  out.push(`  civilians    killed ${rangeText(i.civilians.killed)} (conservative ${i.civilians.killed.conservative}), injured ${rangeText(i.civilians.injured)}`);
  out.push(`  combatants   killed ${rangeText(i.combatants.killed)}, injured ${rangeText(i.combatants.injured)}`);
  out.push(`  total        killed ${rangeText(i.total.killed)}, injured ${rangeText(i.total.injured)}`);
  out.push(`  grade        ${i.grade}`);
  for (const r of i.gradeReasons) out.push(`               - ${r}`);
  out.push('', `Sources (${i.independentSources} independent):`);
  for (const f of d.figures) {
    out.push(`  ${f.reports.join(', ')}: civilians killed ${rangeText(f.civilians.killed)}, injured ${rangeText(f.civilians.injured)}; total killed ${rangeText(f.total.killed)}`);
  }
  out.push('', 'Reports:');
  for (const r of i.reports) out.push(`  ${r.id}  ${r.published ?? '????-??-??'}  ${r.outlet ?? ''}${r.copyOf ? `  (copy of ${r.copyOf})` : ''}${r.url ? `  ${r.url}` : ''}`);
  if (i.claims.length) {
    out.push('', 'Claims:');
    for (const c of i.claims) out.push(`  [${c.stance}] ${c.source} (${c.report}): ${c.text}`);
  }
  out.push('', 'Evidence:');
  for (const e of d.events) {
    for (const s of e.sentences) out.push(`  ${s.report}#${s.sentence}${s.origin ? ` (from ${s.origin.report}#${s.origin.sentence})` : ''}: ${s.text}`);
  }
  if (d.gradeHistory.length > 1) {
    out.push('', 'Grade history:');
    for (const g of d.gradeHistory) out.push(`  ${g.at}  ${g.grade} (${g.by}): ${g.reasons.join('; ')}`);
  }
  out.push('', 'Merges:');
  for (const m of d.merges) out.push(`  ${m.at}  ${m.event} (${m.by}): ${m.reasons.join('; ')}`);
  return `${out.join('\n')}\n`;
}
