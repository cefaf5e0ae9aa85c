import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePgTarget, quoteIdent } from './target.js';

test('parsePgTarget: the schema comes from ?schema=, else the option, else public; other parameters stay', () => {
  assert.deepEqual(parsePgTarget('postgres://u@db:5432/civwatch?schema=monitor'),
    { connectionString: 'postgres://u@db:5432/civwatch', schema: 'monitor', options: '-c random_page_cost=1.1 -c search_path=monitor' });
  assert.deepEqual(parsePgTarget('postgres://u@db/civwatch?sslmode=require&schema=s1'),
    { connectionString: 'postgres://u@db/civwatch?sslmode=require', schema: 's1', options: '-c random_page_cost=1.1 -c search_path=s1' });
  assert.equal(parsePgTarget('postgres://u@db/civwatch', { schema: 'from_option' }).schema, 'from_option');
  assert.equal(parsePgTarget('postgres://u@db/civwatch?schema=url_wins', { schema: 'option' }).schema, 'url_wins');
  assert.equal(parsePgTarget('postgresql://u@db/civwatch').schema, 'public');
});

test('parsePgTarget: the store\'s planner setting, then the URL\'s own options (a later one wins), then the schema\'s search_path', () => {
  const t = parsePgTarget(`postgres://u@db/civwatch?options=${encodeURIComponent('-c statement_timeout=30000')}&schema=s2`);
  assert.equal(t.options, '-c random_page_cost=1.1 -c statement_timeout=30000 -c search_path=s2');
  assert.equal(t.connectionString, 'postgres://u@db/civwatch');
});

test('parsePgTarget: refuses what is not a PostgreSQL URL and schema names that need quoting', () => {
  assert.throws(() => parsePgTarget('civwatch.db'), /not a PostgreSQL URL/);
  assert.throws(() => parsePgTarget('mysql://u@db/x'), /not a PostgreSQL URL/);
  for (const bad of ['Upper', 'with-dash', '1st', 'semi;colon', '', 'x'.repeat(64)]) {
    assert.throws(() => parsePgTarget(`postgres://u@db/x?schema=${encodeURIComponent(bad)}`), /invalid schema name/, bad);
  }
});

test('quoteIdent doubles quotes', () => {
  assert.equal(quoteIdent('a"b'), '"a""b"');
});
