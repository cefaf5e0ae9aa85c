import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../analyze.js';
import { analysisSchema } from '../report/schema.js';
import { readInput, finishMeta } from '../input/read-input.js';

// The bundled example reports (fictional, written by the team): they stay in step with
// reports.jsonl, and their analyses honour the civwatch.analysis/1 contract.
const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(root, 'examples');
const lines = readFileSync(join(examples, 'reports.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, string>);

test('reports.jsonl holds every example report, unchanged (node examples/make-jsonl.mjs)', () => {
  const files = readdirSync(join(examples, 'reports')).sort();
  assert.deepEqual(lines.map((l) => `${l.id}.${l.text !== undefined ? 'txt' : 'html'}`).sort(), files);
  for (const l of lines) {
    const file = `${l.id}.${l.text !== undefined ? 'txt' : 'html'}`;
    assert.equal(l.text ?? l.html, readFileSync(join(examples, 'reports', file), 'utf8'), `${file} differs from its line: rebuild reports.jsonl`);
  }
});

test('every example report is analyzed into a valid analysis with findings', async () => {
  for (const l of lines) {
    const file = join(examples, 'reports', `${l.id}.${l.text !== undefined ? 'txt' : 'html'}`);
    const doc = await readInput(file);
    const analysis = JSON.parse(JSON.stringify(analyze(doc.text, finishMeta(doc, { published: l.published }))));
    const result = analysisSchema.safeParse(analysis);
    assert.ok(result.success, `${l.id}: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`);
    assert.ok(analysis.report.title, `${l.id}: no title read`);
    assert.equal(analysis.report.language, 'eng');
    assert.ok(analysis.sentences.length >= 10, `${l.id}: ${analysis.sentences.length} sentences`);
    assert.ok(analysis.report.published, `${l.id}: no publication date`);
  }
});
