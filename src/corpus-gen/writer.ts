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

/** Upper-case the first letter. @example cap('the coalition') // 'The coalition' */
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
  let words = 0;
  return {
    paragraph(pieces) {
      if (out.length > 0) out += '\n\n';
      const start = out.length;
      for (const piece of pieces) {
        if (typeof piece === 'string') {
          out += piece;
        } else {
          const at = out.length;
          out += piece.text;
          piece.on({ text: piece.text, start: at, end: out.length });
        }
      }
      // Paragraphs are separated by a blank line, so no word spans two: count each once.
      words += countWords(out.slice(start));
    },
    text: () => out,
    words: () => words,
  };
}

/** Whitespace-separated words. @example countWords('At least 11 civilians') // 4 */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
