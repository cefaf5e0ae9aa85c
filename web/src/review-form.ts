/**
 * The review form: an analyst confirms an incident, corrects a field, merges it with another,
 * splits a report off, or sets the grade by hand — always with a reason, which goes into the
 * audit trail. The write token (when the server has one) is kept in sessionStorage only.
 */
import { ApiError, postReview } from './api.js';
import { el } from './dom.js';
import { GRADE_STYLES } from './grades.js';
import type { Grade, IncidentDetail, ReviewAction, ReviewBody } from './types.js';

const TOKEN_KEY = 'civwatch.token';
const BY_KEY = 'civwatch.by';

/** The actions and the extra inputs each needs. */
const ACTIONS: readonly { action: ReviewAction; label: string; needs: readonly ('field' | 'other' | 'report' | 'grade')[] }[] = [
  { action: 'confirm', label: 'Confirm as it stands', needs: [] },
  { action: 'correct', label: 'Correct a field', needs: ['field'] },
  { action: 'merge', label: 'Merge another incident into this one', needs: ['other'] },
  { action: 'split', label: 'Split a report off into its own incident', needs: ['report'] },
  { action: 'grade', label: 'Set the grade by hand', needs: ['grade'] },
];

/** Fields an analyst can correct, with an example value for the placeholder (the server's
 * list and value schemas are `CORRECTABLE` in src/server/schemas.ts; it names a bad value). */
const FIELDS: readonly { field: string; example: string }[] = [
  { field: 'type', example: 'Air/drone strike' },
  { field: 'date', example: '{"from":"2017-03-08","to":"2017-03-08"}' },
  { field: 'place', example: '{"name":"Mosul","country":"IQ","lat":36.34,"lon":43.13,"precision":"city"}' },
  { field: 'perpetrator', example: 'Islamic State' },
  { field: 'target', example: 'civilians' },
  { field: 'civilians.killed', example: '{"min":4,"max":6,"conservative":4}' },
  { field: 'civilians.injured', example: '{"min":9,"max":9,"conservative":9}' },
  { field: 'combatants.killed', example: '{"min":0,"max":0,"conservative":0}' },
  { field: 'combatants.injured', example: '{"min":0,"max":0,"conservative":0}' },
  { field: 'total.killed', example: '{"min":4,"max":null,"conservative":4}' },
  { field: 'total.injured', example: '{"min":9,"max":12,"conservative":9}' },
];

/**
 * A typed value from the value box: JSON when it parses (numbers, objects), else the text.
 *
 * @example
 * parseValue('{"min":4,"max":6}'); // { min: 4, max: 6 }
 * parseValue('Mosul'); // 'Mosul'
 */
export function parseValue(text: string): unknown {
  const t = text.trim();
  try {
    return JSON.parse(t);
  } catch {
    return t;
  }
}

/**
 * Build the form for one incident; `onSaved` runs after the server accepted a review.
 *
 * @example
 * panel.append(createReviewForm(detail, { onSaved: () => openIncident(detail.id) }));
 */
export function createReviewForm(detail: IncidentDetail, opts: { onSaved(result: unknown): void }): HTMLElement {
  const action = el('select', { attrs: { name: 'action', 'aria-label': 'Action' } }, ACTIONS.map((a) => el('option', { attrs: { value: a.action }, text: a.label })));
  const reason = el('textarea', { attrs: { name: 'reason', 'aria-required': 'true', rows: '2', placeholder: 'why (required; kept in the audit trail)', 'aria-label': 'Reason' } });
  const by = el('input', { attrs: { name: 'by', type: 'text', placeholder: 'your name', 'aria-label': 'Analyst' } });
  by.value = sessionStorage.getItem(BY_KEY) ?? '';
  const field = el('select', { attrs: { name: 'field', 'aria-label': 'Field' } }, FIELDS.map((f) => el('option', { attrs: { value: f.field }, text: f.field })));
  const value = el('input', { attrs: { name: 'value', type: 'text', 'aria-label': 'New value' } });
  const other = el('input', { attrs: { name: 'other', type: 'text', placeholder: 'incident id', 'aria-label': 'Other incident' } });
  const report = el('select', { attrs: { name: 'report', 'aria-label': 'Report' } }, detail.reports.map((r) => el('option', { attrs: { value: r.id }, text: `${r.outlet ?? r.id} (${r.published ?? 'undated'})` })));
  const grade = el('select', { attrs: { name: 'grade', 'aria-label': 'Grade' } }, GRADE_STYLES.map((g) => el('option', { attrs: { value: g.grade }, text: g.grade })));
  const token = el('input', { attrs: { name: 'token', type: 'password', autocomplete: 'off', placeholder: 'write token, if the server needs one', 'aria-label': 'Token' } });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const status = el('p', { class: 'form-status', attrs: { role: 'status' } });
  const extras = {
    field: el('div', { class: 'review-extra' }, [el('label', {}, ['Field ', field]), el('label', {}, ['New value ', value])]),
    other: el('label', { class: 'review-extra' }, ['Other incident ', other]),
    report: el('label', { class: 'review-extra' }, ['Report ', report]),
    grade: el('label', { class: 'review-extra' }, ['Grade ', grade]),
  };
  const syncExtras = (): void => {
    const needs = ACTIONS.find((a) => a.action === action.value)?.needs ?? [];
    for (const [k, node] of Object.entries(extras)) node.hidden = !needs.includes(k as keyof typeof extras);
    value.placeholder = FIELDS.find((f) => f.field === field.value)?.example ?? '';
  };
  action.addEventListener('change', syncExtras);
  field.addEventListener('change', syncExtras);
  syncExtras();

  const submit = el('button', { attrs: { type: 'submit' }, text: 'Save review' });
  const form = el('form', { class: 'review-form', attrs: { 'aria-label': 'Review', novalidate: '' } }, [
    el('h3', { text: 'Review' }),
    el('label', {}, ['Action ', action]),
    extras.field,
    extras.other,
    extras.report,
    extras.grade,
    el('label', { class: 'wide' }, ['Reason ', reason]),
    el('label', {}, ['Analyst ', by]),
    el('label', {}, ['Token ', token]),
    submit,
    status,
  ]);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const body = bodyOf();
    if (typeof body === 'string') {
      status.textContent = body;
      status.className = 'form-status error';
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token.value);
    sessionStorage.setItem(BY_KEY, by.value);
    submit.disabled = true;
    status.textContent = 'Saving…';
    status.className = 'form-status';
    postReview(detail.id, body, token.value || undefined)
      .then((result) => {
        status.textContent = 'Saved.';
        opts.onSaved(result);
      })
      .catch((err: unknown) => {
        status.textContent = err instanceof ApiError ? `${err.message} (${err.code})` : `Not saved: ${(err as Error).message}`;
        status.className = 'form-status error';
      })
      .finally(() => {
        submit.disabled = false;
      });
  });

  /** The request body, or what is missing as a message. */
  function bodyOf(): ReviewBody | string {
    const a = action.value as ReviewAction;
    const why = reason.value.trim();
    if (!why) return 'A reason is required: it is what the audit trail keeps.';
    const body: ReviewBody = { action: a, reason: why };
    if (by.value.trim()) body.by = by.value.trim();
    if (a === 'correct') {
      if (!value.value.trim()) return 'Give the corrected value.';
      body.field = field.value;
      body.value = parseValue(value.value);
    }
    if (a === 'merge') {
      if (!other.value.trim()) return 'Name the incident to merge (its id).';
      if (other.value.trim() === detail.id) return 'An incident cannot be merged with itself.';
      body.other = other.value.trim();
    }
    if (a === 'split') {
      if (!report.value) return 'Pick the report to split off.';
      body.report = report.value;
    }
    if (a === 'grade') body.grade = grade.value as Grade;
    return body;
  }
  return form;
}
