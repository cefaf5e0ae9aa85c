/**
 * PostgreSQL migration 4 (SQLite's `004-listing-indexes`): indexes that let a listing start from
 * its most selective filter and still read rows in listing order (`COALESCE(date_from, '~'), id`),
 * and grade history read in insertion order (`grades.id`, an identity column) instead of by `at`.
 * A box on `lat, lon` keeps using `incidents_latlon` (migration 1). Frozen once released.
 */
export const sql = `
CREATE INDEX incidents_type_order ON incidents(type, (COALESCE(date_from, '~')), id);
CREATE INDEX incidents_grade_order ON incidents(grade, (COALESCE(date_from, '~')), id);
CREATE INDEX incidents_perpetrator_order ON incidents((lower(perpetrator)), (COALESCE(date_from, '~')), id);
CREATE INDEX grades_seq ON grades(incident, id);
`;
