import type { Stage } from '../pipeline/stage.js';
import { makeSpan } from '../report/report.js';
import type { WeaponValue } from '../report/types.js';
import { WEAPONS } from '../lexicon/weapons.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]?');

interface Compiled {
  /** Words in any case ("Mortar rounds", "mortar rounds"). */
  words: RegExp;
  /** Acronyms as written ("IED"). */
  acronyms: RegExp;
  byForm: Map<string, WeaponValue>;
}

let compiled: Compiled | null = null;

/** One regular expression over every form, longest first (built once). */
function compile(): Compiled {
  if (compiled) return compiled;
  const byForm = new Map<string, WeaponValue>();
  const forms: string[] = [];
  for (const row of WEAPONS) {
    for (const f of row.forms) { byForm.set(f.replace(/[- ]/g, ''), { name: row.name, category: row.category }); forms.push(escape(f)); }
    for (const f of row.caseSensitive ?? []) { byForm.set(f, { name: row.name, category: row.category }); }
  }
  const acronyms = WEAPONS.flatMap((r) => r.caseSensitive ?? []).sort((a, b) => b.length - a.length);
  forms.sort((a, b) => b.length - a.length);
  const bounded = (alts: string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts.join('|')})(?![\\p{L}\\p{N}-])`, flags);
  compiled = { words: bounded(forms, 'giu'), acronyms: bounded(acronyms, 'gu'), byForm };
  return compiled;
}

/**
 * Weapons and munitions the text names, from the weapon table (`lexicon/weapons.ts`): "barrel
 * bombs", "a VBIED", "mortar rounds", "chemical weapons". The longest form at a position wins;
 * acronyms match only as written ("IED", not a word that happens to spell it).
 *
 * @example
 * const r = buildPipeline([segment, weapons]).run(createReport('Helicopters dropped barrel bombs.'));
 * spansOf(r, 'weapon')[0].value; // { name: 'barrel bomb', category: 'air' }
 */
export const weapons: Stage = {
  name: 'weapons',
  requires: ['sentence'],
  assigns: ['weapon'],
  run(report, ctx) {
    const { words, acronyms, byForm } = compile();
    const found: { start: number; end: number; value: WeaponValue }[] = [];
    for (const [re, fold] of [[words, true], [acronyms, false]] as const) {
      for (const m of report.text.matchAll(re)) {
        const value = byForm.get(fold ? m[0].toLowerCase().replace(/[- ]/g, '') : m[0]);
        if (value) found.push({ start: m.index, end: m.index + m[0].length, value });
      }
    }
    // The two passes may overlap ("IED" inside a longer form): the longer, then the earlier, wins.
    found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    const kept: typeof found = [];
    for (const f of found) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
    const spans = kept.sort((a, b) => a.start - b.start).map((f) => {
      ctx.trace(`"${report.text.slice(f.start, f.end)}" → ${f.value.name} at ${f.start}–${f.end}`);
      return makeSpan(report, { start: f.start, end: f.end, label: 'weapon', stage: 'weapons', confidence: 0.8, value: f.value });
    });
    return { spans };
  },
};
