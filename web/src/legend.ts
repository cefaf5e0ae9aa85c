/**
 * The map legend: one swatch per grade (from {@link GRADE_STYLES}) and circles for the sizes
 * civilian deaths give a marker, plus the cluster symbol. Built from the same tables the
 * markers use, so the two cannot drift apart.
 */
import { el, svg } from './dom.js';
import { GRADE_STYLES, LEGEND_SIZES, radiusFor } from './grades.js';

/**
 * The legend as a DOM element.
 *
 * @example
 * byId('legend').append(buildLegend());
 */
export function buildLegend(): HTMLElement {
  const grades = el('ul', { class: 'legend-grades' });
  for (const g of GRADE_STYLES) {
    const dot = svg('svg', { width: 14, height: 14, 'aria-hidden': 'true' });
    dot.append(svg('circle', { cx: 7, cy: 7, r: 6, fill: g.colour, stroke: '#ffffff' }));
    grades.append(el('li', { attrs: { title: g.meaning, 'data-grade': g.grade } }, [dot, ' ', el('span', { text: g.grade })]));
  }
  const biggest = radiusFor(LEGEND_SIZES[LEGEND_SIZES.length - 1]);
  const sizes = el('ul', { class: 'legend-sizes' });
  for (const n of LEGEND_SIZES) {
    const r = radiusFor(n);
    const box = svg('svg', { width: 2 * r + 2, height: 2 * biggest + 2, 'aria-hidden': 'true' });
    box.append(svg('circle', { cx: r + 1, cy: 2 * biggest + 1 - r, r, fill: '#d0d4da', stroke: '#555b66' }));
    sizes.append(el('li', {}, [box, el('span', { text: String(n) })]));
  }
  const cluster = el('div', { class: 'legend-cluster' }, [el('span', { class: 'cluster-swatch', text: '12' }), ' 12 incidents (click to zoom)']);
  return el('details', { class: 'legend', attrs: { open: '', 'aria-label': 'Legend' } }, [
    el('summary', { text: 'Legend' }),
    el('h3', { text: 'Grade' }),
    grades,
    el('h3', { text: 'Civilians killed' }),
    sizes,
    cluster,
  ]);
}
