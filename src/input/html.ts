import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { InputDocument } from './document.js';
import { blockText, nestsDeeperThan } from './html-text.js';
import { isoDateOf } from './iso-date.js';

/** Page furniture dropped before the main text is looked for: never report text. */
/** News pages nest a few dozen elements deep; deeper than this, Readability (whose cost grows with
 * depth × size) is skipped and the body's text is read directly. */
const READABILITY_MAX_DEPTH = 400;

const BOILERPLATE = 'script:not([type="application/ld+json"]), style, noscript, nav, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]';

export interface HtmlOptions {
  /** Address the page came from; the page's canonical link is used when absent. */
  url?: string | null;
}

/**
 * Read an HTML page: the article's main text by Readability (menus, footers, related links
 * dropped), and its metadata from the page — title (`og:title`, `<title>`), byline (`author`),
 * publication date (`article:published_time`, JSON-LD `datePublished`), outlet (`og:site_name`).
 * The text starts with the title as its own paragraph, as a plain-text report does, so that a
 * headline's claim ("…: U.S. military") is analyzed too.
 *
 * @example
 * const { text, meta } = readHtml('<html><head><meta property="og:site_name" content="Example Times">…', { url });
 */
export function readHtml(source: string, options: HtmlOptions = {}): InputDocument {
  // linkedom makes a bare fragment's first element the document element: give it a page.
  const html = /<html[\s>]/i.test(source) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  const head = readHeadMeta(document);
  let body = '';
  let article: ReturnType<Readability['parse']> = null;
  const page = parseHTML(html).document;
  removeAll(page, BOILERPLATE);
  try {
    const root = page.body ?? page.documentElement;
    if (!root || !nestsDeeperThan(root as never, READABILITY_MAX_DEPTH)) article = new Readability(page as unknown as Document).parse();
  } catch {
    article = null; // Readability gives up on odd markup; the body fallback below still reads it.
  }
  if (article?.content) body = blockText(parseHTML(`<div>${article.content}</div>`).document as never);
  if (!body) {
    removeAll(document, `${BOILERPLATE}, header`);
    const root = document.body ?? document.documentElement;
    if (root) body = blockText(root as never);
  }
  const title = head.title ?? clean(article?.title) ?? clean(document.querySelector('title')?.textContent);
  const byline = head.byline ?? clean(article?.byline);
  if (byline) body = dropBylineParagraph(body, byline);
  const firstParagraph = body.split('\n\n', 1)[0];
  const text = title && firstParagraph !== title ? `${title}\n\n${body}` : body;
  const meta: InputDocument['meta'] = {
    title,
    byline,
    outlet: head.outlet ?? clean(article?.siteName),
    published: head.published ?? isoDateOf(article?.publishedTime),
    url: options.url ?? head.url,
  };
  return { text: body ? text : '', meta: dropEmpty(meta) };
}

/** Readability keeps a byline paragraph ("By Jane Doe") when the page's metadata names the author. */
function dropBylineParagraph(body: string, byline: string): string {
  const name = byline.toLowerCase();
  return body
    .split('\n\n')
    .filter((p) => p.toLowerCase().replace(/^by\s+/, '') !== name)
    .join('\n\n');
}

interface HeadMeta {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function removeAll(document: Doc, selector: string): void {
  for (const el of Array.from(document.querySelectorAll(selector))) el.remove();
}

/** Metadata from `<meta>`, `<link rel=canonical>` and JSON-LD; first match wins. */
function readHeadMeta(document: Doc): HeadMeta {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = clean(el?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  const ld = readJsonLd(document);
  const author = meta('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author');
  return {
    // Not <title>: it often ends in " | Outlet"; Readability's title trims that and comes next.
    title: meta('og:title', 'twitter:title', 'headline') ?? ld.headline,
    byline: author && !/^https?:/.test(author) ? author.replace(/^by\s+/i, '') : ld.author,
    outlet: meta('og:site_name', 'application-name') ?? ld.publisher,
    published: isoDateOf(meta('article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'DC.date.issued'))
      ?? isoDateOf(ld.datePublished)
      ?? isoDateOf(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    url: clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('og:url'),
  };
}

interface LdMeta {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
}

/** The first JSON-LD object that looks like an article; unparseable blocks are ignored. */
function readJsonLd(document: Doc): LdMeta {
  const out: LdMeta = { headline: null, author: null, publisher: null, datePublished: null };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = flattenLd(data);
    const item = items.find((o) => typeof o.datePublished === 'string' || typeof o.headline === 'string');
    if (!item) continue;
    out.headline = str(item.headline);
    out.datePublished = str(item.datePublished);
    out.author = nameOf(item.author);
    out.publisher = nameOf(item.publisher);
    return out;
  }
  return out;
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    return [o, ...(Array.isArray(o['@graph']) ? flattenLd(o['@graph']) : [])];
  }
  return [];
}

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return str(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? clean(v) : null;
}

function clean(v: string | null | undefined): string | null {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

function dropEmpty(meta: InputDocument['meta']): InputDocument['meta'] {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== null && v !== undefined)) as InputDocument['meta'];
}
