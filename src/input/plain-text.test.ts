import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPlainText, looksLikeTitle } from './plain-text.js';

test('headline and trailing bullet byline become metadata; the text stays whole', () => {
  const text = 'Shelling hits market in Myawaddy township: residents\n\nFour people were killed on Monday.\n\n  • Thandar Win';
  const doc = readPlainText(text);
  assert.equal(doc.text, text);
  assert.equal(doc.meta.title, 'Shelling hits market in Myawaddy township: residents');
  assert.equal(doc.meta.byline, 'Thandar Win');
});

test('"By Name" right after the title is the byline', () => {
  const doc = readPlainText('Strike on Mosul bakery\nBy Jane Doe and Omar Said\n\nThe strike hit at dawn, residents said.');
  assert.equal(doc.meta.title, 'Strike on Mosul bakery');
  assert.equal(doc.meta.byline, 'Jane Doe and Omar Said');
});

test('a first line that is a sentence is NOT a title', () => {
  const doc = readPlainText('Five civilians were killed in an air strike on Thursday.\n\nPolice said the toll may rise.');
  assert.equal(doc.meta.title, undefined);
});

test('a one-line text has no title, and an ordinary last sentence is NOT a byline', () => {
  assert.equal(readPlainText('Gunmen attacked a checkpoint near Kirkuk').meta.title, undefined);
  const doc = readPlainText('Strike in Gaza\n\nThe building collapsed. By nightfall, rescuers had pulled out six people.');
  assert.equal(doc.meta.byline, undefined);
  assert.equal(readPlainText('Strike in Gaza\n\nThe building collapsed.\n\nBy nightfall rescuers had pulled out six people').meta.byline, undefined);
});

test('looksLikeTitle accepts abbreviations at the end but not full stops or long lines', () => {
  assert.equal(looksLikeTitle('Coalition strikes kill civilians: U.S.'), true);
  assert.equal(looksLikeTitle('The strike killed five.'), false);
  assert.equal(looksLikeTitle('According to the report,'), false);
  assert.equal(looksLikeTitle('word '.repeat(30)), false);
});
