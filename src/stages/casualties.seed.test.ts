import { test } from 'node:test';
import { needSharedData } from '../testing/shared-data.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';
import { segment } from './segment.js';
import { actors } from './actors.js';
import { casualties } from './casualties.js';


interface GoldCasualty {
  text_has: string;
  kind: string;
  group: string;
  min?: number;
  max?: number;
  min_between?: [number, number];
  max_between?: [number, number];
  hedged?: boolean;
}

test('seed article: every gold casualty figure with its kind, group, range and hedge', (t) => {
  const data = needSharedData(t);
  if (!data) return;
  const seed = resolve(data, 'seed');
  const gold = JSON.parse(readFileSync(resolve(seed, 'gold.json'), 'utf8')) as { published: string; casualties: GoldCasualty[] };
  const text = readFileSync(resolve(seed, 'article.txt'), 'utf8');
  const lines: string[] = [];
  const report = buildPipeline([segment, actors, casualties], { trace: (l) => lines.push(l) })
    .run(createReport(text, { published: gold.published }));
  const figs = spansOf(report, 'casualty');
  for (const g of gold.casualties) {
    const f = figs.find((s) => s.text.toLowerCase().includes(g.text_has.toLowerCase()));
    const why = `gold "${g.text_has}"; found ${JSON.stringify(figs.map((s) => s.text))}\n${lines.join('\n')}`;
    assert.ok(f, why);
    const v = f.value;
    assert.equal(v.kind, g.kind, why);
    assert.equal(v.group, g.group, why);
    if (g.min !== undefined) assert.equal(v.min, g.min, why);
    if (g.max !== undefined) assert.equal(v.max, g.max, why);
    if (g.min_between) assert.ok(v.min >= g.min_between[0] && v.min <= g.min_between[1], `min ${v.min}: ${why}`);
    if (g.max_between) assert.ok(v.max !== null && v.max >= g.max_between[0] && v.max <= g.max_between[1], `max ${v.max}: ${why}`);
    if (g.hedged !== undefined) assert.equal(v.hedged, g.hedged, why);
  }
  // Nothing else in the seed is a figure of harmed people ("twice as many", "two weeks", "2014").
  assert.equal(figs.length, gold.casualties.length, `extra figures: ${JSON.stringify(figs.map((s) => s.text))}`);
});
