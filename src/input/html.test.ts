import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from './html.js';
import { blockText } from './html-text.js';
import { parseHTML } from 'linkedom';

const page = `<!doctype html><html><head><title>Strike kills five in Mosul | Example Times</title>
<meta property="og:title" content="Strike kills five in Mosul">
<meta property="og:site_name" content="Example Times">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2017-04-04T23:30:00-05:00">
<link rel="canonical" href="https://example.org/mosul-strike">
</head><body><nav><a href="/">Home</a> <a href="/world">World news</a></nav>
<article><h1>Strike kills five in Mosul</h1><p class="byline">By Jane Doe</p>
<p>Five civilians were killed in an air strike on the al-Jadida neighbourhood of western Mosul on Thursday, local officials said.</p>
<p>The coalition said it was reviewing the report. Residents said the strike hit a house where two families had sheltered for weeks.</p>
<p>A police officer, who spoke on condition of anonymity, said the bodies of three children were recovered from the rubble on Friday.</p></article>
<footer>Copyright Example Times. Subscribe to our newsletter.</footer></body></html>`;

test('main text without boilerplate, title first, metadata from meta tags', () => {
  const { text, meta } = readHtml(page);
  assert.equal(meta.title, 'Strike kills five in Mosul');
  assert.equal(meta.outlet, 'Example Times');
  assert.equal(meta.byline, 'Jane Doe');
  assert.equal(meta.published, '2017-04-04');
  assert.equal(meta.url, 'https://example.org/mosul-strike');
  assert.ok(text.startsWith('Strike kills five in Mosul\n\nFive civilians were killed'), text.slice(0, 80));
  assert.match(text, /for weeks\.\n\nA police officer/);
  assert.doesNotMatch(text, /Subscribe|World news|Copyright|By Jane Doe/);
});

test('JSON-LD gives the date and author when meta tags do not; the given URL wins', () => {
  const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
    {"@type":"NewsArticle","headline":"Shelling in Gaza","datePublished":"2023-10-12T08:00:00+03:00","author":[{"@type":"Person","name":"Sam Lee"}],"publisher":{"name":"Gaza Daily"}}]}</script>
    <script type="application/ld+json">{ not json</script></head>
    <body><p>Shelling hit a school in Gaza City on Wednesday, killing seven people, the health ministry said. Rescuers searched the rubble through the night.</p></body></html>`;
  const { text, meta } = readHtml(html, { url: 'http://127.0.0.1/x' });
  assert.equal(meta.published, '2023-10-12');
  assert.equal(meta.byline, 'Sam Lee');
  assert.equal(meta.outlet, 'Gaza Daily');
  assert.equal(meta.title, 'Shelling in Gaza');
  assert.equal(meta.url, 'http://127.0.0.1/x');
  assert.match(text, /killing seven people/);
});

test('a page with no article and no metadata gives its body text, and NOT its script or nav', () => {
  const { text, meta } = readHtml('<html><body><nav>Menu</nav><script>var x = 1;</script><div>Two people were hurt.</div></body></html>');
  assert.equal(text, 'Two people were hurt.');
  assert.equal(meta.published, undefined);
  assert.equal(meta.title, undefined);
});

test('a bare fragment is read as a page body', () => {
  assert.equal(readHtml('<p>Two soldiers were wounded near Lashio.</p><p>The army said so.</p>').text, 'Two soldiers were wounded near Lashio.\n\nThe army said so.');
});

test('without og:title the title comes from <title>, its " | Outlet" trimmed', () => {
  const html = '<html><head><title>Mortar fire hits Hpakant market | Example Times</title></head><body><article>'
    + '<p>Mortar fire hit the market in Hpakant township on Monday, killing four traders and wounding nine, a local rescue group said in a statement.</p>'
    + '<p>Residents blamed the military, which did not respond to a request for comment on the attack or on the casualty figures.</p></article></body></html>';
  assert.equal(readHtml(html).meta.title, 'Mortar fire hits Hpakant market');
});

test('an empty page gives empty text', () => {
  assert.equal(readHtml('<html><body><script>1</script></body></html>').text, '');
});

test('blockText separates paragraphs and collapses whitespace', () => {
  const { document } = parseHTML('<div><p>in recent   weeks.</p><p>Amnesty <b>said</b>\n so.</p><ul><li>a</li><li>b</li></ul></div>');
  assert.equal(blockText(document as never), 'in recent weeks.\n\nAmnesty said so.\n\na\n\nb');
});

test('blockText: one <br> is a line break, two a paragraph break, NOT a run-on', () => {
  const { document } = parseHTML('<div><p>Five were killed<br>in Gaza.<br><br>Police said so. <br> </p></div>');
  assert.equal(blockText(document as never), 'Five were killed\nin Gaza.\n\nPolice said so.');
});
