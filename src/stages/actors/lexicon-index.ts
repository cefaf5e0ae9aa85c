import { ACTORS, type ActorRow } from '../../lexicon/actors.js';
import { TITLES, type TitleRow } from '../../lexicon/actors-titles.js';
import { PhraseIndex } from './alias-index.js';

/** What an actor alias stands for. */
export interface AliasPayload {
  row: ActorRow;
  /** True for a contextual alias ("police", "AA"), decided by the report's context. */
  contextual: boolean;
}

let actorIndex: PhraseIndex<AliasPayload> | null = null;
let titleIndex: PhraseIndex<TitleRow['role']> | null = null;

/**
 * The actor lexicon as one token trie, built once per process.
 *
 * @example
 * actorAliases().matchesAt(tokenize('Daesh fighters'), 0)[0].entries[0].payload.row.key; // 'islamic state'
 */
export function actorAliases(): PhraseIndex<AliasPayload> {
  if (!actorIndex) {
    actorIndex = new PhraseIndex();
    for (const row of ACTORS) {
      for (const alias of row.aliases) actorIndex.add(alias, { row, contextual: false });
      for (const alias of row.contextual ?? []) actorIndex.add(alias, { row, contextual: true });
    }
  }
  return actorIndex;
}

/**
 * The person titles as one token trie, built once per process.
 *
 * @example
 * personTitles().matchesAt(tokenize('Lt. Gen. Smith'), 0).pop()?.to; // 4 ("Lt", ".", "Gen", ".")
 */
export function personTitles(): PhraseIndex<TitleRow['role']> {
  if (!titleIndex) {
    titleIndex = new PhraseIndex();
    for (const row of TITLES) for (const t of row.titles) titleIndex.add(t, row.role);
  }
  return titleIndex;
}
