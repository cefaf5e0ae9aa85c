import { XMLParser } from 'fast-xml-parser';
import type { InputDocument } from './document.js';
import { InputError } from './input-error.js';
import { isoDateOf } from './iso-date.js';
import { readHtml } from './html.js';

/** One item of an RSS or Atom feed: where its page is, and what the feed says about it. */
export interface FeedItem {
  title: string | null;
  /** The feed's own id for the item (RSS `<guid>`, RSS 1.0 `rdf:about`, Atom `<id>`), when it gives one. */
  guid?: string;
  /** The item's page (RSS `<link>`, Atom `<link rel="alternate" href>`), or null. */
  url: string | null;
  published: string | null;
  byline: string | null;
  /** The feed's own name (`<channel><title>`, Atom `<feed><title>`): the outlet. */
  outlet: string | null;
  /** The item's body as given in the feed (`content:encoded`, Atom `<content>`, else the summary), HTML or text. */
  content: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Item bodies are HTML inside CDATA or escaped: keep them as strings, never parse them as XML.
  stopNodes: ['*.content:encoded', '*.description', '*.content', '*.summary'],
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * True for a document that starts like an RSS or Atom feed.
 *
 * @example
 * looksLikeFeed('<?xml version="1.0"?><rss version="2.0">…'); // true
 */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(text.slice(0, 2000));
}

/**
 * Parse an RSS 2.0, RSS 1.0 (RDF) or Atom feed into its items. Throws an {@link InputError} naming
 * `source` when the text is not a feed.
 *
 * @example
 * parseFeed('<rss><channel><title>Example Times</title><item><title>Strike in Mosul</title><link>https://example.org/a</link></item></channel></rss>', 'feed.xml');
 * // [{ title: 'Strike in Mosul', url: 'https://example.org/a', outlet: 'Example Times', … }]
 */
export function parseFeed(xml: string, source: string): FeedItem[] {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (e) {
    throw new InputError('bad-record', `${source}: not a readable feed (${(e as Error).message.split('\n')[0]})`);
  }
  const rss = obj(doc.rss);
  const rdf = obj(doc['rdf:RDF']);
  const atom = obj(doc.feed);
  if (rss || rdf) {
    const channel = obj(rss?.channel) ?? obj(rdf?.channel);
    const outlet = text(channel?.title);
    const items = arr(channel?.item).concat(arr(rdf?.item));
    return items.map((i) => ({
      ...guidOf(text(i.guid) ?? text(i['@rdf:about'])),
      title: text(i.title),
      url: rssLink(i),
      published: isoDateOf(text(i.pubDate) ?? text(i['dc:date'])),
      byline: text(i['dc:creator']) ?? text(i.author),
      outlet,
      content: text(i['content:encoded']) ?? text(i.description),
    }));
  }
  if (atom) {
    const outlet = text(atom.title);
    return arr(atom.entry).map((e) => ({
      ...guidOf(text(e.id)),
      title: text(e.title),
      url: atomLink(e.link),
      published: isoDateOf(text(e.published) ?? text(e.updated)),
      byline: text(obj(arr(e.author)[0] ?? e.author)?.name),
      outlet,
      content: text(e.content) ?? text(e.summary),
    }));
  }
  throw new InputError('bad-record', `${source}: not an RSS or Atom feed`);
}

/**
 * A feed item as a report read from the feed alone (its body, not its page): the feed's title,
 * date, author and outlet fill the metadata.
 *
 * @example
 * const doc = feedItemDocument(items[0]); // null when the item has no body
 */
export function feedItemDocument(item: FeedItem): InputDocument | null {
  if (!item.content) return null;
  const doc = /<[a-z][\s\S]*>/i.test(item.content) ? readHtml(item.content, { url: item.url }) : { text: item.content, meta: {} };
  if (!/\S/.test(doc.text)) return null;
  const text = item.title && !doc.text.startsWith(item.title) ? `${item.title}\n\n${doc.text}` : doc.text;
  return { text, meta: withItemMeta(doc.meta, item) };
}

/**
 * A fetched page's metadata completed from its feed item: the page wins, the feed fills gaps.
 *
 * @example
 * withItemMeta({ title: 'Page title' }, item); // { title: 'Page title', published: item.published, … }
 */
export function withItemMeta(meta: InputDocument['meta'], item: FeedItem): InputDocument['meta'] {
  return {
    ...meta,
    title: meta.title ?? item.title,
    url: meta.url ?? item.url,
    published: meta.published ?? item.published,
    byline: meta.byline ?? item.byline,
    outlet: meta.outlet ?? item.outlet,
  };
}

type Node = Record<string, unknown>;

function obj(v: unknown): Node | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null;
}

function arr(v: unknown): Node[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.map((x) => (typeof x === 'object' && x !== null ? (x as Node) : { '#text': x }));
}

/** The text of a node: a string, a number, or an element's `#text`. */
function text(v: unknown): string | null {
  if (Array.isArray(v)) return text(v[0]);
  const raw = typeof v === 'string' || typeof v === 'number' ? String(v) : obj(v) ? obj(v)?.['#text'] : null;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const s = unCdata(String(raw)).trim();
  return s ? s : null;
}

/** Stop nodes keep their raw inner XML: unwrap CDATA sections and decode escaped markup. */
function unCdata(s: string): string {
  if (/<!\[CDATA\[/.test(s)) return s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  return s.includes('&lt;') ? s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&') : s;
}

/** `{ guid }` when the feed gives an id, else nothing (so items without one compare as before). */
function guidOf(id: string | null): { guid?: string } {
  return id ? { guid: id } : {};
}

function rssLink(item: Node): string | null {
  for (const l of arr(item.link)) {
    const href = typeof l['@href'] === 'string' ? l['@href'] : text(l);
    if (href && /^https?:\/\//i.test(href)) return href;
  }
  const guid = text(item.guid);
  return guid && /^https?:\/\//i.test(guid) ? guid : null;
}

function atomLink(links: unknown): string | null {
  const list = arr(links);
  const alt = list.find((l) => (l['@rel'] ?? 'alternate') === 'alternate' && typeof l['@href'] === 'string');
  const href = alt?.['@href'] ?? list.find((l) => typeof l['@href'] === 'string')?.['@href'];
  return typeof href === 'string' ? href : null;
}
