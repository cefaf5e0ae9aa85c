import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCursor, encodeCursor, ftsQuery } from './cursor.js';

describe('page cursors', () => {
  it('round-trip a sort key, including non-ASCII ids', () => {
    assert.deepEqual(decodeCursor(encodeCursor(['2017-03-17', 'inc-é/1'])), ['2017-03-17', 'inc-é/1']);
  });

  it('refuse a cursor this store did not make', () => {
    assert.throws(() => decodeCursor('not a cursor'), /invalid page cursor/);
    assert.throws(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url')), /invalid page cursor/);
    assert.throws(() => decodeCursor(Buffer.from('["a", 2]').toString('base64url')), /invalid page cursor/);
  });
});

describe('ftsQuery', () => {
  it('quotes each word so FTS syntax is not interpreted', () => {
    assert.equal(ftsQuery('air strike'), '"air" "strike"');
    assert.equal(ftsQuery('"market" (Raqqa) -AND* NEAR'), '"market" "Raqqa" "AND" "NEAR"');
    assert.equal(ftsQuery('Mosul’s Jadida'), '"Mosul" "s" "Jadida"');
  });

  it('gives nothing for text without words', () => {
    assert.equal(ftsQuery(' -- "" '), null);
  });
});
