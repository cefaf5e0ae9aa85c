// The dashboard in Debian's Chromium, against the real API server over a store filled from the
// example corpus (plus one report carrying markup): it loads with no error and no request off
// the machine, the map shows every incident, a click opens the panel with highlighted evidence,
// filters and the timeline change the map, a review is saved into the audit trail, and article
// text is never run as HTML. Screenshots of each step go to test-artifacts/dashboard/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ingestReport } from '../ingest/ingest.js';
import { fillStore } from '../bench/dashboard.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/store.js';
import { needChromium } from '../testing/services.js';
import { corpusStore, launchChromium, snap, startServer, watchPage, type RunningServer } from './harness.js';

const TOKEN = 'browser-test-token';
const INJECTION = '<img src=x onerror="window.__pwned=1">';
const INJECTED_ID = 'markup-in-text';

interface Point { id: string; grade: string; type: string; date: string | null }

async function api<T>(server: RunningServer, path: string): Promise<T> {
  const res = await fetch(new URL(path, server.url));
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return ((await res.json()) as { data: T }).data;
}

/** The map's own account of what it drew, once its first markers are on screen. */
async function mapState(page: Page): Promise<{ points: number; drawn: number; drawnIncidents: number }> {
  return page.$eval('#map', (m) => ({ points: Number((m as HTMLElement).dataset.points), drawn: Number((m as HTMLElement).dataset.drawn), drawnIncidents: Number((m as HTMLElement).dataset.drawnIncidents) }));
}

/** Wait until the map says it holds `n` points. */
async function waitForPoints(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => document.getElementById('map')?.dataset.points === String(want), n, { timeout: 15_000 });
}

test('dashboard in Chromium over the example corpus', { timeout: 240_000 }, async (t) => {
  const exe = needChromium(t);
  if (!exe) return;
  const dir = await mkdtemp(join(tmpdir(), 'civwatch-dashboard-'));
  let store: SqliteStore | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    store = await corpusStore(dir);
    // A report whose text carries markup, in a sentence about harm so it becomes an incident too.
    await ingestReport(store, {
      meta: { id: INJECTED_ID, title: 'Shelling kills two in Mosul', byline: null, outlet: 'Test Gazette', url: null, published: '2017-04-02' },
      text: `Shelling kills two in Mosul\n\nShelling killed two civilians in the Zanjili district of Mosul on Saturday, police said. A resident wrote ${INJECTION} on a wall near the market.`,
    });
    server = await startServer(store, { token: TOKEN });
    browser = await launchChromium(exe);
    const points = await api<Point[]>(server, 'api/incidents/points');
    assert.ok(points.length >= 5, `the corpus gives incidents with places (got ${points.length})`);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const watch = watchPage(page);

    await t.test('loads with no console error and no request off the machine', async () => {
      await page.goto(server!.url);
      await page.waitForSelector('body[data-markers-drawn]', { timeout: 20_000 });
      await page.waitForSelector('.incident-list tbody tr[data-id]');
      await snap(page, '01-loaded');
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.foreign, []);
    });

    await t.test('the map shows every incident with a place (clusters count theirs)', async () => {
      const s = await mapState(page);
      assert.equal(s.points, points.length);
      assert.equal(s.drawnIncidents, points.length, 'fitted to all points: clusters plus single markers cover every one');
      const onScreen = await page.$$eval('.cluster-marker[data-count], path.incident-marker', (els) => els.reduce((n, e) => n + Number((e as HTMLElement).dataset.count ?? 1), 0));
      assert.equal(onScreen, points.length, 'the DOM markers add up to the API points');
      assert.ok(s.drawn > 0 && s.drawn <= points.length);
    });

    await t.test('clicking a list row opens the panel with highlighted evidence; a marker click too', async () => {
      const id = await page.$eval('.incident-list tbody tr[data-id]', (tr) => (tr as HTMLElement).dataset.id!);
      await page.click(`.incident-list tbody tr[data-id="${id}"]`);
      await page.waitForSelector(`.incident-panel[data-id="${id}"] .evidence mark`);
      const kinds = await page.$$eval('.incident-panel .evidence mark', (ms) => [...new Set(ms.flatMap((m) => ((m as HTMLElement).dataset.kinds ?? '').split(' ')))]);
      for (const k of ['source', 'cue', 'content']) assert.ok(kinds.includes(k), `evidence highlights ${k} (got ${kinds.join(', ')})`);
      assert.match(page.url(), new RegExp(`incident=${id}`));
      await snap(page, '02-incident-panel');
      // The list click brought the incident out of its cluster: its marker is on the map.
      const marker = page.locator(`path.incident-marker[data-id="${id}"]`);
      await marker.waitFor({ timeout: 10_000 });
      await page.click('.incident-panel .close');
      await page.waitForSelector('#panel[hidden]', { state: 'attached' });
      await marker.click({ force: true });
      await page.waitForSelector(`.incident-panel[data-id="${id}"]`);
    });

    await t.test('copies are folded under their origin; the report view highlights every span kind', async () => {
      // The corpus's wire story has reprints: find an incident whose evidence has copies.
      const withCopies = points.length && (await page.evaluate(async (ids) => {
        for (const id of ids) {
          const d = (await (await fetch(`/api/incidents/${id}`)).json()).data as { evidence: { copyOf: string | null }[] };
          if (d.evidence.some((e) => e.copyOf && d.evidence.some((o) => (o as unknown as { report: string }).report === e.copyOf))) return id;
        }
        return null;
      }, points.map((p) => p.id)));
      assert.ok(withCopies, 'some incident has a copy and its origin in the evidence');
      await page.goto(new URL(`?incident=${withCopies}`, server!.url).toString());
      await page.waitForSelector('.incident-panel details.copies article.evidence-report.copy', { state: 'attached' });
      await page.click('.incident-panel details.copies summary');
      await snap(page, '03-copies-folded');
      await page.click('.incident-panel .evidence-report button[data-report]');
      await page.waitForSelector('.report-view .report-text mark');
      const kinds = await page.$$eval('.report-view .span-legend mark', (ms) => ms.map((m) => m.textContent));
      assert.ok(kinds.length >= 4, `legend lists the kinds present (${kinds.join(', ')})`);
      await snap(page, '04-report-view');
      // The corpus's stitched page lists the reports its sentences came from.
      const reports = await api<{ id: string; stitched: boolean }[]>(server!, 'api/reports?limit=100');
      const stitched = reports.find((r) => r.stitched);
      assert.ok(stitched, 'the corpus has a stitched page');
      await page.goto(new URL(`?report=${stitched.id}`, server!.url).toString());
      await page.waitForSelector('.report-view .stitched');
      const origins = await page.$$eval('.report-view .origins li button[data-report]', (bs) => bs.map((b) => (b as HTMLElement).dataset.report));
      assert.ok(origins.length >= 2 && !origins.includes(stitched.id), `stitched from other reports (${origins.join(', ')})`);
      await snap(page, '04b-stitched-report');
    });

    await t.test('a grade filter and a type filter change the map, and the URL keeps them', async () => {
      await page.goto(server!.url);
      await waitForPoints(page, points.length);
      const counts = new Map<string, number>();
      for (const p of points) counts.set(p.grade, (counts.get(p.grade) ?? 0) + 1);
      const [grade, n] = [...counts.entries()].sort((a, b) => a[1] - b[1])[0];
      assert.ok(n < points.length, 'the corpus has more than one grade');
      await page.check(`.filters input[name="grade"][value="${grade}"]`);
      await waitForPoints(page, n);
      assert.match(page.url(), new RegExp(`grade=${grade}`));
      assert.equal((await mapState(page)).drawnIncidents <= n, true);
      // The list is fetched apart from the map's points: wait for it (up to 15 s) before asserting.
      await page.waitForFunction((want) => {
        const bs = [...document.querySelectorAll('.incident-list tbody tr[data-id] .grade-badge')];
        return bs.length > 0 && bs.every((b) => b.textContent === want);
      }, grade, { timeout: 15_000 }).catch(() => undefined);
      const rows = await page.$$eval('.incident-list tbody tr[data-id] .grade-badge', (bs) => bs.map((b) => b.textContent));
      assert.ok(rows.length > 0 && rows.every((g) => g === grade), `the list follows the filter (${rows.join(', ')})`);
      await snap(page, '05-grade-filter');
      await page.uncheck(`.filters input[name="grade"][value="${grade}"]`);
      await waitForPoints(page, points.length);
      const types = new Map<string, number>();
      for (const p of points) types.set(p.type, (types.get(p.type) ?? 0) + 1);
      const [type, tn] = [...types.entries()].sort((a, b) => a[1] - b[1])[0];
      await page.selectOption('.filters select[name="type"]', type);
      await waitForPoints(page, tn);
      await snap(page, '06-type-filter');
      // Reloading the shared URL restores the same view.
      await page.reload();
      await waitForPoints(page, tn);
      assert.equal(await page.$eval('.filters select[name="type"]', (s) => (s as HTMLSelectElement).value), type);
    });

    await t.test('brushing the timeline sets the dates and filters the map', async () => {
      await page.goto(server!.url);
      await waitForPoints(page, points.length);
      const box = await page.locator('.timeline-svg').boundingBox();
      assert.ok(box);
      // Drag across the first fifth of the time axis: the oldest incidents only.
      await page.mouse.move(box.x + 4, box.y + 30);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.2, box.y + 30, { steps: 5 });
      await page.mouse.up();
      await page.waitForFunction(() => /since=\d{4}-\d{2}-\d{2}/.test(location.search) && /until=/.test(location.search));
      const qs = new URL(page.url()).searchParams;
      const want = await api<Point[]>(server!, `api/incidents/points?since=${qs.get('since')}&until=${qs.get('until')}`);
      assert.ok(want.length > 0 && want.length < points.length, `the brush keeps some incidents (${want.length} of ${points.length})`);
      await waitForPoints(page, want.length);
      assert.equal(await page.$eval('.filters input[name="since"]', (i) => (i as HTMLInputElement).value), qs.get('since'));
      await snap(page, '07-timeline-brush');
    });

    await t.test('a review is saved and appears in the audit trail; without the token or a reason it is not', async () => {
      const id = points[0].id;
      const newGrade = points[0].grade === 'weak' ? 'fair' : 'weak';
      await page.goto(new URL(`?incident=${id}`, server!.url).toString());
      await page.waitForSelector(`.incident-panel[data-id="${id}"] .review-form`);
      const form = page.locator('.review-form');
      // No reason: refused in the page, nothing sent.
      await form.locator('select[name="action"]').selectOption('grade');
      await form.locator('select[name="grade"]').selectOption(newGrade);
      await form.locator('button[type="submit"]').click();
      await page.waitForSelector('.review-form .form-status.error');
      // A wrong token: the server refuses, the page says so (Chromium logs the refused request).
      await form.locator('textarea[name="reason"]').fill('Two of the sources turned out to be one wire story.');
      await form.locator('input[name="token"]').fill('wrong');
      const before = watch.errors.length;
      await form.locator('button[type="submit"]').click();
      await page.waitForFunction(() => /\(([A-Z_]+)\)/.test(document.querySelector('.review-form .form-status.error')?.textContent ?? ''));
      assert.equal((await api<{ reviews: unknown[] }>(server!, `api/incidents/${id}`)).reviews.length, 0);
      const refused = watch.errors.splice(before);
      assert.ok(refused.every((e) => /status of 401/.test(e)), `only the refused write was logged (${refused.join('; ')})`);
      await form.locator('input[name="token"]').fill(TOKEN);
      await form.locator('input[name="by"]').fill('test analyst');
      await form.locator('button[type="submit"]').click();
      const item = page.locator('.audit-trail .audit-item[data-action="grade"]');
      await item.waitFor({ timeout: 10_000 });
      assert.match((await item.textContent()) ?? '', /one wire story/);
      assert.match((await item.textContent()) ?? '', /test analyst/);
      const stored = await api<{ reviews: { action: string; reason: string }[]; grade: string }>(server!, `api/incidents/${id}`);
      assert.deepEqual(stored.reviews.map((r) => [r.action, r.reason]), [['grade', 'Two of the sources turned out to be one wire story.']]);
      assert.equal(stored.grade, newGrade);
      assert.equal(await page.$eval('.incident-panel .grade .grade-badge', (b) => b.textContent), newGrade);
      await item.scrollIntoViewIfNeeded();
      await snap(page, '08-review-saved');
      // A correction: the field, its value before and after, and the reason, in the trail.
      await form.locator('select[name="action"]').selectOption('correct');
      await form.locator('select[name="field"]').selectOption('civilians.killed');
      await form.locator('input[name="value"]').fill('{"min":5,"max":7,"conservative":5}');
      await form.locator('textarea[name="reason"]').fill('The hospital list names five to seven dead.');
      await form.locator('button[type="submit"]').click();
      const correction = page.locator('.audit-trail .audit-item[data-action="correct"]');
      await correction.waitFor({ timeout: 10_000 });
      assert.match((await correction.textContent()) ?? '', /civilians\.killed: .*→ \{"min":5,"max":7,"conservative":5\}/);
      const corrected = await api<{ civilians: { killed: { min: number; max: number | null } } }>(server!, `api/incidents/${id}`);
      assert.deepEqual([corrected.civilians.killed.min, corrected.civilians.killed.max], [5, 7]);
      assert.match(await page.$eval('.incident-panel table.ranges tbody tr', (tr) => tr.textContent ?? ''), /5–7/);
    });

    await t.test('article text with markup is shown as text, never run', async () => {
      await page.goto(new URL(`?report=${INJECTED_ID}`, server!.url).toString());
      await page.waitForSelector('.report-view .report-text');
      const text = await page.$eval('.report-view .report-text', (d) => d.textContent ?? '');
      assert.ok(text.includes(INJECTION), 'the markup is visible as text');
      assert.equal(await page.$$eval('.report-view img, .panel img', (imgs) => imgs.length), 0);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      await snap(page, '09-markup-as-text');
      assert.deepEqual(watch.errors, [], 'no console error in the whole run');
      assert.deepEqual(watch.foreign, [], 'no request off the machine in the whole run');
    });

    await t.test('with many incidents: markers are clustered and the list pages by cursor', async () => {
      const many = openSqliteStore(join(dir, 'many.db'));
      await many.migrate();
      await fillStore(many, 130, 7);
      const second = await startServer(many);
      try {
        await page.goto(second.url);
        await waitForPoints(page, 130);
        const s = await mapState(page);
        assert.equal(s.drawnIncidents, 130);
        assert.ok(s.drawn < 130, `clustered: ${s.drawn} markers for 130 incidents`);
        await page.waitForSelector('.incident-list tbody tr[data-id]');
        const first = await page.$$eval('.incident-list tbody tr[data-id]', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
        assert.equal(first.length, 50);
        assert.equal(await page.textContent('.pager-where'), '1–50 of 130', 'the first page brings the total');
        await page.click('.pager button:has-text("Next")');
        await page.waitForFunction(() => document.querySelector('.pager-where')?.textContent === '51–100 of 130');
        const second50 = await page.$$eval('.incident-list tbody tr[data-id]', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
        assert.equal(second50.length, 50);
        assert.equal(second50.filter((id) => first.includes(id)).length, 0, 'the second page holds other incidents');
        await page.click('.pager button:has-text("Next")');
        await page.waitForFunction(() => document.querySelector('.pager-where')?.textContent === '101–130 of 130');
        assert.equal(await page.$eval('.pager button:has-text("Next")', (b) => (b as HTMLButtonElement).disabled), true, 'no page after the last');
        await page.click('.pager button:has-text("Previous")');
        await page.waitForFunction(() => document.querySelector('.pager-where')?.textContent === '51–100 of 130');
        await snap(page, '10-many-incidents');
      } finally {
        await second.close();
        await many.close();
      }
    });
  } finally {
    await browser?.close();
    await server?.close();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  }
});
