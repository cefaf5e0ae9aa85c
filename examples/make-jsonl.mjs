#!/usr/bin/env node
// Rebuild examples/reports.jsonl from the example reports (all fictional, see README.md):
//   node examples/make-jsonl.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
/** id, publication date (null: the HTML page carries its own), file kind. */
const EXAMPLES = [
  ['mosul-bakery-strike', '2017-03-24', 'text'],
  ['shan-township-shelling', '2021-05-18', 'text'],
  ['gaza-house-strike', '2023-10-14', 'text'],
  ['raqqa-explosive-device', '2018-02-09', 'text'],
  ['idlib-market-drone-strike', null, 'html'],
];

const lines = EXAMPLES.map(([id, published, kind]) => {
  const body = readFileSync(new URL(`reports/${id}.${kind === 'text' ? 'txt' : 'html'}`, dir), 'utf8');
  return JSON.stringify({ id, outlet: 'Example Times (fictional)', ...(published ? { published } : {}), [kind]: body });
});
writeFileSync(new URL('reports.jsonl', dir), `${lines.join('\n')}\n`);
