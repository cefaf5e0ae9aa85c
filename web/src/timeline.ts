/**
 * The timeline: incidents (or civilian deaths) per week as SVG bars. Dragging across it brushes
 * a date range, which becomes the `since`/`until` filters; a click without a drag clears it.
 * The bars come from `GET /api/stats` byWeek with every filter but the dates, so brushing does
 * not collapse the timeline it is drawn on.
 */
import { clear, el, svg } from './dom.js';
import type { Stats } from './types.js';

export type Metric = 'incidents' | 'civKilled';
type Week = Stats['byWeek'][number];

const DAY = 86_400_000;
const HEIGHT = 96;
const AXIS = 18;
const PAD = 8;

/** Milliseconds of a `YYYY-MM-DD` date at 00:00 UTC. */
export const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
/** `YYYY-MM-DD` of a UTC millisecond time. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The Monday that starts the week holding `ms` (UTC).
 *
 * @example
 * isoDay(mondayOf(dayMs('2017-03-09'))); // '2017-03-06'
 */
export function mondayOf(ms: number): number {
  const d = new Date(ms);
  const back = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - back * DAY;
}

/**
 * The date range a brush from time `a` to time `b` selects, snapped to whole weeks (Monday to
 * Sunday), in either drag direction.
 *
 * @example
 * brushRange(dayMs('2017-03-09'), dayMs('2017-03-01')); // { since: '2017-02-27', until: '2017-03-12' }
 */
export function brushRange(a: number, b: number): { since: string; until: string } {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return { since: isoDay(mondayOf(lo)), until: isoDay(mondayOf(hi) + 6 * DAY) };
}

export interface Timeline {
  setData(weeks: Week[]): void;
  setSelection(since?: string, until?: string): void;
}

/**
 * Build the timeline in a container.
 *
 * @example
 * const tl = createTimeline(byId('timeline'), { onBrush: (r) => applyFilters({ ...filters, since: r?.since, until: r?.until }) });
 * tl.setData((await fetchStats(filtersWithoutDates)).byWeek);
 */
export function createTimeline(container: HTMLElement, opts: { onBrush(range: { since: string; until: string } | null): void }): Timeline {
  let weeks: Week[] = [];
  let metric: Metric = 'incidents';
  let selection: { since?: string; until?: string } = {};
  const metricSelect = el('select', { attrs: { 'aria-label': 'Timeline measure', name: 'metric' } }, [
    el('option', { attrs: { value: 'incidents' }, text: 'incidents per week' }),
    el('option', { attrs: { value: 'civKilled' }, text: 'civilians killed per week' }),
  ]);
  const caption = el('span', { class: 'timeline-caption' });
  const plot = el('div', { class: 'timeline-plot' });
  container.append(el('div', { class: 'timeline-head' }, [metricSelect, caption]), plot);
  metricSelect.addEventListener('change', () => {
    metric = metricSelect.value as Metric;
    draw();
  });

  function draw(): void {
    clear(plot);
    const width = Math.max(320, plot.clientWidth || container.clientWidth || 600);
    const root = svg('svg', { width, height: HEIGHT, class: 'timeline-svg', role: 'img', 'aria-label': 'Incidents per week; drag to select dates' });
    plot.append(root);
    const dated = weeks.filter((w) => Number.isFinite(dayMs(w.week))).sort((a, b) => (a.week < b.week ? -1 : 1));
    if (dated.length === 0) {
      caption.textContent = 'no dated incidents';
      return;
    }
    const t0 = dayMs(dated[0].week);
    const t1 = dayMs(dated[dated.length - 1].week) + 7 * DAY;
    const x = (t: number): number => PAD + ((t - t0) / (t1 - t0)) * (width - 2 * PAD);
    const t = (px: number): number => t0 + ((Math.min(Math.max(px, PAD), width - PAD) - PAD) / (width - 2 * PAD)) * (t1 - t0);
    const max = Math.max(1, ...dated.map((w) => w[metric]));
    const plotH = HEIGHT - AXIS - 4;
    for (const w of dated) {
      const a = x(dayMs(w.week));
      const h = (w[metric] / max) * plotH;
      const bar = svg('rect', { x: a.toFixed(1), y: (4 + plotH - h).toFixed(1), width: Math.max(1, x(dayMs(w.week) + 7 * DAY) - a - 0.5).toFixed(1), height: h.toFixed(1), class: 'timeline-bar' });
      const tip = svg('title');
      tip.textContent = `week of ${w.week}: ${w.incidents} incidents, ${w.civKilled} civilians killed`;
      bar.append(tip);
      root.append(bar);
    }
    drawAxis(root, t0, t1, x);
    const total = dated.reduce((s, w) => s + w[metric], 0);
    caption.textContent = `${total.toLocaleString('en')} ${metric === 'incidents' ? 'incidents' : 'civilians killed'}, ${dated[0].week} to ${isoDay(t1 - DAY)} — drag to filter by date`;
    const sel = svg('rect', { class: 'timeline-selection', y: 0, height: HEIGHT - AXIS, x: 0, width: 0 });
    root.append(sel);
    const showSel = (a: number, b: number): void => {
      sel.setAttribute('x', Math.min(a, b).toFixed(1));
      sel.setAttribute('width', Math.abs(b - a).toFixed(1));
    };
    if (selection.since || selection.until) {
      showSel(x(selection.since ? dayMs(selection.since) : t0), x(selection.until ? dayMs(selection.until) + DAY : t1));
    }
    brush(root, showSel, (a, b) => opts.onBrush(Math.abs(b - a) < 4 ? null : brushRange(t(a), t(b))));
  }

  new ResizeObserver(() => draw()).observe(plot);
  return {
    setData(next) {
      weeks = next;
      draw();
    },
    setSelection(since, until) {
      selection = { since, until };
      draw();
    },
  };
}

function drawAxis(root: SVGSVGElement, t0: number, t1: number, x: (t: number) => number): void {
  const y = HEIGHT - AXIS;
  root.append(svg('line', { x1: x(t0), x2: x(t1), y1: y, y2: y, class: 'timeline-axis' }));
  const start = new Date(t0);
  const spanYears = (t1 - t0) / (365 * DAY);
  const step = spanYears > 2 ? 12 : spanYears > 0.5 ? 3 : 1; // months between ticks
  let tick = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  let lastLabelX = -Infinity;
  for (; tick < t1; ) {
    const d = new Date(tick);
    if (d.getUTCMonth() % step === 0) {
      const px = x(tick);
      root.append(svg('line', { x1: px, x2: px, y1: y, y2: y + 4, class: 'timeline-axis' }));
      if (px - lastLabelX > 48) {
        const label = svg('text', { x: px + 2, y: y + 14, class: 'timeline-label' });
        label.textContent = step === 12 ? String(d.getUTCFullYear()) : `${d.toLocaleString('en', { month: 'short', timeZone: 'UTC' })} ${d.getUTCFullYear()}`;
        root.append(label);
        lastLabelX = px;
      }
    }
    tick = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
}

/** Pointer drag over the plot: `move` while dragging, `done` with the two x positions. */
function brush(root: SVGSVGElement, move: (a: number, b: number) => void, done: (a: number, b: number) => void): void {
  let from: number | null = null;
  const px = (e: PointerEvent): number => e.clientX - root.getBoundingClientRect().left;
  root.addEventListener('pointerdown', (e) => {
    from = px(e);
    root.setPointerCapture(e.pointerId);
  });
  root.addEventListener('pointermove', (e) => {
    if (from !== null) move(from, px(e));
  });
  root.addEventListener('pointerup', (e) => {
    if (from === null) return;
    const a = from;
    from = null;
    done(a, px(e));
  });
}
