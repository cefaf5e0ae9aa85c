/**
 * Token rules, body limits and media types, and the loopback rule, through fastify.inject.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { corpusServer, type CorpusServer } from './test-fixture.js';
import { bindRefusal, isLoopback, tokenMatches } from './security.js';

const TOKEN = 'correct-horse-battery-staple';
let s: CorpusServer;
before(async () => { s = await corpusServer({ token: TOKEN, maxBytes: 2000 }); });
after(async () => s?.close());

const report = { text: 'Two civilians were killed when a shell hit a house in the village of Tel Kaif on Monday, police said.', published: '2017-03-21', outlet: 'Test Courier' };

async function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
  const r = await s.app.inject({ method: 'POST', url, payload: payload as string, headers });
  return { status: r.statusCode, body: r.json() as { data?: Record<string, unknown>; error?: { code: string; message: string } }, headers: r.headers };
}

describe('the bearer token', () => {
  it('reads need no token', async () => {
    assert.equal((await s.app.inject({ url: '/api/incidents?limit=1' })).statusCode, 200);
  });

  const wrong: [string, Record<string, string>, RegExp][] = [
    ['no Authorization header', {}, /writes need a token/],
    ['a wrong token', { authorization: 'Bearer nope' }, /the bearer token is wrong/],
    ['the token with a suffix', { authorization: `Bearer ${TOKEN}x` }, /wrong/],
    ['a prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, 10)}` }, /wrong/],
    ['Basic instead of Bearer', { authorization: `Basic ${TOKEN}` }, /wrong/],
    ['the token alone', { authorization: TOKEN }, /wrong/],
  ];
  for (const [what, headers, message] of wrong) {
    it(`a write with ${what} is 401 UNAUTHORIZED and writes nothing`, async () => {
      const before = await s.store.countReports();
      const r = await post('/api/reports', report, headers);
      assert.equal(r.status, 401);
      assert.equal(r.body.error?.code, 'UNAUTHORIZED');
      assert.match(r.body.error!.message, message);
      assert.equal(r.headers['www-authenticate'], 'Bearer realm="civwatch"');
      const id = (await s.app.inject({ url: '/api/incidents?limit=1' })).json().data[0].id as string;
      assert.equal((await post(`/api/incidents/${id}/review`, { action: 'confirm', reason: 'x' }, headers)).status, 401);
      assert.equal(await s.store.countReports(), before);
      assert.deepEqual(await s.store.getReviews(id), []);
    });
  }

  it('the right token writes: a new report is 201 stored, the same again 200 duplicate', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await post('/api/reports', report, auth);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.data?.status, 'stored');
    const again = await post('/api/reports', report, { authorization: `bearer   ${TOKEN}` });
    assert.equal(again.status, 200);
    assert.equal(again.body.data?.status, 'duplicate');
    assert.equal(again.body.data?.id, first.body.data?.id);
  });

  it('tokenMatches compares whole tokens', () => {
    assert.equal(tokenMatches(`Bearer ${TOKEN}`, TOKEN), true);
    assert.equal(tokenMatches(undefined, TOKEN), false);
    assert.equal(tokenMatches('Bearer ', TOKEN), false);
    assert.equal(tokenMatches(`Bearer ${TOKEN} extra`, TOKEN), false);
  });
});

describe('bodies', () => {
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('a text over --max-bytes is 413 PAYLOAD_TOO_LARGE, and a body over the body limit too', async () => {
    const big = await post('/api/reports', { ...report, text: `${report.text} ${'word '.repeat(500)}` }, auth);
    assert.equal(big.status, 413);
    assert.equal(big.body.error?.code, 'PAYLOAD_TOO_LARGE');
    assert.match(big.body.error!.message, /over the limit of/);
    const huge = await post('/api/reports', { ...report, text: 'x'.repeat(80_000) }, auth);
    assert.equal(huge.status, 413);
    assert.equal(huge.body.error?.code, 'PAYLOAD_TOO_LARGE');
  });

  const badReports: [string, unknown, string, number][] = [
    ['an empty object', {}, 'BAD_REPORT', 400],
    ['blank text', { text: '   \n ' }, 'BAD_REPORT', 400],
    ['a non-string text', { text: 42 }, 'BAD_REPORT', 400],
    ['a malformed date', { text: report.text, published: '21/03/2017' }, 'BAD_REPORT', 400],
    ['a javascript: URL', { text: report.text, url: 'javascript:alert(1)' }, 'BAD_REPORT', 400],
    ['an unknown field', { text: report.text, html: '<p>x</p>' }, 'BAD_REPORT', 400],
    ['a JSON array', [report], 'BAD_REPORT', 400],
  ];
  for (const [what, body, code, status] of badReports) {
    it(`POST /api/reports with ${what} → ${status} ${code}`, async () => {
      const r = await post('/api/reports', body, auth);
      assert.equal(r.status, status, JSON.stringify(r.body));
      assert.equal(r.body.error?.code, code);
    });
  }

  it('invalid JSON is BAD_JSON; a body that is not JSON is UNSUPPORTED_MEDIA_TYPE', async () => {
    const broken = await s.app.inject({ method: 'POST', url: '/api/reports', payload: '{"text": "x",', headers: { ...auth, 'content-type': 'application/json' } });
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().error.code, 'BAD_JSON');
    const plain = await s.app.inject({ method: 'POST', url: '/api/reports', payload: 'text=hello', headers: { ...auth, 'content-type': 'text/plain' } });
    assert.equal(plain.statusCode, 415);
    assert.equal(plain.json().error.code, 'UNSUPPORTED_MEDIA_TYPE');
    const form = await s.app.inject({ method: 'POST', url: '/api/reports', payload: 'text=hello', headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.statusCode, 415);
  });
});

describe('where a server may listen', () => {
  it('loopback addresses are recognised; others are not', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) assert.equal(isLoopback(h), true, h);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', '128.0.0.1']) assert.equal(isLoopback(h), false, h);
  });

  it('a non-loopback host without a token is refused with what to do; with a token it is allowed', () => {
    assert.match(bindRefusal('0.0.0.0', undefined)!, /refusing to serve on 0\.0\.0\.0 without a token.*--token/);
    assert.match(bindRefusal('0.0.0.0', '')!, /refusing/);
    assert.equal(bindRefusal('0.0.0.0', 's3cret'), null);
    assert.equal(bindRefusal('127.0.0.1', undefined), null);
  });
});
