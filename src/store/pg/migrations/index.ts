import { sql as init } from './001-init.js';
import { sql as reviews } from './002-reviews.js';
import { sql as feeds } from './003-feeds.js';
import { sql as listingIndexes } from './004-listing-indexes.js';
import { sql as listingBounds } from './005-listing-bounds.js';
import { sql as listingCells } from './006-listing-cells.js';
import { sql as incidentSearch } from './007-incident-search.js';
import type { Migration } from '../../migrations/index.js';

/**
 * PostgreSQL migrations, versioned like SQLite's (`store/migrations/`): the same version number
 * is the same schema change in each database's dialect. Versions only grow; applied ones are
 * never edited.
 *
 * @example
 * pgMigrations.at(-1)?.version; // the schema version a fresh PostgreSQL store ends at
 */
export const pgMigrations: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'reviews', sql: reviews },
  { version: 3, name: 'feeds', sql: feeds },
  { version: 4, name: 'listing-indexes', sql: listingIndexes },
  { version: 5, name: 'listing-bounds', sql: listingBounds },
  { version: 6, name: 'listing-cells', sql: listingCells },
  { version: 7, name: 'incident-search', sql: incidentSearch },
];
