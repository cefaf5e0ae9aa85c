import type { PlaceValue } from '../../report/types.js';
import { COUNTRIES, TERRITORIES } from '../../lexicon/countries.js';
import { ADMIN_REGIONS } from '../../lexicon/admin-regions.js';
import { CURATED_PLACES } from '../../lexicon/places-curated.js';
import { gazetteer } from '../../geo/gazetteer.js';
import { placeKey, withoutArticle } from '../../geo/normalize.js';

/** One thing a name may refer to, from one of the tables or from GeoNames. Its `source` is
 * `geonames:<id>`, `curated:<key>`, `countries:<code>` or `admin-regions:<cc>.<code>:<name>`. */
export interface PlaceOption extends Pick<PlaceValue, 'name' | 'country' | 'lat' | 'lon' | 'precision' | 'source'> {
  kind: 'country' | 'territory' | 'admin' | 'curated' | 'geonames';
  /** GeoNames admin1 code of the region the place lies in (or is), when known. */
  admin1: string | null;
  population: number;
  /** For all-capital aliases ("US", "UAE"): the text must match exactly. */
  exactCase: string | null;
  /** A curated name that is also a common word: needs a feature word or a preposition. */
  strict?: boolean;
}

function add(map: Map<string, PlaceOption[]>, name: string, option: PlaceOption): void {
  const key = placeKey(name);
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [option]);
  else if (!list.some((o) => o.source === option.source)) list.push(option);
}

const isAcronym = (s: string) => /^[A-Z][A-Z.]{1,5}$/.test(s);

let tables: Map<string, PlaceOption[]> | null = null;
let demonyms: Map<string, string> | null = null;

/** Name key → options from the country, territory, region and curated tables (built once). */
function tableIndex(): Map<string, PlaceOption[]> {
  if (tables) return tables;
  const map = new Map<string, PlaceOption[]>();
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases]) {
      add(map, n, {
        kind: 'country', name: c.name, country: c.code, lat: c.lat, lon: c.lon, precision: 'country',
        source: `countries:${c.code}`, admin1: null, population: 0, exactCase: isAcronym(n) ? n : null,
      });
    }
  }
  for (const t of TERRITORIES) {
    for (const n of [t.name, ...t.aliases]) {
      add(map, n, {
        kind: 'territory', name: t.name, country: t.code, lat: t.lat, lon: t.lon, precision: 'region',
        source: `territories:${t.name}`, admin1: null, population: 0, exactCase: isAcronym(n) ? n : null,
      });
    }
  }
  for (const r of ADMIN_REGIONS) {
    for (const n of [r.name, ...r.aliases]) {
      add(map, n, {
        kind: 'admin', name: r.name, country: r.country, lat: r.lat, lon: r.lon, precision: 'region',
        source: `admin-regions:${r.country}.${r.admin1}:${r.name}`, admin1: r.admin1, population: 0, exactCase: null,
      });
    }
  }
  for (const p of CURATED_PLACES) {
    for (const n of [p.name, ...p.aliases]) {
      add(map, n, {
        kind: 'curated', name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision,
        source: `curated:${p.key}`, admin1: p.admin1, population: 0, exactCase: null, strict: p.strict,
      });
    }
  }
  tables = map;
  return map;
}

/**
 * Demonym key → ISO code ("iraqi" → IQ): a report's country focus, never a place span.
 *
 * @example
 * demonymCountry('Iraqi') // 'IQ'
 */
export function demonymCountry(word: string): string | null {
  if (!demonyms) {
    demonyms = new Map();
    for (const c of COUNTRIES) for (const d of c.demonyms) demonyms.set(placeKey(d), c.code);
  }
  return demonyms.get(placeKey(word)) ?? null;
}

function fromGeonames(key: string): PlaceOption[] {
  return gazetteer().lookup(key).map((g) => ({
    kind: 'geonames' as const,
    name: g.name,
    country: g.country,
    lat: g.lat,
    lon: g.lon,
    precision: g.fcode === 'PPLX' ? ('district' as const) : ('city' as const),
    source: `geonames:${g.geonameid}`,
    admin1: g.admin1 || null,
    population: g.population,
    exactCase: null,
  }));
}

/**
 * Every option a name key may refer to: the tables first, then GeoNames (also tried with and
 * without an Arabic article: "Jadidah" ↔ "Al Jadidah").
 *
 * @example
 * placeOptions('arbil').map((o) => o.name) // ['Erbil', 'Erbil']  (region, then city)
 */
export function placeOptions(key: string): PlaceOption[] {
  const fromTables = tableIndex().get(key) ?? [];
  let geo = fromGeonames(key);
  if (geo.length === 0) {
    const bare = withoutArticle(key);
    geo = bare ? fromGeonames(bare) : fromGeonames(`al ${key}`);
  }
  return fromTables.length ? fromTables.concat(geo) : geo;
}

/**
 * True when the key names anything we know (cheap pre-check for candidate matching).
 *
 * @example
 * isKnownKey('mosul') // true
 */
export function isKnownKey(key: string): boolean {
  if (tableIndex().has(key)) return true;
  if (gazetteer().lookup(key).length) return true;
  const bare = withoutArticle(key);
  return bare ? gazetteer().lookup(bare).length > 0 : gazetteer().lookup(`al ${key}`).length > 0;
}
