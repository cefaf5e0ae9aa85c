/**
 * Migration 7: full text per incident on PostgreSQL (`pg/migrations/007-incident-search`). SQLite
 * has had it since migration 5 (`incidents_fts`), so here the version changes nothing; it is
 * recorded so that one version number means one schema in both databases. Frozen once released.
 */
export const sql = `SELECT 1;`;
