/**
 * The audit trail of an incident: every analyst review (who, when, what, why, before and
 * after), then how civwatch built it (each merge with its reasons) — newest review first.
 */
import { el } from './dom.js';
import type { MergeRecord, ReviewRecord } from './types.js';

/**
 * A short text for a JSON value in the trail.
 *
 * @example
 * valueText({ min: 4, max: 6 }); // '{"min":4,"max":6}'
 * valueText(null); // '—'
 */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

function reviewItem(r: ReviewRecord): HTMLElement {
  const change = r.field || r.before !== null || r.after !== null ? el('div', { class: 'audit-change' }, [r.field ? `${r.field}: ` : '', el('del', { text: valueText(r.before) }), ' → ', el('ins', { text: valueText(r.after) })]) : null;
  return el('li', { class: `audit-item action-${r.action}`, attrs: { 'data-action': r.action } }, [
    el('span', { class: 'audit-action', text: r.action }),
    ' ',
    el('span', { class: 'muted', text: `${r.at} by ${r.by}` }),
    el('div', { class: 'audit-reason', text: r.reason }),
    change,
  ]);
}

/**
 * The trail section of the incident panel.
 *
 * @example
 * panel.append(renderAudit(detail.reviews ?? [], detail.merges ?? []));
 */
export function renderAudit(reviews: readonly ReviewRecord[], merges: readonly MergeRecord[]): HTMLElement {
  const list = el('ol', { class: 'audit-trail', attrs: { reversed: '' } });
  for (const r of [...reviews].reverse()) list.append(reviewItem(r));
  if (reviews.length === 0) list.append(el('li', { class: 'muted', text: 'No review yet.' }));
  const built = el('details', { class: 'merges' }, [el('summary', { text: `How civwatch built it (${merges.length} ${merges.length === 1 ? 'event' : 'events'} joined)` })]);
  const ml = el('ul');
  for (const m of merges) ml.append(el('li', {}, [el('code', { text: m.event }), ` ${m.by}, ${m.at}: `, m.reasons.join('; ')]));
  built.append(ml);
  return el('section', { class: 'audit' }, [el('h3', { text: 'Audit trail' }), list, built]);
}
