/**
 * The incident list beside the map: one page at a time from `GET /api/incidents` (cursor
 * pagination, so 20,000 matches cost one page), a row per incident; a click opens it.
 */
import { fetchIncidents } from './api.js';
import { clear, el } from './dom.js';
import { dateText, placeText, rangeText } from './format.js';
import type { Filters, IncidentOut } from './types.js';

export const PAGE_SIZE = 50;

export interface IncidentList {
  /** Show the first page for these filters. */
  load(f: Filters): Promise<void>;
  /** Mark the open incident's row. */
  select(id: string | null): void;
}

/**
 * Build the list in a container.
 *
 * @example
 * const list = createList(byId('list'), { onSelect: openIncident, onError: showError });
 * await list.load(filters);
 */
export function createList(container: HTMLElement, opts: { onSelect(id: string): void; onError(err: unknown): void }): IncidentList {
  const body = el('tbody');
  const table = el('table', { class: 'incident-list' }, [
    el('thead', {}, [el('tr', {}, ['Date', 'Place', 'Type', 'Grade', 'Civilians killed', 'Sources'].map((h) => el('th', { attrs: { scope: 'col' }, text: h })))]),
    body,
  ]);
  const prev = el('button', { attrs: { type: 'button' }, text: '‹ Previous' });
  const next = el('button', { attrs: { type: 'button' }, text: 'Next ›' });
  const where = el('span', { class: 'pager-where' });
  container.append(table, el('div', { class: 'pager' }, [prev, where, next]));

  let filters: Filters = {};
  /** Cursors of the pages seen: cursors[i] opens page i (undefined for the first). */
  let cursors: (string | undefined)[] = [undefined];
  let page = 0;
  let nextCursor: string | null = null;
  /** How many incidents match the filters, from the first page's `meta.total`. */
  let total: number | undefined;
  let selected: string | null = null;
  let loading: AbortController | null = null;

  const show = async (): Promise<void> => {
    loading?.abort();
    const ctl = new AbortController();
    loading = ctl;
    try {
      const res = await fetchIncidents(filters, { limit: PAGE_SIZE, cursor: cursors[page] }, ctl.signal);
      if (ctl.signal.aborted) return;
      nextCursor = res.next;
      if (page === 0 || res.total !== undefined) total = res.total; // the server counts on the first page only
      render(res.items, total);
    } catch (err) {
      if (!ctl.signal.aborted) opts.onError(err);
    }
  };

  const render = (items: IncidentOut[], total?: number): void => {
    clear(body);
    for (const i of items) body.append(row(i));
    if (items.length === 0) body.append(el('tr', {}, [el('td', { attrs: { colspan: '6' }, class: 'muted', text: 'No incident matches these filters.' })]));
    const first = page * PAGE_SIZE + (items.length ? 1 : 0);
    where.textContent = `${first}–${page * PAGE_SIZE + items.length}${total !== undefined ? ` of ${total.toLocaleString('en')}` : ''}`;
    prev.disabled = page === 0;
    next.disabled = !nextCursor;
    container.dataset.rows = String(items.length);
  };

  const row = (i: IncidentOut): HTMLTableRowElement => {
    const tr = el('tr', { class: i.id === selected ? 'selected' : '', attrs: { 'data-id': i.id, tabindex: '0' } }, [
      el('td', { text: dateText(i.date) }),
      el('td', { text: placeText(i.place) }),
      el('td', { text: i.type }),
      el('td', {}, [el('span', { class: `grade-badge grade-${i.grade}`, text: i.grade })]),
      el('td', { class: 'num', text: rangeText(i.civilians.killed) }),
      el('td', { class: 'num', text: String(i.independentSources) }),
    ]);
    tr.addEventListener('click', () => opts.onSelect(i.id));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') opts.onSelect(i.id);
    });
    return tr;
  };

  prev.addEventListener('click', () => {
    if (page === 0) return;
    page -= 1;
    void show();
  });
  next.addEventListener('click', () => {
    if (!nextCursor) return;
    page += 1;
    cursors[page] = nextCursor;
    void show();
  });

  return {
    async load(f) {
      filters = f;
      cursors = [undefined];
      page = 0;
      await show();
    },
    select(id) {
      selected = id;
      for (const tr of body.querySelectorAll('tr')) tr.classList.toggle('selected', tr.dataset.id === id);
    },
  };
}
