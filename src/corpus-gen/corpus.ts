import { deriveSeed, mulberry32, type Rng } from './prng.js';
import { drawIncident } from './incident.js';
import { composeReport } from './compose.js';
import { generateReport, type GenerateOptions } from './generate.js';
import { syndicate, type CopyEdit } from './syndicate.js';
import type { GeneratedReport } from './truth.js';

/**
 * What a report of a many-report corpus is: the first report of a new incident, another
 * outlet's own report of an earlier incident, or a syndicated copy of an earlier report.
 */
export type CorpusRole = 'original' | 'independent' | 'copy';

/** A generated report with its place in the corpus, so a benchmark or test knows what to expect. */
export interface CorpusReport extends GeneratedReport {
  role: CorpusRole;
  /** For a copy: the id of the report it copies (never itself a copy). */
  copyOf: string | null;
  /** For a copy: how it was edited. */
  edit: CopyEdit | null;
}

export interface CorpusOptions extends Omit<GenerateOptions, 'count'> {
  count: number;
  /** Share of reports that are syndicated copies of an earlier report (default 0.3). */
  copyShare?: number;
  /** Share of reports that are further independent reports of an earlier incident (default 0.3). */
  independentShare?: number;
  /** How far back (in reports) a copy or a further report looks for its original (default 40). */
  window?: number;
}

/**
 * Background paragraphs per report in a corpus: one to three, as wire reports carry a few
 * paragraphs of context after the news. (`generateReport` alone fills ~600 words with them, over
 * half of each report, which made every pair of a corpus's reports look like copies.)
 */
export const CORPUS_BACKGROUND: readonly [number, number] = [1, 3];

/** Salt for the role stream, so it never coincides with a report's own stream. */
const ROLE_SALT = 0x1f2e3d4c;
const EDITS: readonly CopyEdit[] = ['verbatim', 'trimmed', 'added'];

/**
 * A corpus of many reports per incident, as a monitor ingests it: by default ~40% first reports of
 * new incidents (exactly `generateReport(seed, i, { backgroundParagraphs: CORPUS_BACKGROUND })`), ~30% independent reports of an earlier
 * incident by another outlet (same incident, their own words, figures and sources), and ~30%
 * syndicated copies of an earlier report (verbatim under a new headline, a paragraph trimmed, or
 * a sentence added). Report `i` depends only on the seed, the shares and `i`, so the first 1,000
 * of a 100,000-report corpus are the 1,000-report corpus. Reports come in ingest order: an
 * original always precedes its copies; a further report may be published before the first one.
 *
 * @example
 * const reports = generateCorpus({ count: 1000, seed: 1 });
 * reports.filter((r) => r.role === 'copy').length; // about 300
 */
export function generateCorpus(options: CorpusOptions): CorpusReport[] {
  const out: CorpusReport[] = [];
  for (let i = 0; i < options.count; i++) out.push(corpusReport(options.seed ?? 1, i, options));
  return out;
}

/**
 * Report number `index` (from 0) of the corpus for `seed`.
 *
 * @example
 * corpusReport(1, 41).id; // 'gen-1-42', the same as generateCorpus({ count: 50, seed: 1 })[41]
 */
export function corpusReport(seed: number, index: number, given: Omit<CorpusOptions, 'count' | 'seed'> = {}): CorpusReport {
  const options = { ...given, backgroundParagraphs: given.backgroundParagraphs ?? CORPUS_BACKGROUND };
  const { role, rng } = roleOf(seed, index, options);
  const id = `gen-${seed}-${index + 1}`;
  if (role === 'original') return { ...generateReport(seed, index, options), role, copyOf: null, edit: null };
  if (role === 'independent') {
    const first = earlier(seed, index, rng, options, (r) => r === 'original');
    // The same draws generateReport makes first, so this is the first report's incident.
    const draft = drawIncident(mulberry32(deriveSeed(seed, first)), { id: `inc-${seed}-${first + 1}`, conflicts: options.conflicts });
    return { ...composeReport(rng, draft, { id, targetWords: options.targetWords, backgroundParagraphs: options.backgroundParagraphs }), role, copyOf: null, edit: null };
  }
  const source = earlier(seed, index, rng, options, (r) => r !== 'copy');
  const edit = rng.pick(EDITS);
  const original = corpusReport(seed, source, options);
  return { ...syndicate(rng, original, { id, edit }), role, copyOf: original.id, edit };
}

/** The role of report `index`, and the stream it goes on drawing from. Report 0 is an original. */
function roleOf(seed: number, index: number, o: Omit<CorpusOptions, 'count' | 'seed'>): { role: CorpusRole; rng: Rng } {
  const rng = mulberry32(deriveSeed(seed ^ ROLE_SALT, index));
  const x = rng.next();
  const copy = o.copyShare ?? 0.3;
  const independent = o.independentShare ?? 0.3;
  const role: CorpusRole = index === 0 ? 'original' : x < copy ? 'copy' : x < copy + independent ? 'independent' : 'original';
  return { role, rng };
}

/** An earlier report (up to `window` back, then further back) whose role passes `ok`. */
function earlier(seed: number, index: number, rng: Rng, o: Omit<CorpusOptions, 'count' | 'seed'>, ok: (r: CorpusRole) => boolean): number {
  let j = Math.max(0, index - rng.int(1, o.window ?? 40));
  while (j > 0 && !ok(roleOf(seed, j, o).role)) j--;
  return j;
}
