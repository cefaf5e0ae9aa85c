import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { blockText, nestsDeeperThan } from './html-text.js';
import { readHtml } from './html.js';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as never;

test('blockText keeps paragraphs, line breaks and skipped elements as before', () => {
  assert.equal(blockText(body('<div><p>One  \n two.</p><script>x()</script><p>Three<br>four<br><br>five.</p></div>')), 'One two.\n\nThree\nfour\n\nfive.');
  assert.equal(blockText(body('<p>  </p>')), '');
});

test('a page nested 10,000 elements deep (recursion overflowed at ~1,800) is read, NOT a stack overflow', () => {
  const depth = 10_000;
  const html = `${'<div><span>'.repeat(depth)}Two civilians were killed in Mosul, police said.${'</span></div>'.repeat(depth)}`;
  assert.equal(blockText(body(html)), 'Two civilians were killed in Mosul, police said.');
});

test('thousands of <br> inside a paragraph collapse to one paragraph break (trimmed without a backtracking regex)', () => {
  const html = `<p>Shells hit the market.${'<br>'.repeat(20_000)}Four traders were killed.</p>`;
  assert.equal(blockText(body(html)), 'Shells hit the market.\n\nFour traders were killed.');
});

test('readHtml on a deeply nested page finds the article text', () => {
  const depth = 5_000;
  const doc = readHtml(`<html><body>${'<div>'.repeat(depth)}<p>Two civilians were killed in Mosul on Monday, police said.</p>${'</div>'.repeat(depth)}</body></html>`);
  assert.match(doc.text, /Two civilians were killed in Mosul/);
});

test('each element lists its children once (linkedom builds a new list per childNodes read: reading it per child was quadratic)', () => {
  let reads = 0;
  const text = (t: string) => ({ nodeType: 3, nodeName: '#text', textContent: t, childNodes: [] });
  const br = () => ({ nodeType: 1, nodeName: 'BR', textContent: '', childNodes: [] });
  const kids = [text('Shells hit the market.'), ...Array.from({ length: 1_000 }, br), text('Four traders were killed.')];
  const p = { nodeType: 1, nodeName: 'P', textContent: null, get childNodes() { reads++; return kids; } };
  assert.equal(blockText(p), 'Shells hit the market.\n\nFour traders were killed.');
  assert.equal(reads, 1);
});

test('nestsDeeperThan counts element levels and stops at the limit', () => {
  assert.equal(nestsDeeperThan(body('<div><div><p>x</p></div></div>'), 2), true);
  assert.equal(nestsDeeperThan(body('<div><div><p>x</p></div></div>'), 3), false);
  assert.equal(nestsDeeperThan(body('<p>flat</p><p>page</p>'), 1), false);
});
