/**
 * The report view: a report's whole text with every span highlighted by kind (with a legend
 * that can hide a kind), its copies, and — for a stitched page — the reports its sentences
 * came from.
 */
import { el } from './dom.js';
import { renderHighlighted, safeClass } from './highlight.js';
import type { ReportDetail, Span } from './types.js';

/** Span kinds in legend order, with what each marks. Kinds not listed are shown after them. */
export const SPAN_KINDS: readonly { kind: string; meaning: string }[] = [
  { kind: 'source', meaning: 'who says it' },
  { kind: 'cue', meaning: 'the reporting verb (said, denied, acknowledged)' },
  { kind: 'content', meaning: 'what is said' },
  { kind: 'casualty', meaning: 'a figure of people harmed' },
  { kind: 'place', meaning: 'a place' },
  { kind: 'date', meaning: 'a date' },
  { kind: 'actor', meaning: 'a named actor' },
];

/** Structural spans that would cover everything; never highlighted. */
const HIDDEN_KINDS = new Set(['sentence', 'token']);

/**
 * Other reports this one's sentences first appeared in, with the sentence numbers.
 *
 * @example
 * originsBySource('r2', [{ sentence: 0, originReport: 'r1', originSentence: 3, similarity: 1 }]);
 * // [{ report: 'r1', sentences: [0] }]
 */
export function originsBySource(self: string, origins: readonly ReportDetail['origins'][number][]): { report: string; sentences: number[] }[] {
  const m = new Map<string, number[]>();
  for (const o of origins) if (o.originReport !== self) m.set(o.originReport, [...(m.get(o.originReport) ?? []), o.sentence]);
  return [...m.entries()].map(([report, sentences]) => ({ report, sentences }));
}

function legend(spans: readonly Span[], body: HTMLElement): HTMLElement {
  const present = new Set(spans.map((s) => s.kind));
  const kinds = [...SPAN_KINDS.filter((k) => present.has(k.kind)), ...[...present].filter((k) => !SPAN_KINDS.some((r) => r.kind === k)).map((kind) => ({ kind, meaning: kind }))];
  return el(
    'ul',
    { class: 'span-legend' },
    kinds.map((k) => {
      const box = el('input', { attrs: { type: 'checkbox', checked: '', 'aria-label': `show ${k.kind}` } });
      box.addEventListener('change', () => body.classList.toggle(`hide-${safeClass(k.kind)}`, !box.checked));
      const count = spans.filter((s) => s.kind === k.kind).length;
      return el('li', {}, [el('label', { attrs: { title: k.meaning } }, [box, ' ', el('mark', { class: `hl hl-${safeClass(k.kind)}`, text: k.kind }), ` ${count}`])]);
    }),
  );
}

function reportLink(id: string, onOpen: (id: string) => void): HTMLElement {
  const b = el('button', { class: 'link', attrs: { type: 'button', 'data-report': id }, text: id });
  b.addEventListener('click', () => onOpen(id));
  return b;
}

/**
 * The view for one report.
 *
 * @example
 * aside.replaceChildren(renderReport(await fetchReport(id), { onOpenReport, onBack }));
 */
export function renderReport(r: ReportDetail, actions: { onOpenReport(id: string): void; onBack(): void }): HTMLElement {
  const spans = (r.spans ?? []).filter((s) => !HIDDEN_KINDS.has(s.kind));
  const back = el('button', { class: 'link back', attrs: { type: 'button' }, text: '← back' });
  back.addEventListener('click', actions.onBack);
  const body = el('div', { class: 'report-text', attrs: { 'data-report': r.id } }, [renderHighlighted(r.text, spans)]);
  const origins = originsBySource(r.id, r.origins ?? []);
  const copies = (r.copies ?? []).map((c) => (typeof c === 'string' ? { id: c } : c)).filter((c) => c.id !== r.id);
  return el('div', { class: 'report-view' }, [
    back,
    el('h2', { text: r.title ?? r.id }),
    el('p', { class: 'muted' }, [`${r.outlet ?? 'unknown outlet'} · ${r.published ?? 'undated'}`, r.url ? ` · ${r.url}` : '']),
    r.copyOf ? el('p', {}, ['A copy of ', reportLink(r.copyOf, actions.onOpenReport), ' (same source).']) : null,
    r.stitched ? el('p', { class: 'stitched', text: 'Stitched page: most of its sentences come from other reports.' }) : null,
    origins.length
      ? el('section', { class: 'origins' }, [
          el('h3', { text: 'Sentences first seen elsewhere' }),
          el('ul', {}, origins.map((o) => el('li', {}, [reportLink(o.report, actions.onOpenReport), ` — sentence${o.sentences.length > 1 ? 's' : ''} ${o.sentences.map((n) => n + 1).join(', ')}`]))),
        ])
      : null,
    copies.length
      ? el('section', { class: 'copies-of' }, [
          el('h3', { text: 'Copies (one source with this report)' }),
          el('ul', {}, copies.map((c) => el('li', {}, [reportLink(c.id, actions.onOpenReport), 'outlet' in c && c.outlet ? ` — ${c.outlet}, ${c.published ?? 'undated'}` : '']))),
        ])
      : null,
    legend(spans, body),
    body,
  ]);
}
