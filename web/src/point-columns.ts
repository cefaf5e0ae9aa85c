/**
 * The dashboard's reader of the columnar points answer (`/api/incidents/points?format=columns`,
 * made by the server's `src/server/point-columns.ts`): back to one {@link PointRow} per point.
 */
import type { PointColumns } from '../../src/server/point-columns.js';
import type { Grade, PointRow } from './types.js';

export type { PointColumns };

const FIELDS = ['ids', 'lat', 'lon', 'date', 'type', 'grade', 'civKilled'] as const;

/**
 * Rows from columns. A payload whose columns differ in length, or whose type or grade index
 * points outside its name table, is refused with an error naming the column.
 *
 * @example
 * rowsFromColumns({ ids: ['i1'], lat: [36.3], lon: [43.1], date: [null], type: [0], grade: [0], civKilled: [2],
 *   types: ['Shelling/artillery/missile attack'], grades: ['weak'] });
 * // [{ id: 'i1', lat: 36.3, lon: 43.1, date: null, type: 'Shelling/artillery/missile attack', grade: 'weak', civKilled: 2 }]
 */
export function rowsFromColumns(c: PointColumns): PointRow[] {
  const n = c.ids.length;
  for (const f of FIELDS) if (!Array.isArray(c[f]) || c[f].length !== n) throw new Error(`points: column ${f} has ${c[f]?.length} entries, ids has ${n}`);
  const rows: PointRow[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const type = c.types[c.type[k]];
    const grade = c.grades[c.grade[k]];
    if (type === undefined) throw new Error(`points: type index ${c.type[k]} of point ${k} is not in types`);
    if (grade === undefined) throw new Error(`points: grade index ${c.grade[k]} of point ${k} is not in grades`);
    rows[k] = { id: c.ids[k], lat: c.lat[k], lon: c.lon[k], date: c.date[k], type, grade: grade as Grade, civKilled: c.civKilled[k] };
  }
  return rows;
}
