import type { IsoDate } from '../report/types.js';
import { sentenceRows, type ProvenanceInput, type SentenceHit, type SentenceLookup } from './provenance.js';

/**
 * An in-memory {@link SentenceLookup}: what the store's sentence-hash table does, for tests and
 * batch runs. Each key keeps its earliest sentence (a dated one beats an undated one, an earlier
 * date a later one, and on a tie the one added first stays), as `putSentenceHashes` does.
 * `lookups` counts key lookups, to check that the work per report stays constant.
 *
 * @example
 * const index = new SentenceIndex();
 * index.add(wireAnalysis);
 * const origins = await findOrigins(copyAnalysis, index);
 */
export class SentenceIndex implements SentenceLookup {
  private readonly keys = new Map<string, SentenceHit>();
  private readonly texts = new Map<string, { text: string; sentences: Map<number, { start: number; end: number }> }>();
  lookups = 0;

  add(input: ProvenanceInput): void {
    const { id, text } = input.report;
    this.texts.set(id, { text, sentences: new Map(input.sentences.map((s) => [s.index, { start: s.start, end: s.end }])) });
    for (const row of sentenceRows(input)) {
      const old = this.keys.get(row.hash);
      if (!old || earlier(row.published, old.published)) this.keys.set(row.hash, { report: row.report, sentence: row.sentence, published: row.published });
    }
  }

  async find(key: string): Promise<SentenceHit | null> {
    this.lookups++;
    return this.keys.get(key) ?? null;
  }

  async text(report: string, sentence: number): Promise<string | null> {
    const r = this.texts.get(report);
    const s = r?.sentences.get(sentence);
    return r && s ? r.text.slice(s.start, s.end) : null;
  }
}

function earlier(a: IsoDate | null, b: IsoDate | null): boolean {
  return a !== null && (b === null || a < b);
}
