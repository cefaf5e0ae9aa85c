#!/usr/bin/env node
// Builds the dashboard into dist/web/ (served by the API server at /): web/src/main.ts bundled
// by esbuild into app.js + app.css (Leaflet's CSS and images from node_modules, no CDN),
// index.html, and the country outlines (world-atlas, Natural Earth, public domain) copied from
// node_modules so nothing is fetched from another host at run time. The dashboard's pure-logic
// tests (web/src/*.test.ts) are bundled into dist/web-tests/ so `npm test` runs them.
// Usage: node scripts/build-web.mjs [--watch]   (CIVWATCH_WEB_NOMINIFY=1: readable bundle, for profiling)
import { build, context } from 'esbuild';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'web');
const testsOut = join(root, 'dist', 'web-tests');
const require = createRequire(import.meta.url);
const OUTLINES = ['countries-110m.json', 'countries-50m.json'];

const app = {
  entryPoints: { app: join(root, 'web', 'src', 'main.ts') },
  outdir: out,
  bundle: true,
  format: 'esm',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  minify: !process.env.CIVWATCH_WEB_NOMINIFY,
  sourcemap: true,
  loader: { '.png': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'linked',
};

async function copyStatic() {
  for (const f of ['index.html', 'favicon.svg']) await copyFile(join(root, 'web', f), join(out, f));
  const atlas = dirname(require.resolve('world-atlas/package.json'));
  for (const f of OUTLINES) await copyFile(join(atlas, f), join(out, f));
}

async function buildTests() {
  const dir = join(root, 'web', 'src');
  const tests = (await readdir(dir)).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f));
  await rm(testsOut, { recursive: true, force: true });
  if (tests.length === 0) return 0;
  await build({ entryPoints: tests, outdir: testsOut, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: 'inline', logLevel: 'warning' });
  return tests.length;
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
if (process.argv.includes('--watch')) {
  const ctx = await context(app);
  await copyStatic();
  await ctx.watch();
  console.log(`watching web/ → ${out}`);
} else {
  const started = Date.now();
  await build(app);
  await copyStatic();
  const tests = await buildTests();
  console.log(`dashboard built into dist/web/ (${Date.now() - started} ms; ${tests} web test files into dist/web-tests/)`);
}
