import { PEOPLE } from '../../lexicon/actors-people.js';
import type { MentionCandidate } from './pronouns.js';

let pattern: RegExp | null = null;
const nameOf = new Map<string, string>();

/**
 * A known person named inside a group's name: "the Assad regime", "Saddam Hussein's army". The
 * group stays the actor; the person is a mention inside it, linked to the person's canonical
 * name (the people table, `lexicon/actors-people.ts`).
 *
 * @example
 * innerPeople('the Assad regime', [{ start: 4, end: 16, sentence: 0 }]).map((m) => m.value.antecedent); // ['Bashar al-Assad']
 */
export function innerPeople(text: string, groups: readonly { start: number; end: number; sentence: number }[]): MentionCandidate[] {
  if (!pattern) {
    const aliases: string[] = [];
    for (const row of PEOPLE) for (const a of row.aliases) { nameOf.set(a.toLowerCase(), row.name); aliases.push(a); }
    aliases.sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  }
  const out: MentionCandidate[] = [];
  for (const g of groups) {
    for (const m of text.slice(g.start, g.end).matchAll(pattern)) {
      const start = g.start + m.index;
      out.push({
        start, end: start + m[0].length, sentence: g.sentence, confidence: 0.7,
        value: { of: 'actor', kind: 'person', via: 'inner', head: m[0].toLowerCase(), antecedent: nameOf.get(m[0].toLowerCase()) ?? null },
      });
    }
  }
  return out;
}
