import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CopyIndex, copyScore, isCopy } from './copies.js';
import { COPY_EDITED, COPY_HEADLINE, COPY_TRIMMED, OTHER_REPORTER, UNRELATED, WIRE } from './texts.fixture.js';

test('copies under another headline, trimmed, or lightly edited are copies of the wire', () => {
  assert.notEqual(COPY_EDITED, WIRE);
  for (const [name, text] of Object.entries({ COPY_HEADLINE, COPY_TRIMMED, COPY_EDITED })) {
    assert.ok(isCopy(text, WIRE), `${name}: ${JSON.stringify(copyScore(text, WIRE))}`);
  }
});

test('NOT a copy: another reporter on the same strike (same place, day and toll), or another story', () => {
  assert.equal(isCopy(OTHER_REPORTER, WIRE), false);
  assert.equal(isCopy(WIRE, OTHER_REPORTER), false);
  assert.equal(isCopy(UNRELATED, WIRE), false);
});

test('NOT a copy: a long story that quotes the wire\'s lead and adds its own reporting', () => {
  const lead = WIRE.split('\n\n').slice(0, 2).join('\n\n');
  const longer = `${lead}\n\n${OTHER_REPORTER}\n\n${UNRELATED}`;
  assert.equal(isCopy(longer, WIRE), false);
  assert.equal(isCopy(lead, longer), true); // the lead alone is wholly inside it
});

test('CopyIndex: copyOf finds the earliest original among bucket-mates; groups collapse copies', () => {
  const index = new CopyIndex();
  index.add('wire', WIRE, '2017-03-30');
  index.add('other', OTHER_REPORTER, '2017-03-30');
  index.add('floods', UNRELATED, '2017-03-27');
  assert.equal(index.copyOf(COPY_HEADLINE, '2017-03-31'), 'wire');
  assert.equal(index.copyOf(COPY_TRIMMED, '2017-03-30'), 'wire');
  assert.equal(index.copyOf(OTHER_REPORTER, '2017-03-31', { exclude: 'other' }), null);
  // A "copy" dated before the wire is not its copy.
  assert.equal(index.copyOf(COPY_EDITED, '2017-03-29'), null);
  index.add('courier', COPY_HEADLINE, '2017-03-31');
  index.add('trimmed', COPY_TRIMMED, '2017-03-31');
  index.add('edited', COPY_EDITED, '2017-04-01');
  const groups = index.groups();
  assert.deepEqual(groups.get('wire'), ['wire', 'courier', 'trimmed', 'edited']);
  assert.deepEqual(groups.get('other'), ['other']);
  assert.deepEqual(groups.get('floods'), ['floods']);
  assert.equal(groups.size, 3);
});

test('NOT copies: empty or punctuation-only texts share no bucket', () => {
  const index = new CopyIndex();
  for (let i = 0; i < 50; i++) index.add(`empty${i}`, i % 2 ? '' : ' -- ');
  assert.deepEqual(index.candidates(''), []);
  assert.equal(index.copyOf('...'), null);
  assert.equal(index.groups().size, 50);
  assert.equal(index.comparisons, 0);
});

test('CopyIndex is deterministic: same inputs, same candidates and scores', () => {
  const run = () => {
    const index = new CopyIndex();
    index.add('wire', WIRE, '2017-03-30');
    index.add('courier', COPY_HEADLINE, '2017-03-31');
    return index.candidates(COPY_EDITED);
  };
  assert.deepEqual(run(), run());
});

/** A deterministic generator (mulberry32) of news-like texts with shared boilerplate. */
function corpus(n: number, seed = 7): { id: string; text: string; published: string }[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const vocab = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
  const sentence = () => Array.from({ length: 12 + Math.floor(rnd() * 10) }, () => vocab[Math.floor(rnd() * vocab.length)]).join(' ');
  // Phrases every outlet repeats ("the coalition said it was aware of reports …").
  const boilerplate = Array.from({ length: 40 }, sentence);
  const out: { id: string; text: string; published: string }[] = [];
  for (let i = 0; i < n; i++) {
    const day = `2017-03-${String(1 + Math.floor(i / (n / 28))).padStart(2, '0')}`;
    if (i > 10 && rnd() < 0.25) {
      // A syndicated copy of an earlier story: new first line, last sentence dropped.
      const src = out[Math.floor(rnd() * out.length)].text.split('. ');
      out.push({ id: `r${i}`, text: [sentence(), ...src.slice(1, -1)].join('. '), published: day });
      continue;
    }
    const parts = Array.from({ length: 12 }, () => (rnd() < 0.15 ? boilerplate[Math.floor(rnd() * boilerplate.length)] : sentence()));
    out.push({ id: `r${i}`, text: parts.join('. '), published: day });
  }
  return out;
}

test('near-linear: comparisons grow with the number of copies, not with all pairs', () => {
  const comparisons = (n: number) => {
    const index = new CopyIndex();
    let copies = 0;
    for (const r of corpus(n)) {
      if (index.copyOf(r.text, r.published)) copies++;
      index.add(r.id, r.text, r.published);
    }
    return { comparisons: index.comparisons, copies };
  };
  const small = comparisons(300);
  const large = comparisons(600);
  assert.ok(small.copies > 40, `copies found: ${small.copies}`);
  // All pairs would be 44,850 and 179,700 comparisons.
  assert.ok(large.comparisons < 600 * 3, `comparisons at 600: ${large.comparisons}`);
  const growth = large.comparisons / small.comparisons;
  assert.ok(growth < 2.6, `doubling the corpus multiplied comparisons by ${growth.toFixed(2)} (${small.comparisons} → ${large.comparisons})`);
});
