import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { analysisSchema } from '../report/schema.js';
import { spawnCli, type SpawnedRun } from '../testing/cli.js';

// End to end through the built CLI: `node bin/civwatch.js …` from the repository root, as a user
// runs it. `npm test` builds dist/ first; bin/civwatch.js loads dist/cli/main.js.
const root = fileURLToPath(new URL('../../', import.meta.url));
type Run = SpawnedRun;

const civwatch = (args: string[], input?: string | Buffer): Promise<Run> => spawnCli(args, { input });

/** A failed run: non-zero exit, one line on stderr, no stack trace, nothing on stdout. */
function assertOneLineError(r: Run, pattern: RegExp): void {
  assert.notEqual(r.code, 0, `exit code 0 for an error; stderr: ${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error: .*\n/);
  assert.equal(r.stdout, '');
}

const validate = (json: unknown): void => {
  const result = analysisSchema.safeParse(json);
  assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3)));
};

let dir = '';
let server: Server;
let base = '';
let closedPort = 0;
const page = '<!doctype html><html><head><meta property="og:title" content="Shelling hits school in Kutkai">'
  + '<meta property="og:site_name" content="Local Test Outlet"><meta property="article:published_time" content="2021-05-18T08:00:00+06:30"></head>'
  + '<body><nav>Home · World</nav><article><p>Shelling hit a school in Kutkai township on Sunday, killing two teachers and wounding eleven pupils, a rescue group said.</p>'
  + '<p>The military denied that its troops had fired at the school.</p></article><footer>Subscribe now</footer></body></html>';

before(async () => {
  assert.ok(existsSync(join(root, 'dist', 'cli', 'main.js')), 'dist/ is not built: run `npm run build` (npm test does)');
  dir = await mkdtemp(join(tmpdir(), 'civwatch-e2e-'));
  server = createServer((req, res) => {
    if (req.url === '/story.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((r) => probe.close(r));
});

after(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('text output marks sentences and lists findings', async () => {
  const r = await civwatch(['analyze', 'examples/reports/mosul-bakery-strike.txt', '--published', '2017-03-24']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Air strike on bakery kills family in western Mosul, residents say\n/);
  assert.match(r.stdout, /by Example Staff Writer · published 2017-03-24/);
  assert.match(r.stdout, /\[speaker: /);
  assert.match(r.stdout, /\d+ sentences, \d+ claims/);
  assert.doesNotMatch(r.stdout, /\x1b\[/); // NO_COLOR and not a terminal
});

test('--format json prints one analysis that validates against the contract', async () => {
  const r = await civwatch(['analyze', 'examples/reports/idlib-market-drone-strike.html', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  validate(a);
  assert.equal(a.report.published, '2019-06-12');
  assert.equal(a.report.outlet, 'Example Times');
  assert.doesNotMatch(a.report.text, /Subscribe|Most read/);
});

test('--jsonl prints one valid analysis per line, ids kept', async () => {
  const r = await civwatch(['analyze', '--jsonl', 'examples/reports.jsonl']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((a) => a.report.id), ['mosul-bakery-strike', 'shan-township-shelling', 'gaza-house-strike', 'raqqa-explosive-device', 'idlib-market-drone-strike']);
  lines.forEach(validate);
});

test('standard input with overrides', async () => {
  const r = await civwatch(['analyze', '-', '--published', '2017-04-04', '--outlet', 'Example Times', '--format', 'json', '--id', 'r1'],
    'Strike near Mosul\n\nTwo civilians were killed near Mosul on Thursday, police said.\n');
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.deepEqual([a.report.id, a.report.outlet, a.report.published, a.report.title], ['r1', 'Example Times', '2017-04-04', 'Strike near Mosul']);
});

test('a URL is fetched and analyzed (local server)', async () => {
  const r = await civwatch(['analyze', `${base}/story.html`, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  validate(a);
  assert.equal(a.report.url, `${base}/story.html`);
  assert.equal(a.report.title, 'Shelling hits school in Kutkai');
  assert.equal(a.report.published, '2021-05-18');
  assert.match(a.report.text, /killing two teachers/);
  assert.doesNotMatch(a.report.text, /Subscribe|Home · World/);
});

test('--schema prints a JSON Schema; --help has examples; --version the version', async () => {
  const schema = await civwatch(['analyze', '--schema']);
  assert.equal(schema.code, 0);
  const s = JSON.parse(schema.stdout);
  assert.match(s.$schema, /json-schema\.org/);
  assert.ok(s.properties.claims && s.properties.events);
  const help = await civwatch(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /analyze[\s\S]*eval[\s\S]*Examples:/);
  const version = await civwatch(['--version']);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
});

test('no publication date: the text output says relative dates stay unresolved', async () => {
  const r = await civwatch(['analyze', '-'], 'Strike near Mosul\n\nTwo civilians were killed near Mosul on Thursday, police said.\n');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /No publication date: relative dates/);
});

test('non-English text is analyzed with a warning naming the language', async () => {
  const french = 'Frappe aérienne à Mossoul\n\nQuatre civils ont été tués jeudi dans une frappe aérienne sur une maison du quartier de Zanjili, à Mossoul, selon la police locale. Les secouristes cherchaient encore des survivants dans les décombres vendredi matin.\n';
  const text = await civwatch(['analyze', '-', '--published', '2017-04-04'], french);
  assert.equal(text.code, 0);
  assert.match(text.stderr, /warning: .*"fra"/);
  const json = await civwatch(['analyze', '-', '--format', 'json'], french);
  assert.ok(JSON.parse(json.stdout).warnings.some((w: string) => w.includes('fra')));
});

test('bad inputs: one-line errors, non-zero exit, no stack trace', async () => {
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from('Frappe \xe0 Mossoul: quatre civils tu\xe9s.', 'latin1'));
  await writeFile(join(dir, 'big.txt'), 'Five civilians were killed. '.repeat(100));
  assertOneLineError(await civwatch(['analyze', join(dir, 'missing.txt')]), /missing\.txt: no such file/);
  assertOneLineError(await civwatch(['analyze', join(dir, 'empty.txt')]), /empty/);
  assertOneLineError(await civwatch(['analyze', join(dir, 'image.png')]), /binary/);
  assertOneLineError(await civwatch(['analyze', join(dir, 'latin1.txt')]), /not valid UTF-8/);
  assertOneLineError(await civwatch(['analyze', join(dir, 'big.txt'), '--max-bytes', '1000']), /over the 1 kB limit/);
  assertOneLineError(await civwatch(['analyze', '-'], '   \n'), /standard input: the input is empty/);
  assertOneLineError(await civwatch(['analyze', `http://127.0.0.1:${closedPort}/story.html`]), /cannot fetch .*connection refused/);
  assertOneLineError(await civwatch(['analyze', `${base}/gone.html`]), /404/);
  assertOneLineError(await civwatch(['analyze', 'x.txt', '--published', 'last Tuesday']), /--published/);
  assertOneLineError(await civwatch(['analyze', 'x.txt', '--max-bytes', 'lots']), /--max-bytes/);
  assertOneLineError(await civwatch(['analyze']), /give a report to analyze/);
});

test('malformed JSON Lines: bad lines reported by number, the others analyzed, exit non-zero', async () => {
  const file = join(dir, 'batch.jsonl');
  await writeFile(file, [
    '{"id":"a","published":"2021-05-18","text":"Shelling killed three people in Kutkai on Sunday, residents said."}',
    '{"id":"b","text": unquoted}',
    '',
    '{"id":"c"}',
    '{"id":"d","text":"Two soldiers were wounded near Lashio, the army said."}',
  ].join('\n'));
  const r = await civwatch(['analyze', '--jsonl', file]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).report.id), ['a', 'd']);
  const errors = r.stderr.trimEnd().split('\n');
  assert.match(errors[0], /batch\.jsonl line 2: invalid JSON/);
  assert.match(errors[1], /batch\.jsonl line 4: needs exactly one of "text" or "html"/);
  assert.match(errors[2], /2 of 4 reports .* could not be analyzed/);
  assert.equal(errors.length, 3);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
