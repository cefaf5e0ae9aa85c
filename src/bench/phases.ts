import { Session } from 'node:inspector/promises';

/** The phases of ingesting a report, as a CPU profile's samples are attributed to them. */
export const PHASES = ['analysis', 'copy detection', 'provenance', 'resolution', 'store (SQLite)', 'garbage collection', 'other'] as const;
/** Samples in the bench's own corpus generator: reported apart, not part of ingest. */
export type Sampled = Phase | 'generator';
export type Phase = (typeof PHASES)[number];

/** Code of the SQLite store: a sample anywhere under it is store time, whoever called it. */
const STORE_FILES = /\/(src|dist)\/store\/|better-sqlite3/;

/**
 * Which phase a stack frame's code belongs to, by its file. A sample goes to the OUTERMOST frame
 * that matches a row (what `ingestReport` called), so helpers shared by several phases count for
 * their caller; `ingest.ts` itself matches none.
 */
const PHASE_FILES: readonly (readonly [RegExp, Sampled])[] = [
  // the bench generating its corpus between reports
  [/\/(src|dist)\/corpus-gen\//, 'generator'],
  // MinHash, LSH bands and the shingle cache
  [/\/(src|dist)\/ingest\/copy-step|\/(src|dist)\/corpus\/(minhash|lsh|copies)\./, 'copy detection'],
  // sentence origins, stitched reports, re-anchoring decisions (a re-run of the analysis is analysis)
  [/\/(src|dist)\/ingest\/provenance-step|\/(src|dist)\/corpus\/(provenance|stitched|reanchor|normalize)\./, 'provenance'],
  // event records, cells, candidate comparison, figures and grades
  [/\/(src|dist)\/ingest\/incident-step|\/(src|dist)\/corpus\//, 'resolution'],
  // the per-report pipeline and the libraries it runs on
  [/\/(src|dist)\/(analyze|stages|nlp|pipeline|report|lexicon|geo|input|language)|wink-|chrono-node|franc|cities-500/, 'analysis'],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Milliseconds of sampled CPU per phase in a V8 CPU profile (`node --cpu-prof` writes the same
 * format). Idle samples are left out.
 *
 * @example
 * splitProfile(JSON.parse(readFileSync('CPU.cpuprofile', 'utf8'))); // { analysis: 812, … }
 */
export function splitProfile(profile: CpuProfile): Record<Sampled, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Per node: the outermost matching phase on its path from the root, and whether the store is on it.
  const memo = new Map<number, { outer: Sampled | null; store: boolean; special: Phase | 'idle' | null }>();
  const info = (id: number): { outer: Sampled | null; store: boolean; special: Phase | 'idle' | null } => {
    const hit = memo.get(id);
    if (hit) return hit;
    const node = byId.get(id);
    const up = parent.get(id);
    const above = up !== undefined ? info(up) : { outer: null, store: false, special: null };
    const fn = node?.callFrame.functionName ?? '';
    const url = node?.callFrame.url ?? '';
    const special: Phase | 'idle' | null = fn === '(idle)' ? 'idle' : fn === '(garbage collector)' ? 'garbage collection' : null;
    const r = {
      outer: above.outer ?? (url ? PHASE_FILES.find(([re]) => re.test(url))?.[1] ?? null : null),
      store: above.store || (url !== '' && STORE_FILES.test(url)),
      special,
    };
    memo.set(id, r);
    return r;
  };
  const phaseOf = (id: number): Sampled | 'idle' => {
    const r = info(id);
    return r.special ?? (r.store ? 'store (SQLite)' : r.outer ?? 'other');
  };
  const out = Object.fromEntries([...PHASES, 'generator'].map((p) => [p, 0])) as Record<Sampled, number>;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const p = phaseOf(samples[i]);
    if (p !== 'idle') out[p] += (deltas[i] ?? 0) / 1000;
  }
  return out;
}

/**
 * Run `fn` under the V8 sampling profiler (in this process, through the inspector) and split
 * the CPU time it sampled by phase.
 *
 * @example
 * const { value, phases } = await profilePhases(() => ingestAll());
 */
export async function profilePhases<T>(fn: () => Promise<T>): Promise<{ value: T; phases: Record<Sampled, number> }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
    const value = await fn();
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    return { value, phases: splitProfile(profile) };
  } finally {
    session.disconnect();
  }
}
