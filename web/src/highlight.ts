/**
 * Cutting a text into runs by its highlighted spans, so each run can be drawn as plain text or
 * as one `<mark>` carrying every kind that covers it (spans may nest or overlap: a casualty
 * figure inside a claim's content). Pure: no DOM here, see {@link renderHighlighted}.
 */
import { el } from './dom.js';
import type { Span } from './types.js';

export interface Run {
  text: string;
  start: number;
  /** Kinds covering this run, in the order their spans were given; empty for plain text. */
  kinds: string[];
  /** Labels of the covering spans that have one. */
  labels: string[];
}

/**
 * The runs of `text` between every span boundary. Spans are clamped to the text; empty or
 * inverted spans are ignored.
 *
 * @example
 * runs('Police said four died', [{ kind: 'source', start: 0, end: 6 }, { kind: 'cue', start: 7, end: 11 }]);
 * // [{text:'Police',kinds:['source']}, {text:' ',kinds:[]}, {text:'said',kinds:['cue']}, {text:' four died',kinds:[]}]
 */
export function runs(text: string, spans: readonly Span[]): Run[] {
  const ok = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of ok) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = ok.filter((s) => s.start <= a && s.end >= b);
    out.push({
      text: text.slice(a, b),
      start: a,
      kinds: [...new Set(covering.map((s) => s.kind))],
      labels: covering.flatMap((s) => (s.label ? [s.label] : [])),
    });
  }
  return out;
}

/**
 * A text with its spans drawn as `<mark class="hl hl-KIND …">` elements, text set as text.
 *
 * @example
 * container.append(renderHighlighted(item.sentence.text, item.spans));
 */
export function renderHighlighted(text: string, spans: readonly Span[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const r of runs(text, spans)) {
    if (r.kinds.length === 0) {
      frag.appendChild(document.createTextNode(r.text));
      continue;
    }
    const title = [r.kinds.join(', '), ...r.labels].join(' — ');
    frag.appendChild(el('mark', { class: ['hl', ...r.kinds.map((k) => `hl-${safeClass(k)}`)].join(' '), attrs: { title, 'data-kinds': r.kinds.join(' ') }, text: r.text }));
  }
  return frag;
}

/** A span kind as a class-name fragment (letters, digits and dashes only). */
export function safeClass(kind: string): string {
  return kind.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}
