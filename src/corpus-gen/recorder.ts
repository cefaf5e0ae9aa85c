import type { ActorKind, CasualtyGroup, CasualtyKind, ClaimStance, DatePrecision, IsoDate, Range } from '../report/types.js';
import type { ClaimTruth, DateTruth, FigureTruth, MarkedText } from './truth.js';
import { cap, mark, type Piece } from './writer.js';

export interface ClaimSpeaker {
  text: string;
  name: string;
  kind: ActorKind | 'unknown';
  anonymous: boolean;
  resolvedFrom?: string | null;
  speaksFor?: string | null;
}

/** One claim being written: its source and cue pieces, in whichever order the sentence wants. */
export interface ClaimPieces {
  source(options?: { capital?: boolean }): Piece;
  cue(text: string): Piece;
}

/**
 * Collects the truth while the text is written: every helper returns a marked {@link Piece} that
 * records its offsets when the writer reaches it.
 *
 * @example
 * const rec = createRecorder();
 * writer.paragraph([rec.figure({ words: 'at least 11', noun: 'civilians', … }), ' were killed.']);
 * rec.figures[0].start; // 0
 */
export interface Recorder {
  figures: FigureTruth[];
  claims: ClaimTruth[];
  dates: DateTruth[];
  places: MarkedText[];
  figure(f: {
    words: string; noun: string | null; range: Range; stated: boolean; hedged?: boolean;
    kind: CasualtyKind; group: CasualtyGroup; about?: 'main' | 'background'; capital?: boolean;
  }): Piece;
  date(text: string, d: { from: IsoDate; to: IsoDate; precision: DatePrecision; stated: boolean; about: 'main' | 'background' }): Piece;
  place(text: string): Piece;
  claim(speaker: ClaimSpeaker, stance: ClaimStance): ClaimPieces;
}

/**
 * A fresh recorder for one report.
 *
 * @example
 * const rec = createRecorder();
 * const c = rec.claim({ text: 'police', name: 'police', kind: 'state-forces', anonymous: false }, 'statement');
 * writer.paragraph(['Two people died, ', c.source(), ' ', c.cue('said'), '.']);
 */
export function createRecorder(): Recorder {
  const rec: Recorder = {
    figures: [], claims: [], dates: [], places: [],
    figure(f) {
      const words = f.noun ? `${f.words} ${f.noun}` : f.words;
      return mark(f.capital ? cap(words) : words, (m) => rec.figures.push({
        ...m, ...f.range, kind: f.kind, group: f.group, stated: f.stated, hedged: f.hedged ?? false, about: f.about ?? 'main',
      }));
    },
    date(text, d) {
      return mark(text, (m) => rec.dates.push({ ...m, ...d }));
    },
    place(text) {
      return mark(text, (m) => rec.places.push(m));
    },
    claim(speaker, stance) {
      // Pushed when the first piece is written; the other fills in its half.
      const claim: ClaimTruth = {
        source: { text: '', start: -1, end: -1, name: speaker.name, kind: speaker.kind, anonymous: speaker.anonymous, resolvedFrom: speaker.resolvedFrom ?? null },
        cue: { text: '', start: -1, end: -1 },
        stance,
        speaksFor: speaker.speaksFor ?? null,
      };
      let pushed = false;
      const push = () => { if (!pushed) { rec.claims.push(claim); pushed = true; } };
      return {
        source: (o) => mark(o?.capital ? cap(speaker.text) : speaker.text, (m) => { Object.assign(claim.source, m); push(); }),
        cue: (text) => mark(text, (m) => { claim.cue = m; push(); }),
      };
    },
  };
  return rec;
}
