import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readSources, type SourceItem } from './sources.js';

// A loopback server: feeds under their own types and mislabelled, pages, and things that are neither.
let server: Server;
let base = '';

const page = (title: string, body: string) => `<!doctype html><html><head><meta property="og:title" content="${title}"></head><body><article><p>${body}</p><p>Residents said the shelling came without warning and that rescuers worked until dawn.</p></article></body></html>`;
const rss = () => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Valley Wire</title>
<item><title>Shells hit Saraqib</title><link>${base}/one</link><pubDate>Mon, 22 Jul 2019 08:00:00 GMT</pubDate></item>
<item><title>Drone near Binnish</title><link>${base}/two</link><pubDate>Tue, 23 Jul 2019 08:00:00 GMT</pubDate></item></channel></rss>`;
const atom = () => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Desk</title>
<entry><title>Mortar fire in Hpakant</title><link href="${base}/one"/><updated>2021-05-03T09:00:00Z</updated></entry></feed>`;

before(async () => {
  server = createServer((req, res) => {
    const send = (type: string, body: string) => res.writeHead(200, { 'content-type': type }).end(body);
    if (req.url === '/rss') send('application/rss+xml; charset=utf-8', rss());
    else if (req.url === '/atom-as-text-xml') send('text/xml', atom());
    else if (req.url === '/rss-as-html') send('text/html', rss());
    else if (req.url === '/one') send('text/html', page('Shells hit Saraqib', 'Shells killed three farmers in Saraqib on Monday, the civil defence said.'));
    else if (req.url === '/two') send('text/html', page('Drone near Binnish', 'A drone strike wounded two shepherds near Binnish on Tuesday.'));
    else if (req.url === '/sitemap') send('application/xml', '<?xml version="1.0"?><urlset><url><loc>https://example.org/a</loc></url></urlset>');
    else if (req.url === '/api') send('application/json', '{"items":[]}');
    else res.writeHead(404).end('nope');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise((r) => server.close(r));
});

async function all(inputs: string[]): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of readSources(inputs)) out.push(x);
  return out;
}
const texts = (items: SourceItem[]) => items.map((x) => ('doc' in x ? x.doc.text : `ERROR ${x.error.message}`));

test('a feed URL given as a plain input (no --feed) is read as a feed: each item\'s page, with the feed\'s metadata', async () => {
  const items = await all([`${base}/rss`]);
  assert.equal(items.length, 2, texts(items).join('\n'));
  const [one, two] = items;
  assert.ok('doc' in one && 'doc' in two);
  assert.match(one.doc.text, /three farmers in Saraqib/);
  assert.equal(one.doc.meta.outlet, 'Valley Wire');
  assert.equal(one.doc.meta.published, '2019-07-22');
  assert.match(two.doc.text, /two shepherds/);
});

test('a feed is recognised by its root element whatever it is served as (text/xml Atom, RSS mislabelled text/html)', async () => {
  const atomItems = await all([`${base}/atom-as-text-xml`]);
  assert.equal(atomItems.length, 1);
  assert.ok('doc' in atomItems[0] && /three farmers/.test(atomItems[0].doc.text));
  assert.equal(atomItems[0].doc.meta.outlet, 'Hill Desk');
  const mislabelled = await all([`${base}/rss-as-html`]);
  assert.equal(mislabelled.length, 2, texts(mislabelled).join('\n'));
});

test('NOT a feed: a page URL is one report, as before', async () => {
  const items = await all([`${base}/two`]);
  assert.equal(items.length, 1);
  assert.ok('doc' in items[0] && /two shepherds near Binnish/.test(items[0].doc.text));
});

test('NOT a feed: XML that is no feed, a JSON API and a 404 are errors that name the URL, and the inputs after them are read', async () => {
  const items = await all([`${base}/sitemap`, `${base}/api`, `${base}/missing`, `${base}/one`]);
  assert.equal(items.length, 4);
  const [sitemap, api, missing, one] = items;
  assert.ok('error' in sitemap && /\/sitemap: served as application\/xml but is not an RSS or Atom feed/.test(sitemap.error.message), texts([sitemap])[0]);
  assert.ok('error' in api && /content type "application\/json" is not a web page, text or an RSS\/Atom feed/.test(api.error.message), texts([api])[0]);
  assert.ok('error' in missing && /404/.test(missing.error.message));
  assert.ok('doc' in one);
});
