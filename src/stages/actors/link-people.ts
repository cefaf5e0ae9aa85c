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

const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);

/** The actor named in an apposition after a person: "Ryan Harlan, a coalition spokesman, said"
 * or "Ali Saleh, the spokesman for the Joint Operations Command," (up to the next comma). */
function actorInApposition(c: Candidate, chosen: readonly Candidate[], view: SentenceView): Candidate | undefined {
  const toks = view.toks;
  if (toks[c.to]?.key !== ',' || !APPOSITION_OPENERS.has(toks[c.to + 1]?.key ?? '')) return undefined;
  let end = c.to + 2;
  while (end < toks.length && end - c.to < 14 && toks[end].key !== ',' && toks[end].key !== '.') end++;
  return chosen.find((o) => o.sentence === c.sentence && o.from > c.to && o.to <= end && o.value.kind !== 'person' && o.value.key !== null);
}

/**
 * Give every mention of one person the same canonical name and key: mentions group by the
 * known-person row (lexicon), by full name, or — for a bare surname — by the one full name with
 * that surname, and take the longest name the report uses ("Gen. Stephen Townsend" …
 * "Townsend" → both "Stephen Townsend"). A person's affiliation comes from an actor named right
 * before the title or in an apposition after the name, else from the lexicon row.
 *
 * @example
 * linkPeople(candidates, views).filter((c) => c.value.kind === 'person').map((c) => c.value.name);
 */
export function linkPeople(candidates: readonly Candidate[], views: readonly SentenceView[]): Candidate[] {
  const people = candidates.filter((c) => c.value.kind === 'person');
  const rowOf = new Map<Candidate, ActorRow | undefined>(people.map((c) => [c, knownPerson(c)]));
  const nameOf = (c: Candidate) => c.personName ?? c.value.name;
  // Each surname → the groups of the full names (two words or more) that end with it. A bare
  // surname joins a full name only when one person in the report has that surname: in a list
  // of victims of one family, "Jouda" alone cannot say which Jouda.
  const fullBySurname = new Map<string, Set<string>>();
  const groupOfFull = (c: Candidate) => rowOf.get(c)?.key ?? `name:${nameOf(c).toLowerCase()}`;
  for (const c of people) {
    if (nameOf(c).split(' ').length < 2) continue;
    for (const k of surnameKeys(nameOf(c))) {
      const set = fullBySurname.get(k) ?? new Set<string>();
      set.add(groupOfFull(c));
      fullBySurname.set(k, set);
    }
  }
  const groupOf = (c: Candidate): string => {
    const row = rowOf.get(c);
    if (row) return row.key;
    if (nameOf(c).split(' ').length >= 2) return groupOfFull(c);
    const keys = surnameKeys(nameOf(c));
    for (const k of keys) {
      const groups = fullBySurname.get(k);
      if (groups?.size === 1) return [...groups][0];
    }
    return `surname:${keys[keys.length - 1] ?? nameOf(c)}`;
  };
  const longest = new Map<string, string>();
  const rowOfGroup = new Map<string, ActorRow>();
  for (const c of people) {
    const g = groupOf(c);
    const name = nameOf(c);
    if ((longest.get(g)?.length ?? 0) < name.length) longest.set(g, name);
    const row = rowOf.get(c);
    if (row) rowOfGroup.set(g, row);
  }
  return candidates.map((c) => {
    if (c.value.kind !== 'person') return c;
    const g = groupOf(c);
    const row = rowOfGroup.get(g);
    const parent = row?.partOf ? findActor(row.partOf) : undefined;
    const before = (c.value.title ? actorBefore(c, candidates, views[c.sentence]) : undefined)
      ?? actorInApposition(c, candidates, views[c.sentence]);
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
