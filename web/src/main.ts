/**
 * The dashboard's entry point: wires the filters, timeline, map, list and side panel together
 * around one view state that lives in the URL. Reads only the civwatch API of the server that
 * served it.
 */
import 'leaflet/dist/leaflet.css';
import '../style.css';
import { ApiError, fetchIncident, fetchPoints, fetchReport, fetchStats } from './api.js';
import { byId, clear, el } from './dom.js';
import { createFilters } from './filters.js';
import { GRADE_STYLES } from './grades.js';
import { renderIncident } from './incident-panel.js';
import { buildLegend } from './legend.js';
import { createList } from './list.js';
import { createMap } from './map.js';
import { renderReport } from './report-view.js';
import { createTimeline } from './timeline.js';
import type { Filters, PointRow } from './types.js';
import { readState, writeState, type ViewState } from './url-state.js';

/** The performance mark the benchmark reads: the first set of markers is on the map. */
export const MARKERS_DRAWN = 'civwatch:markers-drawn';
/** Marks on the way there, for the benchmark's breakdown: points parsed, markers added to the map. */
export const POINTS_RECEIVED = 'civwatch:points-received';
export const MARKERS_ADDED = 'civwatch:markers-added';

const status = byId('status');
const panel = byId('panel');

function showError(err: unknown): void {
  if (err instanceof DOMException && err.name === 'AbortError') return;
  status.textContent = err instanceof ApiError ? `${err.message} (${err.code})` : `Something failed: ${(err as Error).message ?? String(err)}`;
  status.className = 'status error';
}
function showInfo(text: string): void {
  status.textContent = text;
  status.className = 'status';
}

/** The palette lives in one table (grades.ts); CSS reads it as custom properties. */
function applyPalette(): void {
  for (const g of GRADE_STYLES) document.documentElement.style.setProperty(`--grade-${g.grade}`, g.colour);
}

const initial = readState();
let state: ViewState = initial.state;
/** The first points are asked for before anything is built: the server works while the page sets up. */
let early: { filters: Filters; points: Promise<PointRow[]> } | null = { filters: initial.state.filters, points: fetchPoints(initial.state.filters) };
let firstDraw = true;
let typesShown = false;
let pointsLoad: AbortController | null = null;
let statsLoad: AbortController | null = null;

applyPalette();
const map = createMap(byId('map'), { onSelect: (id) => void openIncident(id, true, false) });
byId('legend').append(buildLegend());
const timeline = createTimeline(byId('timeline'), { onBrush: (r) => setFilters({ ...state.filters, since: r?.since, until: r?.until }) });
const filters = createFilters(byId('filters'), { onChange: (f) => setFilters(f) });
const list = createList(byId('list'), { onSelect: (id) => void openIncident(id, true, true), onError: showError });
byId('fit').addEventListener('click', () => map.fit());

/** Apply a new filter set: URL, map, list and timeline follow. */
function setFilters(f: Filters): void {
  const clean: Filters = Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Filters;
  state = { ...state, filters: clean };
  writeState(state, true);
  filters.set(clean);
  void refresh();
}

/**
 * Load what the filters select. The map's points go first and the list and timeline only once
 * they have arrived: the server answers one query at a time, and the markers are what a
 * person waits for.
 */
async function refresh(): Promise<void> {
  const f = state.filters;
  pointsLoad?.abort();
  statsLoad?.abort();
  const pc = (pointsLoad = new AbortController());
  const sc = (statsLoad = new AbortController());
  const { since: _s, until: _u, ...undated } = f;
  timeline.setSelection(f.since, f.until);
  const request = early && early.filters === f ? early.points : fetchPoints(f, pc.signal);
  early = null;
  const points = request.then((pts) => {
    if (pc.signal.aborted) return;
    if (firstDraw) performance.mark(POINTS_RECEIVED);
    map.setPoints(pts, { fit: firstDraw });
    if (firstDraw) performance.mark(MARKERS_ADDED);
    // A shared link to an incident shows it on the map, out of its cluster.
    if (firstDraw && state.incident) map.select(state.incident, { focus: true });
    showInfo(`${pts.length.toLocaleString('en')} incidents on the map`);
    if (firstDraw) {
      firstDraw = false;
      requestAnimationFrame(() => {
        performance.mark(MARKERS_DRAWN);
        document.body.dataset.markersDrawn = 'true';
      });
    }
  });
  await points.catch(showError);
  if (pc.signal.aborted) return;
  const stats = fetchStats(undated, sc.signal).then((s) => {
    if (sc.signal.aborted) return;
    timeline.setData(s.byWeek);
    // Unfiltered, these counts also fill the type list (no second request).
    if (!typesShown && Object.keys(undated).length === 0) {
      typesShown = true;
      filters.setTypes(s.byType);
    }
  });
  await Promise.all([stats.catch(showError), list.load(f)]);
  if (!typesShown) {
    typesShown = true;
    await fetchStats({}).then((s) => filters.setTypes(s.byType)).catch(showError);
  }
}

/** Open an incident in the panel; `focus` also brings it into view on the map. */
async function openIncident(id: string, push: boolean, focus = false): Promise<void> {
  state = { ...state, incident: id, report: undefined };
  writeState(state, push);
  map.select(id, { focus });
  list.select(id);
  panel.hidden = false;
  panel.setAttribute('aria-busy', 'true');
  try {
    const detail = await fetchIncident(id);
    if (state.incident !== id) return;
    panel.replaceChildren(
      renderIncident(detail, {
        onOpenReport: (rid) => void openReport(rid, true),
        onSaved: () => {
          void openIncident(id, false);
          void refresh();
        },
        onClose: closePanel,
      }),
    );
    panel.scrollTop = 0;
  } catch (err) {
    panel.replaceChildren(el('p', { class: 'error', text: err instanceof ApiError ? err.message : `Could not load incident ${id}.` }));
    showError(err);
  } finally {
    panel.removeAttribute('aria-busy');
  }
}

async function openReport(id: string, push: boolean): Promise<void> {
  state = { ...state, report: id };
  writeState(state, push);
  panel.hidden = false;
  try {
    const report = await fetchReport(id);
    if (state.report !== id) return;
    panel.replaceChildren(renderReport(report, { onOpenReport: (rid) => void openReport(rid, true), onBack: () => (state.incident ? void openIncident(state.incident, true) : closePanel()) }));
    panel.scrollTop = 0;
  } catch (err) {
    showError(err);
  }
}

function closePanel(): void {
  state = { ...state, incident: undefined, report: undefined };
  writeState(state, true);
  clear(panel);
  panel.hidden = true;
  map.select(null);
  list.select(null);
}

/** Show whatever the URL names (on load, and on back/forward). */
function showState(): void {
  filters.set(state.filters);
  void refresh();
  if (state.report) void openReport(state.report, false);
  else if (state.incident) void openIncident(state.incident, false);
  else closePanel();
}

window.addEventListener('popstate', () => {
  state = readState().state;
  showState();
});

if (initial.problems.length) showInfo(initial.problems.join('; '));
showState();
