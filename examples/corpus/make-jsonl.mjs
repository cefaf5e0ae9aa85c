#!/usr/bin/env node
// Rebuild examples/corpus/corpus.jsonl from manifest.json and the report files (all fictional,
// see EXPECTED.md):   node examples/corpus/make-jsonl.mjs
// One line per report, in manifest order: {id, url, title, outlet, byline, published, text}, the
// text being the whole file (headline and byline lines included, as `civwatch analyze` reads it).
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8'));
const lines = manifest.reports.map((r) => JSON.stringify({
  id: r.id, url: r.url, title: r.title, outlet: r.outlet, byline: r.byline, published: r.published,
  text: readFileSync(new URL(r.file, dir), 'utf8'),
}));
writeFileSync(new URL('corpus.jsonl', dir), `${lines.join('\n')}\n`);
console.log(`corpus.jsonl: ${lines.length} reports`);
