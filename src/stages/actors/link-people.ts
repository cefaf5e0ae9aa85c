import { findActor, sideOf, type ActorRow } from '../../lexicon/actors.js';
import type { Candidate, SentenceView } from './context.js';
import { surnameKeys } from './people.js';

function knownPerson(c: Candidate): ActorRow | undefined {
  if (c.value.key) return findActor(c.value.key);
  if (!c.personName) return undefined;
  const row = findActor(c.personName);
  return row?.kind === 'person' ? row : undefined;
}

/** The actor span right before a titled person ("Pentagon spokesman Jeff Davis",
 * "the coalition's spokesman …"), if any. */
function actorBefore(c: Candidate, chosen: readonly Candidate[], view: SentenceView): Candidate | undefined {
  let edge = c.from;
  if (view.toks[edge - 1]?.key === 's' && view.toks[edge - 2]?.key === "'") edge -= 2;
  return chosen.find((o) => o !== c && o.sentence === c.sentence && o.to === edge && o.value.kind !== 'person' && o.value.key !== null);
}

/**
 * Give every mention of one person the same canonical name and key: mentions group by the
 * known-person row (lexicon) or by surname, and take the longest name the report uses
 * ("Gen. Stephen Townsend" … "Townsend" → both "Stephen Townsend"). A person's affiliation
 * comes from the lexicon row or from an actor named right before the title.
 *
 * @example
 * linkPeople(candidates, views).filter((c) => c.value.kind === 'person').map((c) => c.value.name);
 */
export function linkPeople(candidates: readonly Candidate[], views: readonly SentenceView[]): Candidate[] {
  const people = candidates.filter((c) => c.value.kind === 'person');
  const rowOf = new Map<Candidate, ActorRow | undefined>(people.map((c) => [c, knownPerson(c)]));
  const groupBySurname = new Map<string, string>();
  for (const c of people) {
    const row = rowOf.get(c);
    if (row && c.personName) for (const k of surnameKeys(c.personName)) groupBySurname.set(k, row.key);
  }
  const groupOf = (c: Candidate): string => {
    const row = rowOf.get(c);
    if (row) return row.key;
    const keys = surnameKeys(c.personName ?? c.value.name);
    for (const k of keys) {
      const g = groupBySurname.get(k);
      if (g) return g;
    }
    return `surname:${keys[keys.length - 1]}`;
  };
  const longest = new Map<string, string>();
  const rowOfGroup = new Map<string, ActorRow>();
  for (const c of people) {
    const g = groupOf(c);
    const name = c.personName ?? c.value.name;
    if ((longest.get(g)?.length ?? 0) < name.length) longest.set(g, name);
    const row = rowOf.get(c);
    if (row) rowOfGroup.set(g, row);
  }
  return candidates.map((c) => {
    if (c.value.kind !== 'person') return c;
    const g = groupOf(c);
    const row = rowOfGroup.get(g);
    const parent = row?.partOf ? findActor(row.partOf) : undefined;
    const before = c.value.title ? actorBefore(c, candidates, views[c.sentence]) : undefined;
    const value = {
      ...c.value,
      name: longest.get(g) ?? c.value.name,
      key: row?.key ?? null,
      affiliation: before?.value.name ?? parent?.name ?? null,
      side: before?.value.side ?? (parent ? sideOf(parent).key : null),
    };
    return { ...c, value };
  });
}
