/**
 * The API over the ingested example corpus, through fastify.inject: every read endpoint, the
 * envelope, pagination, filters that include and exclude, exports, the OpenAPI document and the
 * error shape.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IncidentOut } from '../corpus/types.js';
import { CSV_COLUMNS } from '../corpus/output.js';
import { corpusServer, type CorpusServer } from './test-fixture.js';
import { API_ROUTES } from './server.js';
import { ERROR_CODES } from './errors.js';

let s: CorpusServer;
let all: IncidentOut[];

before(async () => {
  s = await corpusServer();
  all = (await get('/api/incidents')).data as IncidentOut[];
});
after(async () => s?.close());

async function get(url: string, status = 200): Promise<{ data: unknown; meta?: { next?: string | null; total?: number } }> {
  const r = await s.app.inject({ url });
  assert.equal(r.statusCode, status, `${url}: ${r.body.slice(0, 300)}`);
  assert.match(String(r.headers['content-type']), /^application\/json/);
  return r.json();
}

/** The error a request gets: the one shape, with nothing else in it. */
async function errorOf(url: string, status: number, method: 'GET' | 'POST' = 'GET', payload?: unknown): Promise<{ code: string; message: string }> {
  const r = await s.app.inject({ url, method, payload: payload as string });
  assert.equal(r.statusCode, status, `${method} ${url}: ${r.body.slice(0, 300)}`);
  const body = r.json() as { error: { code: string; message: string } };
  assert.deepEqual(Object.keys(body), ['error']);
  assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message']);
  assert.ok(body.error.code in ERROR_CODES, `known code ${body.error.code}`);
  assert.equal(ERROR_CODES[body.error.code as keyof typeof ERROR_CODES].status, status);
  assert.ok(body.error.message.length > 5 && !/\n\s+at |SELECT|sqlite|\/work\//i.test(body.error.message), `a plain message: ${body.error.message}`);
  return body.error;
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('GET /api/incidents', () => {
  it('lists the 8 corpus incidents as civwatch.incidents/1 records in the envelope, by date', async () => {
    const body = await get('/api/incidents');
    assert.deepEqual(Object.keys(body).sort(), ['data', 'meta']);
    assert.equal(body.meta?.next, null);
    assert.equal(all.length, 8);
    for (const i of all) {
      assert.deepEqual(Object.keys(i).sort(), ['civilians', 'claims', 'combatants', 'date', 'grade', 'gradeReasons', 'id', 'independentSources', 'perpetrator', 'place', 'reports', 'target', 'total', 'type']);
      assert.ok(i.reports.length >= 1 && i.reports.every((r) => typeof r.id === 'string'));
    }
    const dates = all.map((i) => i.date?.from ?? '~');
    assert.deepEqual(dates, [...dates].sort());
    const jadida = all.find((i) => i.reports.some((r) => r.id === 'mosul-jadida-ack-tigris'));
    assert.equal(jadida?.grade, 'confirmed');
    assert.equal(jadida?.civilians.killed.min, 17);
  });

  it('walks every page with limit=3: each incident once, in order, and meta.next null at the end', async () => {
    const seen: string[] = [];
    let url = '/api/incidents?limit=3';
    let pages = 0;
    for (;;) {
      const body = await get(url);
      pages++;
      assert.ok((body.data as unknown[]).length <= 3);
      seen.push(...ids(body.data as IncidentOut[]));
      if (!body.meta?.next) break;
      url = `/api/incidents?limit=3&cursor=${encodeURIComponent(body.meta.next)}`;
      assert.ok(pages < 10, 'pagination ends');
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, ids(all));
  });

  const cases: [string, (i: IncidentOut) => boolean][] = [
    ['near=36.34,43.13,30', (i) => i.place?.country === 'IQ'],
    ['bbox=31.2,34.2,31.6,34.6', (i) => i.place?.country === 'PS'],
    ['since=2023-01-01', (i) => (i.date?.to ?? '') >= '2023-01-01'],
    ['until=2017-12-31', (i) => i.date !== null && i.date.from <= '2017-12-31'],
    ['since=2017-03-10&until=2017-03-20', (i) => i.date !== null && i.date.to >= '2017-03-10' && i.date.from <= '2017-03-20'],
    ['grade=contested', (i) => i.grade === 'contested'],
    ['grade=fair%2B', (i) => i.grade === 'fair' || i.grade === 'confirmed'],
    ['grade=weak,confirmed', (i) => i.grade === 'weak' || i.grade === 'confirmed'],
    ['type=Air%2Fdrone%20strike', (i) => i.type === 'Air/drone strike'],
    ['perpetrator=us-led%20COALITION', (i) => i.perpetrator?.toLowerCase() === 'us-led coalition'],
    ['grade=contested&near=36.34,43.13,30', (i) => i.grade === 'contested' && i.place?.country === 'IQ'],
  ];
  for (const [query, keep] of cases) {
    it(`${query} keeps exactly the matching incidents (and leaves some out)`, async () => {
      const want = ids(all.filter(keep));
      assert.ok(want.length > 0 && want.length < all.length, `the case splits the corpus: ${want.length}`);
      assert.deepEqual(ids((await get(`/api/incidents?${query}`)).data as IncidentOut[]), want);
      const points = (await get(`/api/incidents/points?${query}`)).data as { id: string }[];
      assert.deepEqual(ids(points), ids(all.filter((i) => keep(i) && i.place)), 'points filter alike');
    });
  }

  it('q keeps the incidents of the reports full-text search finds', async () => {
    const hits = new Set(ids((await get('/api/search?q=bakery&limit=100')).data as { id: string }[]));
    const want = ids(all.filter((i) => i.reports.some((r) => hits.has(r.id))));
    assert.ok(want.length > 0 && want.length < all.length);
    assert.ok(all.filter((i) => want.includes(i.id)).some((i) => i.reports.some((r) => r.id === 'gaza-bureij-stripdaily')));
    assert.deepEqual(ids((await get('/api/incidents?q=bakery')).data as IncidentOut[]), want);
  });

  it('a filter nothing matches gives an empty page, not an error', async () => {
    const body = await get('/api/incidents?since=2030-01-01');
    assert.deepEqual(body, { data: [], meta: { next: null } });
  });
});

describe('GET /api/incidents/points', () => {
  it('gives every placed incident as a compact row, with the total', async () => {
    const body = await get('/api/incidents/points');
    const points = body.data as { id: string; lat: number; lon: number; date: string | null; type: string; grade: string; civKilled: number }[];
    assert.equal(body.meta?.total, points.length);
    assert.deepEqual(ids(points), ids(all.filter((i) => i.place)));
    for (const p of points) {
      assert.deepEqual(Object.keys(p).sort(), ['civKilled', 'date', 'grade', 'id', 'lat', 'lon', 'type']);
      const i = all.find((x) => x.id === p.id)!;
      assert.equal(p.lat, i.place!.lat);
      assert.equal(p.date, i.date?.from ?? null);
      assert.equal(p.civKilled, i.civilians.killed.max ?? i.civilians.killed.min);
    }
  });
});

describe('GET /api/incidents meta.total', () => {
  it('comes with the first page when asked for (total=true) and counts every match, not just the page', async () => {
    for (const query of ['', 'grade=fair%2B', 'since=2017-01-01&until=2017-12-31', 'q=Mosul', 'near=36.34,43.13,30']) {
      const first = await get(`/api/incidents?${query}&limit=2&total=true`);
      assert.equal((await get(`/api/incidents?${query}&limit=2`)).meta?.total, undefined, 'no total unless asked for');
      let n = (first.data as unknown[]).length;
      let next = first.meta?.next;
      while (next) {
        const page = await get(`/api/incidents?${query}&limit=2&total=true&cursor=${encodeURIComponent(next)}`);
        assert.equal(page.meta?.total, undefined, 'later pages carry no total');
        n += (page.data as unknown[]).length;
        next = page.meta?.next;
      }
      assert.equal(first.meta?.total, n, `total of ${query || 'no filter'}`);
    }
    assert.equal((await get('/api/incidents?since=2030-01-01&total=true')).meta?.total, 0);
    assert.equal((await get('/api/incidents?limit=500&total=true')).meta?.total, all.length);
    assert.match((await errorOf('/api/incidents?total=yes', 400)).message, /total/);
  });
});

describe('GET /api/incidents/points?format=columns', () => {
  it('holds the same points as the row form, one array per field, type and grade as table indexes', async () => {
    for (const query of ['', 'grade=fair%2B', 'since=2017-01-01&type=Air%2Fdrone%20strike']) {
      const rows = (await get(`/api/incidents/points?${query}`)).data as { id: string; lat: number; lon: number; date: string | null; type: string; grade: string; civKilled: number }[];
      const body = await get(`/api/incidents/points?${query}&format=columns`);
      const c = body.data as { ids: string[]; lat: number[]; lon: number[]; date: (string | null)[]; type: number[]; grade: number[]; civKilled: number[]; types: string[]; grades: string[] };
      assert.equal(body.meta?.total, rows.length, query);
      assert.deepEqual(Object.keys(c).sort(), ['civKilled', 'date', 'grade', 'grades', 'ids', 'lat', 'lon', 'type', 'types']);
      const back = c.ids.map((id, n) => ({ id, lat: c.lat[n], lon: c.lon[n], date: c.date[n], type: c.types[c.type[n]], grade: c.grades[c.grade[n]], civKilled: c.civKilled[n] }));
      assert.deepEqual(back, rows, `columns read back equal the rows (${query || 'no filter'})`);
      assert.equal(new Set(c.types).size, c.types.length, 'each type named once');
    }
    assert.ok(((await get('/api/incidents/points?format=columns')).data as { ids: string[] }).ids.length > 0);
    assert.deepEqual((await get('/api/incidents/points?format=rows')).data, (await get('/api/incidents/points')).data, 'rows stay the default');
  });

  it('refuses an unknown format', async () => {
    const e = await errorOf('/api/incidents/points?format=csv', 400);
    assert.match(e.message, /format/);
  });
});

describe('GET /api/incidents/:id', () => {
  it('gives the record with figures, grade history, merges, reviews and evidence sentences with spans', async () => {
    const jadida = all.find((i) => i.reports.some((r) => r.id === 'mosul-jadida-ack-tigris'))!;
    const d = (await get(`/api/incidents/${jadida.id}`)).data as Record<string, unknown> & IncidentOut;
    assert.equal(d.id, jadida.id);
    assert.deepEqual(d.reports, jadida.reports);
    assert.equal((d.figures as unknown[]).length, jadida.independentSources);
    assert.ok((d.gradeHistory as { grade: string }[]).some((g) => g.grade === 'confirmed'));
    assert.ok((d.merges as unknown[]).length >= jadida.reports.length - 1);
    assert.deepEqual(d.reviews, []);
    assert.equal(d.mergedInto, null);
    const evidence = d.evidence as { report: string; sentence: { start: number; end: number; text: string }; spans: { kind: string; start: number; end: number }[]; stance: string | null }[];
    assert.ok(evidence.length >= jadida.reports.length);
    const kinds = new Set<string>();
    for (const e of evidence) {
      assert.ok(jadida.reports.some((r) => r.id === e.report));
      assert.equal(e.sentence.text.length, e.sentence.end - e.sentence.start);
      for (const sp of e.spans) {
        assert.ok(['source', 'cue', 'content', 'casualty', 'place', 'date', 'actor'].includes(sp.kind));
        assert.ok(sp.start >= 0 && sp.end <= e.sentence.text.length && sp.start < sp.end, 'offsets relative to the sentence');
        kinds.add(sp.kind);
      }
    }
    for (const k of ['casualty', 'place', 'source', 'cue']) assert.ok(kinds.has(k), `evidence highlights ${k}`);
    assert.ok(evidence.some((e) => e.stance === 'acknowledgment'), 'the acknowledgment is among the evidence');
    const report = (await get('/api/reports/mosul-jadida-ack-tigris')).data as { text: string };
    const ack = evidence.find((e) => e.report === 'mosul-jadida-ack-tigris')!;
    assert.equal(report.text.slice(ack.sentence.start, ack.sentence.end), ack.sentence.text);
  });

  it('an unknown id is NOT_FOUND, and so is an id over 200 characters', async () => {
    assert.match((await errorOf('/api/incidents/inc-000000000000', 404)).message, /no incident "inc-000000000000"/);
    await errorOf(`/api/incidents/${'x'.repeat(300)}`, 404);
  });
});

describe('reports', () => {
  it('GET /api/reports pages through all 31 reports, metadata only', async () => {
    const seen: string[] = [];
    let url = '/api/reports?limit=10';
    for (let n = 0; n < 10; n++) {
      const body = await get(url);
      const items = body.data as Record<string, unknown>[];
      for (const r of items) assert.ok(!('text' in r) && !('analysis' in r), 'no text in a listing');
      seen.push(...ids(items as { id: string }[]));
      if (!body.meta?.next) break;
      url = `/api/reports?limit=10&cursor=${encodeURIComponent(body.meta.next)}`;
    }
    assert.equal(seen.length, 31);
    assert.equal(new Set(seen).size, 31);
  });

  it('copiesOf lists a copy group; an unknown report is NOT_FOUND', async () => {
    const group = ids((await get('/api/reports?copiesOf=mosul-jadida-meridian')).data as { id: string }[]).sort();
    assert.deepEqual(group, ['mosul-jadida-harbourherald', 'mosul-jadida-lakeside', 'mosul-jadida-midland'], 'the other reports of its group');
    await errorOf('/api/reports?copiesOf=nope', 404);
  });

  it('GET /api/reports/:id gives the text, spans inside it, copies and sentence origins', async () => {
    const r = (await get('/api/reports/mosul-stitched-worldbrief')).data as {
      text: string; stitched: boolean; spans: { kind: string; start: number; end: number; label?: string }[];
      origins: { sentence: number; originReport: string; originText: string | null }[]; copies: unknown[];
    };
    assert.equal(r.stitched, true);
    assert.ok(r.spans.length > 5);
    for (const sp of r.spans) assert.ok(sp.start >= 0 && sp.end <= r.text.length && sp.start < sp.end);
    const from = new Set(r.origins.filter((o) => o.originReport !== 'mosul-stitched-worldbrief').map((o) => o.originReport));
    assert.ok(from.has('mosul-jadida-ack-tigris') && from.has('mosul-zanjili-euphrates'), `origins: ${[...from].join(', ')}`);
    assert.ok(r.origins.some((o) => o.originText !== null));
    const wire = (await get('/api/reports/mosul-zanjili-tigris')).data as { copies: { id: string }[] };
    assert.deepEqual(ids(wire.copies).sort(), ['mosul-zanjili-gulfmorning', 'mosul-zanjili-northernledger']);
    await errorOf('/api/reports/nope', 404);
  });
});

describe('search and stats', () => {
  it('GET /api/search finds reports by words, best first; punctuation alone finds nothing', async () => {
    const hits = (await get('/api/search?q=bakery%20queue')).data as { id: string; snippet: string }[];
    assert.ok(hits.some((h) => h.id === 'gaza-bureij-stripdaily'));
    assert.ok(hits.every((h) => typeof h.snippet === 'string'));
    assert.deepEqual((await get('/api/search?q=%22%29%28*')).data, []);
    assert.equal((await errorOf('/api/search', 400)).code, 'BAD_QUERY');
  });

  it('GET /api/stats counts the matching incidents by month, week, type and grade', async () => {
    const st = (await get('/api/stats')).data as { byMonth: { month: string; incidents: number; civKilled: number }[]; byWeek: { week: string; incidents: number }[]; byType: Record<string, number>; byGrade: Record<string, number> };
    const dated = all.filter((i) => i.date);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    assert.equal(sum(st.byMonth.map((m) => m.incidents)), dated.length);
    assert.equal(sum(st.byWeek.map((w) => w.incidents)), dated.length);
    assert.equal(sum(Object.values(st.byType)), all.length);
    assert.equal(sum(Object.values(st.byGrade)), all.length);
    assert.equal(sum(st.byMonth.map((m) => m.civKilled)), sum(dated.map((i) => i.civilians.killed.max ?? i.civilians.killed.min)));
    assert.deepEqual(st.byMonth.map((m) => m.month), ['2017-03', '2023-10']);
    for (const w of st.byWeek) assert.equal(new Date(`${w.week}T00:00:00Z`).getUTCDay(), 1, 'weeks start on Monday');
    const contested = (await get('/api/stats?grade=contested')).data as { byGrade: Record<string, number> };
    assert.deepEqual(Object.keys(contested.byGrade), ['contested']);
  });
});

describe('exports', () => {
  it('GET /api/incidents.csv: the column table\'s header, one row per matching incident', async () => {
    const r = await s.app.inject({ url: '/api/incidents.csv' });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^text\/csv/);
    const lines = r.body.trimEnd().split('\r\n');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.ok(lines.length >= all.length + 1);
    const gaza = await s.app.inject({ url: '/api/incidents.csv?bbox=31.2,34.2,31.6,34.6' });
    assert.equal(gaza.body.split('\r\n').filter((l) => /Gaza|Nuseirat|Bureij|Shujaiya|Tal al-Hawa/.test(l)).length > 0, true);
    assert.ok(!/Mosul/.test(gaza.body.split('\r\n').slice(1).map((l) => l.split(',').slice(0, 12).join(',')).join('\n')), 'no Mosul row in the Gaza box');
  });

  it('GET /api/incidents.geojson: a FeatureCollection with a point per placed incident', async () => {
    const r = await s.app.inject({ url: '/api/incidents.geojson?grade=contested' });
    assert.equal(r.statusCode, 200);
    assert.match(String(r.headers['content-type']), /^application\/geo\+json/);
    const doc = r.json() as { type: string; features: { id: string; geometry: { coordinates: number[] } | null }[] };
    assert.equal(doc.type, 'FeatureCollection');
    assert.deepEqual(doc.features.map((f) => f.id), ids(all.filter((i) => i.grade === 'contested')));
    for (const f of doc.features) assert.equal(f.geometry?.coordinates.length, 2);
  });
});

describe('GET /openapi.json', () => {
  it('lists every route with its parameters and body schemas', async () => {
    const r = await s.app.inject({ url: '/openapi.json' });
    const doc = r.json() as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string; in: string; schema: unknown }[]; requestBody?: { content: Record<string, { schema: { type?: string; oneOf?: unknown[]; anyOf?: unknown[] } }> }; responses: Record<string, unknown> }>> };
    assert.equal(doc.openapi, '3.1.0');
    for (const route of API_ROUTES) {
      const op = doc.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      assert.ok(op, `${route.method} ${route.url} is documented`);
      assert.ok(Object.keys(op.responses).some((k) => k.startsWith('2')) && Object.keys(op.responses).includes('400'));
      if (route.method === 'POST') {
        const schema = op.requestBody!.content['application/json'].schema;
        assert.ok(schema.type === 'object' || schema.oneOf || schema.anyOf, 'a body schema');
      }
    }
    const list = doc.paths['/api/incidents'].get.parameters.map((p) => p.name);
    assert.deepEqual(list, ['since', 'until', 'bbox', 'near', 'type', 'grade', 'perpetrator', 'q', 'limit', 'cursor', 'total']);
    const format = doc.paths['/api/incidents/points'].get.parameters.find((p) => p.name === 'format')!.schema as { enum: string[] };
    assert.deepEqual(format.enum, ['rows', 'columns'], 'the points format is in the OpenAPI document');
    assert.ok(doc.paths['/api/incidents/{id}'].get.parameters.some((p) => p.name === 'id' && p.in === 'path'));
    const types = doc.paths['/api/incidents'].get.parameters.find((p) => p.name === 'type')!.schema as { enum: string[] };
    assert.ok(types.enum.includes('Air/drone strike'));
  });
});

describe('the error shape', () => {
  const bad: [string, number, string, RegExp][] = [
    ['/api/incidents?since=yesterday', 400, 'BAD_QUERY', /since: want a date like 2017-03-17/],
    ['/api/incidents?since=2017-02-30', 400, 'BAD_QUERY', /not a calendar date/],
    ['/api/incidents?limit=0', 400, 'BAD_QUERY', /limit/],
    ['/api/incidents?limit=501', 400, 'BAD_QUERY', /limit/],
    ['/api/incidents?limit=ten', 400, 'BAD_QUERY', /limit/],
    ['/api/incidents?grade=best', 400, 'BAD_QUERY', /grade: unknown grade "best"/],
    ['/api/incidents?bbox=1,2,3', 400, 'BAD_QUERY', /bbox: want 4 numbers/],
    ['/api/incidents?bbox=40,2,30,3', 400, 'BAD_QUERY', /south must not be above north/],
    ['/api/incidents?near=36,43,-5', 400, 'BAD_QUERY', /radius/],
    ['/api/incidents?type=Picnic', 400, 'BAD_QUERY', /type/],
    ['/api/incidents?grades=fair', 400, 'BAD_QUERY', /grades/],
    ['/api/incidents?since=2017-01-01&since=2017-02-01', 400, 'BAD_QUERY', /since/],
    ['/api/incidents?cursor=bm90LWEtY3Vyc29y', 400, 'BAD_CURSOR', /start again without it/],
    ['/api/reports?cursor=%25%25', 400, 'BAD_CURSOR', /cursor/],
    ['/api/stats?limit=5', 400, 'BAD_QUERY', /limit/],
    ['/api/nothing-here', 404, 'NOT_FOUND', /openapi\.json/],
    ['/api/incidents/inc-1/extra', 404, 'NOT_FOUND', /no route/],
  ];
  for (const [url, status, code, message] of bad) {
    it(`${url} → ${status} ${code}`, async () => {
      const e = await errorOf(url, status);
      assert.equal(e.code, code);
      assert.match(e.message, message);
    });
  }
});

describe('headers and the dashboard page', () => {
  it('every answer carries the CSP (no inline script) and the other safe headers', async () => {
    for (const url of ['/api/incidents', '/api/nope', '/', '/openapi.json']) {
      const r = await s.app.inject({ url });
      const csp = String(r.headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal(r.headers['x-frame-options'], 'DENY');
    }
    assert.equal((await s.app.inject({ url: '/api/stats' })).headers['cache-control'], 'no-store');
  });

  it('without a built dashboard, / says how to build it', async () => {
    const r = await s.app.inject({ url: '/' });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /dashboard not built: run <code>npm run build<\/code>/);
    assert.doesNotMatch(r.body, /<script/);
  });
});
