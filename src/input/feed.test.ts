import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedItemDocument, looksLikeFeed, parseFeed } from './feed.js';
import { InputError } from './input-error.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Northern Ledger</title>
<item><title>Shelling hits Hpakant market &amp; bus stop</title><link>https://example.org/hpakant</link>
<pubDate>Tue, 11 May 2021 06:00:00 GMT</pubDate><dc:creator>Mya Thin</dc:creator>
<description>Short teaser</description>
<content:encoded><![CDATA[<p>Mortar fire hit the market on Monday, killing four traders, a rescue group said.</p>]]></content:encoded></item>
<item><title>Teaser only</title><guid>https://example.org/teaser</guid><description>&lt;p&gt;Two fishermen were &lt;b&gt;wounded&lt;/b&gt; near the jetty.&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Wire</title>
<entry><title>Drone strike near Saraqib</title><link rel="self" href="https://example.org/self/1"/>
<link rel="alternate" href="https://example.org/saraqib"/><published>2019-07-22T08:00:00+03:00</published>
<author><name>Hadi Noor</name></author><content type="html">&lt;p&gt;A drone strike killed three farmers, the civil defence said.&lt;/p&gt;</content></entry>
</feed>`;

test('RSS 2.0: title, link (or an http guid), date, author, outlet and body of each item', () => {
  const items = parseFeed(RSS, 'feed.xml');
  assert.equal(items.length, 2);
  assert.deepEqual(items[0], {
    title: 'Shelling hits Hpakant market & bus stop', url: 'https://example.org/hpakant', published: '2021-05-11',
    byline: 'Mya Thin', outlet: 'Northern Ledger',
    content: '<p>Mortar fire hit the market on Monday, killing four traders, a rescue group said.</p>',
  });
  assert.equal(items[1].url, 'https://example.org/teaser');
  assert.equal(items[1].published, null);
  assert.match(items[1].content ?? '', /<b>wounded<\/b>/);
});

test('Atom: the alternate link, not the self link; the date as written in its own zone', () => {
  const [entry] = parseFeed(ATOM, 'atom.xml');
  assert.equal(entry.url, 'https://example.org/saraqib');
  assert.equal(entry.published, '2019-07-22');
  assert.equal(entry.byline, 'Hadi Noor');
  assert.equal(entry.outlet, 'Valley Wire');
});

test('an item read from the feed alone: headline first, then the body text, metadata from the feed', () => {
  const doc = feedItemDocument(parseFeed(RSS, 'feed.xml')[0]);
  assert.ok(doc);
  assert.match(doc.text, /^Shelling hits Hpakant market & bus stop\n\nMortar fire hit the market/);
  assert.equal(doc.text.includes('<p>'), false);
  assert.equal(doc.meta.outlet, 'Northern Ledger');
  assert.equal(doc.meta.published, '2021-05-11');
  assert.equal(feedItemDocument({ title: 'x', url: null, published: null, byline: null, outlet: null, content: null }), null);
});

test('not a feed: an HTML page or a different XML document is refused with the source named', () => {
  assert.equal(looksLikeFeed(RSS), true);
  assert.equal(looksLikeFeed(ATOM), true);
  assert.equal(looksLikeFeed('<!doctype html><html><body>Not a feed</body></html>'), false);
  assert.throws(() => parseFeed('<?xml version="1.0"?><svg></svg>', 'pic.xml'), (e) => e instanceof InputError && /^pic\.xml: not an RSS or Atom feed/.test(e.message));
});

test('the feed\'s own item ids: RSS guid (even when not a link), RSS 1.0 rdf:about, Atom id; absent when not given', () => {
  const rss = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://example.org/a</link><guid isPermaLink="false">ledger-2021-0511-3</guid></item><item><title>B</title><link>https://example.org/b</link></item></channel></rss>';
  const [a, b] = parseFeed(rss, 'rss.xml');
  assert.equal(a.guid, 'ledger-2021-0511-3');
  assert.equal(a.url, 'https://example.org/a', 'a guid that is not a link does not become the link');
  assert.equal(b.guid, undefined);
  const rdf = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title></channel><item rdf:about="https://example.org/c"><title>C</title><link>https://example.org/c</link></item></rdf:RDF>';
  assert.equal(parseFeed(rdf, 'rdf.xml')[0].guid, 'https://example.org/c');
  const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>tag:example.org,2019:saraqib</id><title>D</title><link href="https://example.org/d"/></entry></feed>';
  assert.equal(parseFeed(atom, 'atom.xml')[0].guid, 'tag:example.org,2019:saraqib');
});
