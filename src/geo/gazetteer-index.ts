import { placeKey } from './normalize.js';
import { fnv1a } from '../util/fnv1a.js';

/**
 * The compact gazetteer index: GeoNames `cities500.txt` (200k populated places, 32 MB of text
 * that takes ~2.5 s to parse) reduced to one binary buffer that loads in tens of milliseconds
 * with no parsing: typed-array columns per record, and an open-addressing hash table from name
 * key ({@link placeKey}) to the records that carry that name or a Latin-script alternate name.
 *
 * Layout (little-endian): `CWGZ` magic, u32 header length, JSON header, padding to 4 bytes, then
 * the sections named in the header, each 4-byte aligned.
 */

export interface IndexHeader {
  version: number;
  /** Size and mtime of the source file the index was built from (staleness check). */
  source: { size: number; mtimeMs: number };
  records: number;
  keys: number;
  buckets: number;
  countries: string[];
  admin1: string[];
  fcodes: string[];
  sections: Record<SectionName, { offset: number; length: number }>;
}

type SectionName =
  | 'geonameid' | 'lat' | 'lon' | 'population' | 'country' | 'admin1' | 'fcode'
  | 'nameStart' | 'names' | 'keyStart' | 'keys' | 'postStart' | 'postings' | 'table';

export const INDEX_VERSION = 2;
const MAGIC = 'CWGZ';
const LATIN_KEY = /^[a-z ]+$/;

/**
 * FNV-1a over UTF-16 code units; keys are ASCII so this equals a byte hash.
 *
 * @example
 * hashKey('mosul') & (buckets - 1) // the first bucket to probe
 */
export function hashKey(key: string): number {
  return fnv1a(key);
}

interface Row {
  id: number; name: string; lat: number; lon: number; pop: number; cc: string; admin1: string; fcode: string; keys: string[];
}

function parseRows(text: string): Row[] {
  const rows: Row[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const f = text.slice(pos, end).split('\t');
    pos = end + 1;
    if (f.length < 15) continue;
    const keys = new Set<string>([placeKey(f[1]), placeKey(f[2])]);
    if (f[3]) {
      for (const alt of f[3].split(',')) {
        const k = placeKey(alt);
        // Latin script only: the text we read is English; other scripts would triple the index.
        if (k.length >= 2 && k.length < 40 && LATIN_KEY.test(k)) keys.add(k);
      }
    }
    keys.delete('');
    rows.push({
      id: Number(f[0]), name: f[1], lat: Number(f[4]), lon: Number(f[5]), pop: Number(f[14]) || 0,
      cc: f[8], admin1: f[10], fcode: f[7], keys: [...keys],
    });
  }
  return rows;
}

function interner(): { list: string[]; id(s: string): number } {
  const map = new Map<string, number>();
  const list: string[] = [];
  return {
    list,
    id(s) {
      let i = map.get(s);
      if (i === undefined) { i = list.length; list.push(s); map.set(s, i); }
      return i;
    },
  };
}

/**
 * Build the binary index from the text of `cities500.txt`.
 *
 * @example
 * const buf = buildIndex(fs.readFileSync(cities500Path, 'utf8'), { size: 1, mtimeMs: 0 });
 */
export function buildIndex(text: string, source: { size: number; mtimeMs: number }): Buffer {
  const rows = parseRows(text);
  const n = rows.length;
  const countries = interner();
  const admin1 = interner();
  const fcodes = interner();
  const postingsByKey = new Map<string, number[]>();
  rows.forEach((r, i) => {
    for (const k of r.keys) {
      const list = postingsByKey.get(k);
      if (list) list.push(i); else postingsByKey.set(k, [i]);
    }
  });
  const keyList = [...postingsByKey.keys()];
  const nKeys = keyList.length;
  let buckets = 1;
  while (buckets < nKeys * 2) buckets <<= 1;

  const geonameid = new Uint32Array(n);
  const lat = new Float32Array(n);
  const lon = new Float32Array(n);
  const population = new Uint32Array(n);
  const country = new Uint16Array(n);
  const admin1Col = new Uint16Array(n);
  const fcode = new Uint8Array(n);
  const nameStart = new Uint32Array(n + 1);
  let names = '';
  rows.forEach((r, i) => {
    geonameid[i] = r.id; lat[i] = r.lat; lon[i] = r.lon; population[i] = r.pop;
    country[i] = countries.id(r.cc);
    admin1Col[i] = admin1.id(`${r.cc}.${r.admin1}`);
    fcode[i] = fcodes.id(r.fcode);
    nameStart[i] = names.length;
    names += r.name;
  });
  nameStart[n] = names.length;

  const keyStart = new Uint32Array(nKeys + 1);
  const postStart = new Uint32Array(nKeys + 1);
  const postings: number[] = [];
  const table = new Int32Array(buckets).fill(-1);
  let keys = '';
  keyList.forEach((k, i) => {
    keyStart[i] = keys.length;
    keys += k;
    postStart[i] = postings.length;
    for (const p of postingsByKey.get(k)!) postings.push(p);
    let b = hashKey(k) & (buckets - 1);
    while (table[b] !== -1) b = (b + 1) & (buckets - 1);
    table[b] = i;
  });
  keyStart[nKeys] = keys.length;
  postStart[nKeys] = postings.length;

  const namesBuf = Buffer.from(names, 'utf16le');
  const keysBuf = Buffer.from(keys, 'latin1');
  const sections: [SectionName, Uint8Array][] = [
    ['geonameid', u8(geonameid)], ['lat', u8(lat)], ['lon', u8(lon)], ['population', u8(population)],
    ['country', u8(country)], ['admin1', u8(admin1Col)], ['fcode', fcode],
    ['nameStart', u8(nameStart)], ['names', namesBuf], ['keyStart', u8(keyStart)], ['keys', keysBuf],
    ['postStart', u8(postStart)], ['postings', u8(Uint32Array.from(postings))], ['table', u8(table)],
  ];
  const header: IndexHeader = {
    version: INDEX_VERSION, source, records: n, keys: nKeys, buckets,
    countries: countries.list, admin1: admin1.list, fcodes: fcodes.list,
    sections: {} as IndexHeader['sections'],
  };
  let offset = 0;
  for (const [name, bytes] of sections) {
    header.sections[name] = { offset, length: bytes.byteLength };
    offset = align4(offset + bytes.byteLength);
  }
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const bodyStart = align4(8 + headerBytes.length);
  const out = Buffer.alloc(bodyStart + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(out, 8);
  for (const [name, bytes] of sections) out.set(bytes, bodyStart + header.sections[name].offset);
  return out;
}

function u8(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Read the header and the start of the body of an index buffer; null when it is not one.
 *
 * @example
 * readHeader(fs.readFileSync('data/gazetteer.bin'))?.header.records // 199568
 */
export function readHeader(buf: Buffer): { header: IndexHeader; bodyStart: number } | null {
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) return null;
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as IndexHeader;
  if (header.version !== INDEX_VERSION) return null;
  return { header, bodyStart: align4(8 + len) };
}
