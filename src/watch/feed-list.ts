/**
 * The list of feeds `civwatch watch` polls: one URL per line, `#` comments, blank lines ignored.
 * A bad line is reported by number and the others are still watched.
 */

/** One line of a feeds file that was not used, and why. */
export interface FeedListError {
  /** 1-based line number. */
  line: number;
  text: string;
  message: string;
}

export interface FeedList {
  /** The feed URLs, in file order, each once. */
  feeds: string[];
  errors: FeedListError[];
}

/** What a line may be, checked in order; the first rule that matches decides. Rules as data, with an example each. */
const LINE_RULES: { example: string; test: (line: string) => boolean; message: (line: string) => string }[] = [
  { example: 'ftp://example.org/rss', test: (l) => /^[a-z][a-z0-9+.-]*:/i.test(l) && !/^https?:\/\//i.test(l), message: (l) => `only http:// and https:// feeds can be watched, not ${l.split(':')[0]}:` },
  { example: 'example.org/rss', test: (l) => !/^https?:\/\//i.test(l), message: () => 'expected a feed URL starting with http:// or https://' },
  { example: 'https://exa mple.org/rss', test: (l) => /\s/.test(l), message: () => 'a URL cannot contain spaces (put a comment after a space and #)' },
  { example: 'https://', test: (l) => !validUrl(l), message: () => 'not a valid URL' },
];

function validUrl(s: string): boolean {
  try {
    return Boolean(new URL(s).hostname);
  } catch {
    return false;
  }
}

/**
 * Parse a feeds file. A line's text after whitespace and `#` is a comment; `source` names the
 * file in messages. A feed listed twice is kept once and the repeat reported.
 *
 * @example
 * parseFeedList('# world news\nhttps://example.org/rss\nexample.org/atom  # typo\n', 'feeds.txt');
 * // { feeds: ['https://example.org/rss'], errors: [{ line: 3, text: 'example.org/atom', message: 'expected a feed URL …' }] }
 */
export function parseFeedList(text: string, source = 'feeds file'): FeedList {
  const feeds: string[] = [];
  const firstLine = new Map<string, number>();
  const errors: FeedListError[] = [];
  for (const [i, raw] of text.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const bad = LINE_RULES.find((r) => r.test(line));
    if (bad) {
      errors.push({ line: i + 1, text: line, message: bad.message(line) });
      continue;
    }
    const seenAt = firstLine.get(line);
    if (seenAt !== undefined) {
      errors.push({ line: i + 1, text: line, message: `already listed on line ${seenAt}` });
      continue;
    }
    firstLine.set(line, i + 1);
    feeds.push(line);
  }
  if (feeds.length === 0 && errors.length === 0) errors.push({ line: 0, text: '', message: `${source} lists no feeds (one http(s) URL per line)` });
  return { feeds, errors };
}

/**
 * One line for a bad feeds-file line.
 *
 * @example
 * feedListErrorLine('feeds.txt', { line: 3, text: 'example.org/atom', message: 'expected a feed URL starting with http:// or https://' });
 * // 'feeds.txt line 3: expected a feed URL starting with http:// or https:// ("example.org/atom"); the other feeds are still watched'
 */
export function feedListErrorLine(source: string, e: FeedListError): string {
  if (e.line === 0) return e.message;
  return `${source} line ${e.line}: ${e.message} ("${e.text.length > 80 ? `${e.text.slice(0, 77)}...` : e.text}"); the other feeds are still watched`;
}
