/**
 * `civwatch watch FEEDS_FILE --status`: what the store remembers of each listed feed, as a table
 * for a person (which feeds fail, since when, when they are polled next).
 */
import type { FeedState } from '../store/store.js';

/** The table's columns, in order: header and how a state fills it (rules as data). */
const COLUMNS: { header: string; cell: (s: FeedState | null, url: string) => string }[] = [
  { header: 'FEED', cell: (_s, url) => url },
  { header: 'LAST', cell: (s) => (s?.lastStatus ? String(s.lastStatus) : s?.lastPolledAt ? 'none' : '-') },
  { header: 'POLLED', cell: (s) => s?.lastPolledAt?.slice(0, 19).replace('T', ' ') ?? 'never' },
  { header: 'FAILURES', cell: (s) => String(s?.failures ?? 0) },
  { header: 'NEXT', cell: (s) => s?.nextPollAt?.slice(0, 19).replace('T', ' ') ?? 'next round' },
  { header: 'SEEN', cell: (s) => String(s?.seen.length ?? 0) },
  { header: 'PENDING', cell: (s) => String(s?.pending.length ?? 0) },
  { header: 'LAST ERROR', cell: (s) => s?.lastError ?? '' },
];

/**
 * A text table of the listed feeds' states (a feed never polled shows as such), times in UTC.
 *
 * @example
 * statusTable(['https://example.org/rss'], await store.listFeedStates());
 * // 'FEED                     LAST  POLLED  FAILURES  NEXT        SEEN  PENDING  LAST ERROR\n…'
 */
export function statusTable(feeds: readonly string[], states: readonly FeedState[]): string {
  const byUrl = new Map(states.map((s) => [s.url, s]));
  const rows = [COLUMNS.map((c) => c.header), ...feeds.map((url) => COLUMNS.map((c) => c.cell(byUrl.get(url) ?? null, url)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return `${rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n')}\n`;
}
