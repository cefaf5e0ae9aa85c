import { ADMIN_REGIONS } from '../../lexicon/admin-regions.js';

let names: Map<string, string> | null = null;

/**
 * The name of a first-level region from its GeoNames code, for the countries the region table
 * covers; null elsewhere.
 *
 * @example
 * admin1Name('MM', '11') // 'Shan'
 */
export function admin1Name(country: string, code: string): string | null {
  if (!names) {
    names = new Map();
    for (const r of ADMIN_REGIONS) if (!names.has(`${r.country}.${r.admin1}`)) names.set(`${r.country}.${r.admin1}`, r.name);
  }
  return names.get(`${country}.${code}`) ?? null;
}
