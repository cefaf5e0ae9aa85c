/**
 * Feeds and article pages for the watch tests, served on loopback. Every text here was written
 * for these tests: invented events told the way news reports tell them.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An article page: the headline and paragraphs, wrapped in a plain news-site HTML page. */
export interface Article { path: string; title: string; outlet: string; published: string; paragraphs: string[] }

export const ARTICLES: Article[] = [
  {
    path: '/ledger/mosul-bakery-strike', title: 'Air strike on Mosul bakery kills six civilians', outlet: 'Northern Ledger', published: '2017-03-22',
    paragraphs: [
      'An air strike hit a crowded bakery in the Zanjili district of western Mosul on Tuesday morning, killing six civilians, including two children, local health officials said.',
      'Residents said the bakery was struck shortly after it opened, when families were queuing for bread. Nine other people were wounded and taken to a field hospital south of the city.',
      'The coalition said it was reviewing the report. Iraqi forces have been fighting Islamic State militants in the narrow streets of the old city for weeks.',
    ],
  },
  {
    path: '/ledger/tal-afar-checkpoint', title: 'Car bomb at Tal Afar checkpoint kills four', outlet: 'Northern Ledger', published: '2017-03-24',
    paragraphs: [
      'A car bomb exploded at a checkpoint on the eastern edge of Tal Afar on Thursday, killing four civilians who were waiting to pass, a police officer said.',
      'The officer said the driver detonated the explosives as guards approached the car. Seven people were wounded, among them two traffic police.',
      'No group has claimed the attack. The town has seen several bombings since the start of the month.',
    ],
  },
  {
    path: '/valley/raqqa-market-shelling', title: 'Shelling of Raqqa market leaves three dead', outlet: 'Valley Wire', published: '2017-06-14',
    paragraphs: [
      'Artillery shells landed in a vegetable market in the centre of Raqqa on Tuesday, killing three civilians and wounding eleven, a local monitoring group said.',
      'Witnesses told Valley Wire that the shells fell in the early afternoon, when the market was at its busiest. Two stalls caught fire.',
      'Fighting around the city has intensified this month as the Syrian Democratic Forces push into its western districts.',
    ],
  },
];

/** The page of an article, as a news site would serve it. */
export function articleHtml(a: Article): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${a.title} | ${a.outlet}</title>
<meta property="og:site_name" content="${a.outlet}"><meta property="article:published_time" content="${a.published}T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${a.title}</h1>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>Copyright ${a.outlet}</footer></body></html>`;
}

/** An RSS 2.0 feed of the given articles (guid = link). */
export function rssFeed(base: string, title: string, articles: Article[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${title}</title><link>${base}/</link><description>Latest reports</description>
${articles.map((a) => `<item><title>${a.title}</title><link>${base}${a.path}</link><guid isPermaLink="true">${base}${a.path}</guid>
<pubDate>${new Date(`${a.published}T09:00:00Z`).toUTCString()}</pubDate><description>${a.paragraphs[0]}</description></item>`).join('\n')}
</channel></rss>`;
}

/** An Atom feed of the given articles, with tag: ids distinct from the links. */
export function atomFeed(base: string, title: string, articles: Article[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>tag:valley.example,2017:feed</id><updated>2017-06-14T12:00:00Z</updated>
${articles.map((a) => `<entry><title>${a.title}</title><id>tag:valley.example,2017:${a.path.split('/').pop()}</id>
<link rel="alternate" type="text/html" href="${base}${a.path}"/><published>${a.published}T09:00:00Z</published>
<summary>${a.paragraphs[0]}</summary></entry>`).join('\n')}
</feed>`;
}

/** A recorded request. */
export interface SeenRequest { path: string; headers: IncomingHttpHeaders }

/** What one path answers; a function is called per request. */
export type Route =
  | { kind: 'feed'; body: () => string; etag?: () => string; lastModified?: () => string; contentType?: string }
  | { kind: 'page'; html: string }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'hang' };

/** A loopback HTTP server whose routes tests change between rounds, recording every request. */
export interface Loopback {
  base: string;
  routes: Map<string, Route>;
  requests: SeenRequest[];
  /** Requests for one path. */
  hits(path: string): SeenRequest[];
  close(): Promise<void>;
}

/**
 * Start a server on 127.0.0.1 (ephemeral port). Feeds answer 304 when If-None-Match matches
 * their ETag or If-Modified-Since is not before their Last-Modified.
 *
 * @example
 * const srv = await startLoopback(); srv.routes.set('/rss', { kind: 'feed', body: () => rssFeed(srv.base, 'Ledger', ARTICLES) });
 */
export async function startLoopback(): Promise<Loopback> {
  const routes = new Map<string, Route>();
  const requests: SeenRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (route.kind === 'hang') return void hanging.add(res);
    if (route.kind === 'status') return void res.writeHead(route.status, { 'content-type': 'text/plain', ...route.headers }).end('failure for the test');
    if (route.kind === 'page') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(route.html);
    const etag = route.etag?.();
    const lastModified = route.lastModified?.();
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const fresh = (etag && inm === etag) || (!inm && lastModified && ims && Date.parse(ims) >= Date.parse(lastModified));
    const headers = { ...(etag ? { etag } : {}), ...(lastModified ? { 'last-modified': lastModified } : {}) };
    if (fresh) return void res.writeHead(304, headers).end();
    res.writeHead(200, { 'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8', ...headers }).end(route.body());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base, routes, requests,
    hits: (path) => requests.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
