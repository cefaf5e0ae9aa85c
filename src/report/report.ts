import type { Report, ReportMeta, Span, SpanLabel, SpanValues } from './types.js';

/**
 * Create a report with no spans yet.
 *
 * @example
 * const report = createReport('Three civilians were killed.', { published: '2017-04-04' });
 */
export function createReport(text: string, meta: Partial<ReportMeta> = {}): Report {
  return {
    meta: {
      id: meta.id ?? '',
      title: meta.title ?? null,
      byline: meta.byline ?? null,
      outlet: meta.outlet ?? null,
      url: meta.url ?? null,
      published: meta.published ?? null,
      language: meta.language ?? 'und',
      ...(meta.anchors ? { anchors: meta.anchors } : {}),
    },
    text,
    spans: [],
    warnings: [],
  };
}

/** Per spans array (reports are immutable: each stage makes a new array), the sorted spans of
 * each label, so that stages asking for the same label do not filter and sort again. */
const byLabel = new WeakMap<readonly Span[], Map<SpanLabel, readonly Span[]>>();

/** The spans of one label, in offset order (ties: longer first). A fresh array each call. */
export function spansOf<L extends SpanLabel>(report: Report, label: L): Span<L>[] {
  let cache = byLabel.get(report.spans);
  if (!cache) {
    cache = new Map();
    byLabel.set(report.spans, cache);
  }
  let sorted = cache.get(label);
  if (!sorted) {
    sorted = report.spans.filter((s) => s.label === label).sort((a, b) => a.start - b.start || b.end - a.end);
    cache.set(label, sorted);
  }
  return sorted.slice() as Span<L>[];
}

/** Build a span whose `text` is read from the report, so offsets and text never disagree. */
export function makeSpan<L extends SpanLabel>(
  report: Pick<Report, 'text'>,
  opts: { start: number; end: number; label: L; value: SpanValues[L]; stage: string; confidence?: number },
): Span<L> {
  const { start, end } = opts;
  if (!(start >= 0 && end >= start && end <= report.text.length)) {
    throw new RangeError(`span ${start}-${end} outside report text of length ${report.text.length}`);
  }
  return {
    start,
    end,
    text: report.text.slice(start, end),
    label: opts.label,
    value: opts.value,
    confidence: opts.confidence ?? 1,
    stage: opts.stage,
  };
}

/** Index of the sentence that contains `offset`, or -1. Needs the segment stage's spans. */
export function sentenceIndexAt(report: Report, offset: number): number {
  for (const s of report.spans) {
    if (s.label === 'sentence' && offset >= s.start && offset < s.end) return (s as Span<'sentence'>).value.index;
  }
  return -1;
}

/** True when two ranges share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
