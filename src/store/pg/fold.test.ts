import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldDiacritics } from './fold.js';

test('foldDiacritics: Latin letters lose their diacritics, in both cases; other text is unchanged', () => {
  assert.equal(foldDiacritics('Café Zürich, São Tomé, Łódź, Đà Nẵng'), 'Cafe Zurich, Sao Tome, Łodz, Đa Nang');
  assert.equal(foldDiacritics('ÉCOLE'), 'ECOLE');
  assert.equal(foldDiacritics('حلب 🛰️ Київ'), 'حلب 🛰️ Київ', 'other scripts and emoji stay');
  assert.equal(foldDiacritics(''), '');
});
