/**
 * Growth check for odd input shapes: each shape is analyzed at n, 2n and 4n characters and the
 * time ratio t(4n)/t(n) printed (linear ≈ 4, quadratic ≈ 16). Also the tokenizer feature that was
 * quadratic (the model's isAbbrev regex) against its linear replacement on one token.
 *
 *   node --import tsx src/bench/input-shapes.ts [--base 20000] [--shape one-token] [--runs 3]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { analyze } from '../analyze.js';
import { readHtml } from '../input/html.js';
import { isAbbrev } from '../nlp/linear-features.js';

/** Repeat `unit` until the text is `n` characters long (cut at n). */
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Each row: a shape of input, an example of its unit, and how to build n characters of it. */
export const SHAPES: { name: string; example: string; build: (n: number) => string; html?: boolean }[] = [
  { name: 'one-token', example: 'xxxx…', build: (n) => 'x'.repeat(n) },
  { name: 'line-no-punct', example: 'shells hit the market near the river …', build: (n) => fill('shells hit the market near the river and residents fled ', n) },
  { name: 'said-repeated', example: 'said said said …', build: (n) => fill('said ', n) },
  { name: 'numbers', example: '17 23 405 …', build: (n) => fill('17 23 405 8 1,200 36 ', n) },
  { name: 'place-names', example: 'Mosul, Raqqa, Aleppo …', build: (n) => fill('Mosul, Raqqa, Aleppo, Idlib, Homs, Gaza, Khan Younis, Kafr Nabl, ', n) },
  { name: 'sentences', example: 'Two civilians were killed in Mosul, police said. …', build: (n) => fill('Two civilians were killed in Mosul on Monday, police said. ', n) },
  { name: 'emoji-combining-rtl', example: 'قتل ثلاثة 💥 e\u0301 …', build: (n) => fill('قتل ثلاثة مدنيين 💥 Mosul\u202e e\u0301\u0302 😢 ', n) },
  { name: 'crlf', example: 'Five were killed.\\r\\n\\r\\n…', build: (n) => fill('Five civilians were killed in Raqqa.\r\n\r\n', n) },
  { name: 'html-deep-nesting', example: '<div><div>…text…</div></div>', html: true, build: (n) => {
    const depth = Math.floor(n / 22);
    return `<html><body>${'<div><span>'.repeat(depth)}Two civilians were killed in Mosul, police said.${'</span></div>'.repeat(depth)}</body></html>`;
  } },
];

function timeOnce(shape: (typeof SHAPES)[number], text: string): number {
  const t = performance.now();
  if (shape.html) {
    const doc = readHtml(text, { url: null });
    analyze(doc.text, doc.meta);
  } else analyze(text, {});
  return performance.now() - t;
}

/** Milliseconds (best of `runs`) per size for one shape. */
export function growth(shape: (typeof SHAPES)[number], sizes: number[], runs: number): number[] {
  return sizes.map((n) => {
    const text = shape.build(n);
    return Math.min(...Array.from({ length: runs }, () => timeOnce(shape, text)));
  });
}

function timeFn(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function main(): void {
  const { values } = parseArgs({ options: { base: { type: 'string', default: '20000' }, shape: { type: 'string' }, runs: { type: 'string', default: '3' } } });
  const base = Number(values.base);
  const sizes = [base, 2 * base, 4 * base];
  analyze('Warm up: two civilians were killed in Mosul, police said.');
  console.log(`| shape | ${sizes.map((n) => `${n.toLocaleString('en')} chars`).join(' | ')} | ×4 size → time × |`);
  console.log(`|---|${sizes.map(() => '---:').join('|')}|---:|`);
  for (const shape of SHAPES.filter((s) => !values.shape || s.name === values.shape)) {
    const ms = growth(shape, sizes, Number(values.runs));
    console.log(`| ${shape.name} | ${ms.map((m) => `${m.toFixed(0)} ms`).join(' | ')} | ${(ms[2] / ms[0]).toFixed(1)} |`);
  }
  const modelRegex = /[a-z].*\.$/i;
  const token = (n: number) => 'x'.repeat(n);
  const before = sizes.map((n) => timeFn(() => modelRegex.test(token(n))));
  const after = sizes.map((n) => timeFn(() => isAbbrev(token(n))));
  console.log(`| isAbbrev, model regex (before) | ${before.map((m) => `${m.toFixed(1)} ms`).join(' | ')} | ${(before[2] / before[0]).toFixed(1)} |`);
  console.log(`| isAbbrev, linear (after) | ${after.map((m) => `${m.toFixed(2)} ms`).join(' | ')} | – |`);
}

main();
