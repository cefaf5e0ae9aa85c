import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../testing/cli.js';

const run = (args: string[], stdin = '') => runCli(args, { stdin });

test('a JSON Lines batch on standard input: good lines printed, bad line numbered, exit 1', async () => {
  const input = '{"id":"a","text":"Three people were killed in Hpakant on Sunday, residents said."}\n{"id":\n{"id":"c","html":"<p>Two soldiers were wounded near Lashio.</p>"}\n';
  const r = await run(['analyze', '--jsonl', '-'], input);
  assert.equal(r.code, 1);
  assert.deepEqual(r.out.trimEnd().split('\n').map((l) => JSON.parse(l).report.id), ['a', 'c']);
  assert.match(r.err, /^civwatch: standard input line 2: invalid JSON/);
});

test('--format text with --jsonl prints each report for a person', async () => {
  const r = await run(['analyze', '--jsonl', '-', '--format', 'text'], '{"text":"A strike hit Mosul."}\n{"text":"A strike hit Raqqa."}\n');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.match(/^─{60}$/gm)?.length, 1);
});

test('usage errors exit 2; --id refused for a batch', async () => {
  assert.equal((await run(['analyze', '--format', 'xml', 'a.txt'])).code, 2);
  const r = await run(['analyze', '--jsonl', '-', '--id', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.err, /--id names one report/);
});

test('an unknown command suggests, exits 2, and prints no stack', async () => {
  const r = await run(['analyse']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Did you mean analyze\?/);
  assert.doesNotMatch(r.err, /\n\s+at /);
});

test('--schema needs no input', async () => {
  const r = await run(['analyze', '--schema']);
  assert.equal(r.code, 0);
  assert.equal(JSON.parse(r.out).title, 'civwatch.analysis/1');
});
