import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actors } from './actors.js';
import { segment } from './segment.js';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';
import { needSharedData } from '../testing/shared-data.js';

interface GoldActor { canonical: string; key: string; aliases_in_text: string[] }

test('seed article: every gold actor and alias is found under its canonical name and key', (t) => {
  const data = needSharedData(t);
  if (!data) return;
  const text = readFileSync(join(data, 'seed', 'article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(data, 'seed', 'gold.json'), 'utf8')) as { actors: GoldActor[] };
  const spans = spansOf(buildPipeline([segment, actors]).run(createReport(text)), 'actor');
  for (const g of gold.actors) {
    const mine = spans.filter((s) => s.value.name === g.canonical && s.value.key === g.key);
    assert.ok(mine.length > 0, `no span for ${g.canonical}`);
    for (const alias of g.aliases_in_text) {
      assert.ok(mine.some((s) => s.text === alias), `alias "${alias}" of ${g.canonical} not found; got ${mine.map((s) => s.text).join(', ')}`);
    }
  }
  // The speakers the gold claims name: people linked across mentions, the US side.
  const person = (name: string) => spans.filter((s) => s.value.kind === 'person' && s.value.name.endsWith(name));
  assert.ok(person('Townsend').some((s) => s.text === 'Gen. Townsend'));
  assert.ok(person('Votel').length === 1);
  assert.deepEqual(person('Guterres').map((s) => s.text), ['Antonio Guterres', 'Guterres']);
  for (const who of ['Pentagon', 'US', 'U.S. military']) {
    assert.ok(spans.some((s) => s.text === who && s.value.side === 'coalition'), `${who} should speak for the coalition side`);
  }
  // Negative: "Abu Saif" is a place and "Iraqi city of Mosul" holds no actor.
  assert.ok(!spans.some((s) => s.text.includes('Abu Saif') || s.text.includes('Mosul')));
});
