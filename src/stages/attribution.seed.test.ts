import { test } from 'node:test';
import { needSharedData } from '../testing/shared-data.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { segment } from './segment.js';
import { actors } from './actors.js';
import { attribution } from './attribution.js';
import { createReport, spansOf } from '../report/report.js';
import { buildPipeline } from '../pipeline/runner.js';


interface GoldClaim { source: string; cue: string; content_has: string; stance?: string; resolves_to?: string; anonymous?: boolean }
interface GoldUnattributed { text_has: string }

test('attribution matches the seed gold: claims, pronouns, anonymity, stance, unattributed', (t) => {
  const data = needSharedData(t);
  if (!data) return;
  const seedDir = `${data}/seed/`;
  const text = readFileSync(`${seedDir}article.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(`${seedDir}gold.json`, 'utf8')) as { claims: GoldClaim[]; unattributed: GoldUnattributed[] };
  const lines: string[] = [];
  const report = buildPipeline([segment, actors, attribution], { trace: (l) => lines.push(l) })
    .run(createReport(text, { published: '2017-04-04' }));
  const claims = spansOf(report, 'claim').map((s) => s.value);
  const has = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase());
  const missing: string[] = [];
  for (const g of gold.claims) {
    const match = claims.find((c) => has(c.source.text, g.source) && has(c.cue.text, g.cue) && has(c.content.text, g.content_has));
    if (!match) { missing.push(`no claim "${g.source}" ${g.cue} "${g.content_has}"`); continue; }
    if (g.stance && match.stance !== g.stance) missing.push(`"${g.source}": stance ${match.stance}, gold ${g.stance}`);
    if (g.resolves_to && !has(match.source.name, g.resolves_to)) missing.push(`"${g.source}" resolved to "${match.source.name}", gold ${g.resolves_to}`);
    if (g.resolves_to && match.source.resolvedFrom !== match.source.text) missing.push(`"${g.source}": resolvedFrom ${match.source.resolvedFrom}`);
    if (g.anonymous !== undefined && match.source.anonymous !== g.anonymous) missing.push(`"${g.source}": anonymous ${match.source.anonymous}`);
  }
  const unattributed = spansOf(report, 'unattributed');
  for (const g of gold.unattributed) {
    if (!unattributed.some((u) => u.text.includes(g.text_has))) missing.push(`no unattributed span with "${g.text_has}"`);
  }
  for (const u of unattributed) {
    if (!gold.unattributed.some((g) => u.text.includes(g.text_has))) missing.push(`unexpected unattributed span "${u.text.slice(0, 60)}"`);
  }
  assert.deepEqual(missing, [], `${missing.join('\n')}\n--- trace ---\n${lines.join('\n')}`);
});
