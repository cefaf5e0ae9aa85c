import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { blockText } from './html-text.js';
import { readHtml } from './html.js';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as never;

test('blockText keeps paragraphs, line breaks and skipped elements as before', () => {
  assert.equal(blockText(body('<div><p>One  \n two.</p><script>x()</script><p>Three<br>four<br><br>five.</p></div>')), 'One two.\n\nThree\nfour\n\nfive.');
  assert.equal(blockText(body('<p>  </p>')), '');
});

test('a page nested 50,000 elements deep is read, NOT a stack overflow', () => {
  const depth = 50_000;
  const html = `${'<div><span>'.repeat(depth)}Two civilians were killed in Mosul, police said.${'</span></div>'.repeat(depth)}`;
  assert.equal(blockText(body(html)), 'Two civilians were killed in Mosul, police said.');
});

test('thousands of <br> inside a paragraph collapse to one paragraph break (trimmed without a backtracking regex)', () => {
  const html = `<p>Shells hit the market.${'<br>'.repeat(20_000)}Four traders were killed.</p>`;
  assert.equal(blockText(body(html)), 'Shells hit the market.\n\nFour traders were killed.');
});

test('readHtml on a deeply nested page finds the article text', () => {
  const depth = 20_000;
  const doc = readHtml(`<html><body>${'<div>'.repeat(depth)}<p>Two civilians were killed in Mosul on Monday, police said.</p>${'</div>'.repeat(depth)}</body></html>`);
  assert.match(doc.text, /Two civilians were killed in Mosul/);
});
