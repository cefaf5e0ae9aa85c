import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedStateFixture } from '../store/contract-feeds.js';
import { statusTable } from './status.js';

test('the status table: one row per listed feed, failing ones with their error, never-polled ones as such', () => {
  const failing = feedStateFixture({ url: 'https://a.example.org/rss' });
  const table = statusTable(['https://a.example.org/rss', 'https://b.example.org/atom'], [failing, feedStateFixture({ url: 'https://unlisted.example.org/rss' })]);
  const lines = table.trimEnd().split('\n');
  assert.equal(lines.length, 3, 'a header and the two listed feeds; an unlisted state is left out');
  assert.match(lines[0], /^FEED +LAST +POLLED +FAILURES +NEXT +SEEN +PENDING +LAST ERROR$/);
  assert.match(lines[1], /^https:\/\/a\.example\.org\/rss +503 +2026-11-26 07:15:00 +3 +2026-11-26 09:15:00 +3 +2 +the server answered 503 Service Unavailable$/);
  assert.match(lines[2], /^https:\/\/b\.example\.org\/atom +- +never +0 +next round +0 +0$/);
  assert.equal(lines[0].indexOf('LAST ERROR'), lines[1].indexOf('the server'), 'columns line up');
});
