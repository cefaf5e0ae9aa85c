/**
 * The incident panel: what happened, where, when, who did it, the range of figures per source,
 * the grade with its reasons and history, the highlighted evidence, the review form and the
 * audit trail. Everything from one `GET /api/incidents/:id`.
 */
import { renderAudit } from './audit.js';
import { el } from './dom.js';
import { renderEvidence } from './evidence.js';
import { dateText, placeText, rangeText } from './format.js';
import { createReviewForm } from './review-form.js';
import type { IncidentDetail, SourceFigures } from './types.js';

export interface PanelActions {
  onOpenReport(id: string): void;
  onSaved(result: unknown): void;
  onClose(): void;
}

function facts(d: IncidentDetail): HTMLElement {
  const row = (k: string, v: string): HTMLElement[] => [el('dt', { text: k }), el('dd', { text: v })];
  return el('dl', { class: 'facts' }, [
    ...row('Date', dateText(d.date)),
    ...row('Place', d.place ? `${placeText(d.place)} (${d.place.precision}; ${d.place.lat.toFixed(3)}, ${d.place.lon.toFixed(3)})` : 'no place'),
    ...row('Type', d.type),
    ...row('Perpetrator', d.perpetrator ?? 'not named'),
    ...row('Target', d.target ?? 'not named'),
    ...row('Independent sources', String(d.independentSources)),
  ]);
}

/** The incident's ranges: killed and injured for civilians, combatants and everyone. */
function ranges(d: IncidentDetail): HTMLElement {
  const groups = [
    ['Civilians', d.civilians],
    ['Combatants', d.combatants],
    ['Total', d.total],
  ] as const;
  return el('table', { class: 'ranges' }, [
    el('thead', {}, [el('tr', {}, ['', 'killed', 'injured'].map((h) => el('th', { text: h })))]),
    el('tbody', {}, groups.map(([name, h]) => el('tr', {}, [el('th', { attrs: { scope: 'row' }, text: name }), el('td', { text: `${rangeText(h.killed)} (conservative ${h.killed.conservative})` }), el('td', { text: rangeText(h.injured) })]))),
  ]);
}

/** One row per independent source (a copy group counts once). */
function figuresTable(figures: readonly SourceFigures[]): HTMLElement {
  const head = ['Source (copy group)', 'Reports', 'Civilians killed', 'Civilians injured', 'Total killed'];
  return el('table', { class: 'figures' }, [
    el('caption', { text: 'Figures per independent source' }),
    el('thead', {}, [el('tr', {}, head.map((h) => el('th', { attrs: { scope: 'col' }, text: h })))]),
    el('tbody', {}, figures.map((f) => el('tr', {}, [el('td', { text: f.copyGroup }), el('td', { text: f.reports.join(', ') }), el('td', { class: 'num', text: rangeText(f.civilians.killed) }), el('td', { class: 'num', text: rangeText(f.civilians.injured) }), el('td', { class: 'num', text: rangeText(f.total.killed) })]))),
  ]);
}

function grade(d: IncidentDetail): HTMLElement {
  const badge = el('span', { class: `grade-badge grade-${d.grade}`, text: d.grade });
  const history = el('ol', { class: 'grade-history' }, d.gradeHistory.map((g) => el('li', {}, [el('span', { class: `grade-badge grade-${g.grade}`, text: g.grade }), ` ${g.by}, ${g.at}: `, g.reasons.join('; ')])));
  return el('section', { class: 'grade' }, [
    el('h3', {}, ['Grade ', badge]),
    el('ul', { class: 'grade-reasons' }, d.gradeReasons.map((r) => el('li', { text: r }))),
    el('details', {}, [el('summary', { text: `History (${d.gradeHistory.length})` }), history]),
  ]);
}

/**
 * The panel for one incident.
 *
 * @example
 * aside.replaceChildren(renderIncident(await fetchIncident(id), { onOpenReport, onSaved, onClose }));
 */
export function renderIncident(d: IncidentDetail, actions: PanelActions): HTMLElement {
  const close = el('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'Close' }, text: '×' });
  close.addEventListener('click', actions.onClose);
  return el('div', { class: 'incident-panel', attrs: { 'data-id': d.id } }, [
    close,
    el('h2', { text: `${d.type} — ${placeText(d.place)}, ${dateText(d.date)}` }),
    el('p', { class: 'muted' }, [el('code', { text: d.id })]),
    d.mergedInto ? el('p', { class: 'merged-note' }, ['Merged into ', el('code', { text: d.mergedInto }), ' by an analyst.']) : null,
    facts(d),
    ranges(d),
    figuresTable(d.figures ?? []),
    grade(d),
    renderEvidence(d.evidence ?? [], actions.onOpenReport),
    createReviewForm(d, { onSaved: actions.onSaved }),
    renderAudit(d.reviews ?? [], d.merges ?? []),
  ]);
}
