/** A marked range of the text: what it is and a short note on what it was read as. */
export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Shown after the text: `2017-03-30`, `Mosul, IQ`, `killed civilians 12+`. */
  note?: string;
}

export type MarkKind = 'speaker' | 'cue' | 'date' | 'place' | 'figure';

export interface MarkStyle {
  open(mark: Mark): string;
  close(mark: Mark): string;
}

/** `[speaker: Gen. Townsend]`, `[date: Thursday = 2017-03-30]`: readable without colour. */
export const bracketStyle: MarkStyle = {
  open: (m) => `[${m.kind}: `,
  close: (m) => (m.note ? ` = ${m.note}]` : ']'),
};

const COLOUR: Record<MarkKind, string> = { speaker: '1;36', cue: '4;36', date: '32', place: '35', figure: '1;31' };

/** ANSI colour per kind, the note dimmed in angle brackets; for a terminal. */
export const colourStyle: MarkStyle = {
  open: (m) => `\x1b[${COLOUR[m.kind]}m`,
  close: (m) => `\x1b[0m${m.note ? `\x1b[2m⟨${m.note}⟩\x1b[0m` : ''}`,
};

/**
 * The text between `start` and `end` with marks inserted. Marks nest (a place inside a speaker);
 * a mark that crosses another's boundary, or leaves the range, is dropped rather than drawn
 * wrongly. Line breaks become spaces so one sentence is one line.
 *
 * @example
 * renderMarks('Police said.', 0, 12, [{ start: 0, end: 6, kind: 'speaker' }], bracketStyle); // '[speaker: Police] said.'
 */
export function renderMarks(text: string, start: number, end: number, marks: readonly Mark[], style: MarkStyle): string {
  const inside = marks
    .filter((m) => m.start >= start && m.end <= end && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const plain = (from: number, to: number): string => text.slice(from, to).replace(/\s*\n\s*/g, ' ');
  let out = '';
  let pos = start;
  const stack: Mark[] = [];
  const closeUntil = (offset: number): void => {
    while (stack.length && stack[stack.length - 1].end <= offset) {
      const top = stack.pop() as Mark;
      out += plain(pos, top.end) + style.close(top);
      pos = top.end;
    }
  };
  for (const mark of inside) {
    closeUntil(mark.start);
    const parent = stack[stack.length - 1];
    if (parent && mark.end > parent.end) continue; // crosses its parent: skip
    if (stack.some((m) => m.start === mark.start && m.end === mark.end && m.kind === mark.kind)) continue;
    out += plain(pos, mark.start) + style.open(mark);
    pos = mark.start;
    stack.push(mark);
  }
  closeUntil(end);
  return (out + plain(pos, end)).trim();
}
