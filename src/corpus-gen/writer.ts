import type { MarkedText } from './truth.js';

/** A piece of generated text: plain, or marked so its offsets are reported once written. */
export type Piece = string | { text: string; on: (m: MarkedText) => void };

/**
 * Mark a piece of text; `on` receives its offsets in the final report text.
 *
 * @example
 * writer.paragraph(['Police said ', mark('11 civilians', (m) => figures.push(m)), ' died.']);
 */
export function mark(text: string, on: (m: MarkedText) => void): Piece {
  return { text, on };
}

/** Upper-case the first letter. */
export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface Writer {
  /** Append one paragraph (paragraphs are separated by a blank line). */
  paragraph(pieces: readonly Piece[]): void;
  text(): string;
  words(): number;
}

/**
 * Writes text sequentially, so every mark's offsets are known the moment it is written.
 *
 * @example
 * const w = createWriter();
 * w.paragraph(['Hello ', mark('Mosul', (m) => console.log(m.start))]);
 */
export function createWriter(): Writer {
  let out = '';
  return {
    paragraph(pieces) {
      if (out.length > 0) out += '\n\n';
      for (const piece of pieces) {
        if (typeof piece === 'string') {
          out += piece;
        } else {
          const start = out.length;
          out += piece.text;
          piece.on({ text: piece.text, start, end: out.length });
        }
      }
    },
    text: () => out,
    words: () => countWords(out),
  };
}

/** Whitespace-separated words. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
