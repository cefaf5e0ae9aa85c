import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarks, bracketStyle, colourStyle, type Mark } from './inline-marks.js';

const text = 'Mosul police said five civilians died on Thursday.';

test('nested marks render inside their parent', () => {
  const marks: Mark[] = [
    { start: 0, end: 12, kind: 'speaker' },
    { start: 0, end: 5, kind: 'place', note: 'Mosul, IQ' },
    { start: 13, end: 17, kind: 'cue' },
    { start: 18, end: 32, kind: 'figure', note: 'killed civilians 5' },
    { start: 41, end: 49, kind: 'date', note: '2017-03-30' },
  ];
  assert.equal(renderMarks(text, 0, text.length, marks, bracketStyle),
    '[speaker: [place: Mosul = Mosul, IQ] police] [cue: said] [figure: five civilians = killed civilians 5] died on [date: Thursday = 2017-03-30].');
});

test('a crossing mark or one outside the range is dropped, NOT drawn across', () => {
  const marks: Mark[] = [{ start: 0, end: 12, kind: 'speaker' }, { start: 6, end: 17, kind: 'cue' }, { start: 45, end: 60, kind: 'date' }];
  assert.equal(renderMarks(text, 0, text.length, marks, bracketStyle), '[speaker: Mosul police] said five civilians died on Thursday.');
});

test('line breaks become spaces; colour style wraps in ANSI codes', () => {
  assert.equal(renderMarks('Strike\nin Gaza', 0, 14, [], bracketStyle), 'Strike in Gaza');
  assert.equal(renderMarks('Gaza', 0, 4, [{ start: 0, end: 4, kind: 'place', note: 'PS' }], colourStyle), '\x1b[35mGaza\x1b[0m\x1b[2m⟨PS⟩\x1b[0m');
});
