import { sql as init } from './001-init.js';
import { sql as reviews } from './002-reviews.js';
import { sql as feeds } from './003-feeds.js';
import { sql as listingIndexes } from './004-listing-indexes.js';
import { sql as listingBounds } from './005-listing-bounds.js';
import { sql as listingCells } from './006-listing-cells.js';
import { sql as incidentSearch } from './007-incident-search.js';

/** One versioned schema change. Versions only grow; applied ones are never edited. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every migration, in version order. Kept as TypeScript modules (not .sql files) so `tsc` ships
 * them in `dist/` with the code that applies them.
 *
 * @example
 * migrations.at(-1)?.version; // the schema version a fresh database ends at
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'reviews', sql: reviews },
  { version: 3, name: 'feeds', sql: feeds },
  { version: 4, name: 'listing-indexes', sql: listingIndexes },
  { version: 5, name: 'listing-bounds', sql: listingBounds },
  { version: 6, name: 'listing-cells', sql: listingCells },
  { version: 7, name: 'incident-search', sql: incidentSearch },
];
