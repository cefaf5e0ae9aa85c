// Source checks for the two rules the browser cannot enforce by itself: data never goes in as
// HTML, and nothing inline that the server's CSP (default-src 'self') would block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

// From web/src/ (tsx) and from dist/web-tests/ (npm test) alike.
const webDir = new URL('../../web/', import.meta.url);
const sources = readdirSync(new URL('src/', webDir))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ f, text: readFileSync(new URL(`src/${f}`, webDir), 'utf8') }));

test('no dashboard module writes HTML from strings (innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
  assert.ok(sources.length >= 10, 'found the dashboard sources');
  for (const { f, text } of sources) {
    assert.doesNotMatch(text, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/, f);
  }
});

test('no dashboard module sets a style attribute or fetches from another host', () => {
  for (const { f, text } of sources) {
    assert.doesNotMatch(text, /setAttribute\(\s*['"]style['"]/, f);
    assert.doesNotMatch(text, /fetch\(\s*['"`]https?:/, f);
  }
});

test('index.html has no inline script, style or handler, and loads only local files', () => {
  const html = readFileSync(new URL('index.html', webDir), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'every script has a src');
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  for (const m of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) assert.doesNotMatch(m[1], /^(https?:)?\/\//, m[1]);
});
