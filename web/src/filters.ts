/**
 * The filter form: date range, event type, grades, perpetrator and text. Its values are the
 * API's query parameters (see {@link Filters}); the page keeps them in the URL.
 */
import { clear, el } from './dom.js';
import { GRADE_STYLES } from './grades.js';
import type { Filters, Grade } from './types.js';

/** The ordered grades a `+` filter climbs (weak < fair < confirmed), as the API reads them. */
const LADDER: readonly Grade[] = ['weak', 'fair', 'confirmed'];

/**
 * The grades a `grade` parameter names, for ticking the boxes (`fair+` → fair and confirmed).
 * Unknown names are left out (the server reports them).
 *
 * @example
 * gradesOf('fair+'); // ['fair', 'confirmed']
 * gradesOf('weak,contested'); // ['weak', 'contested']
 */
export function gradesOf(spec: string | undefined): Grade[] {
  const out = new Set<Grade>();
  for (const part of (spec ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const name = part.replace(/\+$/, '') as Grade;
    if (!GRADE_STYLES.some((g) => g.grade === name)) continue;
    if (part.endsWith('+') && LADDER.includes(name)) for (const g of LADDER.slice(LADDER.indexOf(name))) out.add(g);
    else out.add(name);
  }
  return [...out];
}

export interface FilterForm {
  /** Show these filters in the form. */
  set(f: Filters): void;
  /** The event types the type list offers (with their counts). */
  setTypes(byType: Record<string, number>): void;
}

/**
 * Build the form in a container; `onChange` gets the whole filter set on every change.
 *
 * @example
 * const form = createFilters(byId('filters'), { onChange: (f) => apply(f) });
 */
export function createFilters(container: HTMLElement, opts: { onChange(f: Filters): void }): FilterForm {
  const since = el('input', { attrs: { type: 'date', name: 'since', 'aria-label': 'From date' } });
  const until = el('input', { attrs: { type: 'date', name: 'until', 'aria-label': 'To date' } });
  const type = el('select', { attrs: { name: 'type', 'aria-label': 'Event type' } }, [el('option', { attrs: { value: '' }, text: 'any type' })]);
  const perpetrator = el('input', { attrs: { type: 'text', name: 'perpetrator', placeholder: 'perpetrator (exact name)', 'aria-label': 'Perpetrator' } });
  const q = el('input', { attrs: { type: 'search', name: 'q', placeholder: 'words in the reports', 'aria-label': 'Text' } });
  const boxes = GRADE_STYLES.map((g) => el('input', { attrs: { type: 'checkbox', name: 'grade', value: g.grade } }));
  const gradeSet = el('fieldset', { class: 'filter-grades' }, [
    el('legend', { text: 'Grade' }),
    ...GRADE_STYLES.map((g, i) => el('label', { class: `grade-chip grade-${g.grade}`, attrs: { title: g.meaning } }, [boxes[i], ` ${g.grade}`])),
  ]);
  const reset = el('button', { attrs: { type: 'reset' }, text: 'Clear' });
  const apply = el('button', { attrs: { type: 'submit' }, text: 'Apply' });
  const form = el('form', { class: 'filters', attrs: { role: 'search' } }, [
    el('label', {}, ['From ', since]),
    el('label', {}, ['to ', until]),
    el('label', {}, ['Type ', type]),
    gradeSet,
    el('label', {}, ['By ', perpetrator]),
    el('label', {}, ['Text ', q]),
    el('div', { class: 'filter-buttons' }, [apply, reset]),
  ]);
  container.append(form);
  let wanted: string | undefined;

  const read = (): Filters => {
    const grades = boxes.filter((b) => b.checked).map((b) => b.value);
    const f: Filters = {};
    wanted = type.value || undefined;
    if (since.value) f.since = since.value;
    if (until.value) f.until = until.value;
    if (type.value) f.type = type.value;
    if (grades.length && grades.length < boxes.length) f.grade = grades.join(',');
    if (perpetrator.value.trim()) f.perpetrator = perpetrator.value.trim();
    if (q.value.trim()) f.q = q.value.trim();
    return f;
  };
  const changed = (): void => opts.onChange(read());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    changed();
  });
  form.addEventListener('reset', () => setTimeout(changed, 0));
  for (const input of [since, until, type, ...boxes]) input.addEventListener('change', changed);

  return {
    set(f) {
      since.value = f.since ?? '';
      until.value = f.until ?? '';
      wanted = f.type;
      type.value = f.type ?? '';
      const g = gradesOf(f.grade);
      for (const b of boxes) b.checked = g.includes(b.value as Grade);
      perpetrator.value = f.perpetrator ?? '';
      q.value = f.q ?? '';
    },
    setTypes(byType) {
      clear(type);
      type.append(el('option', { attrs: { value: '' }, text: 'any type' }));
      const names = Object.keys(byType).sort();
      if (wanted && !names.includes(wanted)) names.push(wanted);
      for (const name of names) type.append(el('option', { attrs: { value: name }, text: byType[name] !== undefined ? `${name} (${byType[name]})` : name }));
      type.value = wanted ?? '';
    },
  };
}
