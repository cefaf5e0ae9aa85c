import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedListErrorLine, parseFeedList } from './feed-list.js';

test('a feeds file: URLs in order, comments and blank lines ignored, Windows line ends and a BOM accepted', () => {
  const text = '\uFEFF# Conflict monitors\r\nhttps://ledger.example.org/rss.xml\r\n\r\n   \r\n  http://127.0.0.1:8080/atom   # local mirror\r\n#https://commented.example.org/rss\r\nhttps://wire.example.net/feed?section=world#top\r\n';
  const list = parseFeedList(text, 'feeds.txt');
  assert.deepEqual(list.errors, []);
  assert.deepEqual(list.feeds, ['https://ledger.example.org/rss.xml', 'http://127.0.0.1:8080/atom', 'https://wire.example.net/feed?section=world#top']);
});

test('bad lines are reported by number with the reason; the good lines are still listed', () => {
  const text = [
    'https://ledger.example.org/rss.xml',
    'ledger.example.org/atom',
    'ftp://files.example.org/feed.xml',
    'https://',
    'https://exa mple.org/rss',
    'https://ledger.example.org/rss.xml',
    'https://valley.example.org/atom.xml',
  ].join('\n');
  const list = parseFeedList(text, 'feeds.txt');
  assert.deepEqual(list.feeds, ['https://ledger.example.org/rss.xml', 'https://valley.example.org/atom.xml']);
  assert.deepEqual(list.errors.map((e) => e.line), [2, 3, 4, 5, 6]);
  assert.match(list.errors[0].message, /expected a feed URL starting with http:\/\/ or https:\/\//);
  assert.match(list.errors[1].message, /only http:\/\/ and https:\/\/ feeds can be watched, not ftp:/);
  assert.match(list.errors[2].message, /not a valid URL/);
  assert.match(list.errors[3].message, /cannot contain spaces/);
  assert.equal(list.errors[4].message, 'already listed on line 1');
  assert.equal(feedListErrorLine('feeds.txt', list.errors[0]), 'feeds.txt line 2: expected a feed URL starting with http:// or https:// ("ledger.example.org/atom"); the other feeds are still watched');
});

test('a file with no feeds at all is one error, not silence', () => {
  for (const text of ['', '# nothing yet\n\n']) {
    const list = parseFeedList(text, 'feeds.txt');
    assert.deepEqual(list.feeds, []);
    assert.equal(list.errors.length, 1);
    assert.equal(feedListErrorLine('feeds.txt', list.errors[0]), 'feeds.txt lists no feeds (one http(s) URL per line)');
  }
});

test('a long bad line is shortened in the message', () => {
  const [e] = parseFeedList(`example.org/${'x'.repeat(200)}`).errors;
  assert.ok(feedListErrorLine('f.txt', e).length < 220);
  assert.match(feedListErrorLine('f.txt', e), /\.\.\."\); the other feeds/);
});
