/**
 * Feed items as the watcher sees them: an id to remember (guid, else link, else a hash of the
 * title and body), and the pending form kept when an item's page cannot be read yet.
 */
import { createHash } from 'node:crypto';
import type { FeedItem } from '../input/feed.js';
import type { PendingFeedItem } from '../store/store.js';

/**
 * The id an item is remembered by: the feed's guid/Atom id, else its link, else `text:` and a
 * hash of its title and body; null for an item with none of these (nothing to read).
 *
 * @example
 * itemId({ guid: 'tag:example.org,2022:118', url: 'https://example.org/a', … }); // 'tag:example.org,2022:118'
 * itemId({ url: 'https://example.org/a', … }); // 'https://example.org/a'
 */
export function itemId(item: FeedItem): string | null {
  if (item.guid) return item.guid;
  if (item.url) return item.url;
  if (!item.title && !item.content) return null;
  return `text:${createHash('sha256').update(`${item.title ?? ''}\n${item.content ?? ''}`, 'utf8').digest('hex').slice(0, 32)}`;
}

/**
 * A pending item as the feed item to read again (the feed's body is not kept: the page is read).
 *
 * @example
 * pendingAsItem({ id: 'g1', url: 'https://example.org/a', title: 'A', published: null, attempts: 1, error: '…' }).url; // 'https://example.org/a'
 */
export function pendingAsItem(p: PendingFeedItem): FeedItem {
  return { guid: p.id, url: p.url, title: p.title, published: p.published, outlet: p.outlet ?? null, byline: p.byline ?? null, content: null };
}

/**
 * The pending record of an item that failed `attempts` times.
 *
 * @example
 * asPending('g1', item, 1, 'the server answered 502 Bad Gateway');
 */
export function asPending(id: string, item: FeedItem, attempts: number, error: string): PendingFeedItem {
  return { id, url: item.url, title: item.title, published: item.published, outlet: item.outlet, byline: item.byline, attempts, error };
}
