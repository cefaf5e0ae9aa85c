import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, sniffHtmlCharset } from './decode.js';
import { InputError } from './input-error.js';

const opts = { source: 'r.txt', maxBytes: 1000 };
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof InputError);
    assert.doesNotMatch(e.message, /\n/);
    return e.code;
  }
  return 'no error';
};

test('UTF-8 text decodes, BOM dropped, CRLF normalised', () => {
  assert.equal(decodeText(bytes('\uFEFFStrike in Raqqa\r\n\r\nTwo were killed.'), opts), 'Strike in Raqqa\n\nTwo were killed.');
  assert.equal(decodeText(bytes('Séance à Mossoul – 5 tués'), opts), 'Séance à Mossoul – 5 tués');
});

test('binary, invalid UTF-8, empty and oversize inputs are refused with their codes', () => {
  assert.equal(code(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), opts)), 'binary');
  assert.equal(code(() => decodeText(new Uint8Array([0x41, 0xe9, 0x20, 0x42]), opts)), 'encoding'); // Latin-1 "é"
  assert.equal(code(() => decodeText(bytes(' \n\t\n'), opts)), 'empty');
  assert.equal(code(() => decodeText(bytes('x'.repeat(1001)), opts)), 'too-large');
});

test('a declared non-UTF-8 charset is decoded as such', () => {
  assert.equal(decodeText(new Uint8Array([0x41, 0xe9]), { ...opts, charset: 'iso-8859-1' }), 'Aé');
  assert.equal(code(() => decodeText(bytes('x'), { ...opts, charset: 'klingon-8' })), 'encoding');
});

test('sniffHtmlCharset reads the declared charset of a page, NOT one from plain text', () => {
  assert.equal(sniffHtmlCharset(bytes('<!doctype html><html><head><meta charset="Windows-1256">')), 'windows-1256');
  assert.equal(sniffHtmlCharset(bytes('<html><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')), 'iso-8859-1');
  assert.equal(sniffHtmlCharset(bytes('The page said charset=koi8-r somewhere')), null);
  assert.equal(sniffHtmlCharset(bytes('<html><head><title>x</title>')), null);
});
