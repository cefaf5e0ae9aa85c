import type { ScoredSpan, Segment } from '../score/spans.js';

/** A brat text-bound annotation ("T3\tContent 315 448;463 553\t…"). */
export interface BratSpan extends ScoredSpan {
  id: string;
  type: string;
  fragments: Segment[];
  text: string;
}

/** A brat event ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"): role → annotation id. */
export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: Record<string, string>;
}

export interface BratDoc {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/**
 * Parse a brat standoff `.ann` file: text-bound annotations (with discontinuous fragments) and
 * events. Other lines (relations, notes, attributes) are ignored.
 *
 * @example
 * parseBrat('T1\tSource 0 3\tHe\nE1\tAttribution:T2 Source:T1').events[0].args.Source; // 'T1'
 */
export function parseBrat(ann: string): BratDoc {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (t) {
      const fragments = t[3].split(';').map((f) => {
        const [start, end] = f.trim().split(/\s+/).map(Number);
        return { start, end };
      });
      spans.set(t[1], {
        id: t[1], type: t[2], fragments, text: t[4],
        start: Math.min(...fragments.map((f) => f.start)), end: Math.max(...fragments.map((f) => f.end)),
      });
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (e) {
      const [head, ...rest] = e[2].trim().split(/\s+/);
      const [type, trigger] = head.split(':');
      const args: Record<string, string> = {};
      for (const a of rest) {
        const [role, id] = a.split(':');
        if (role && id) args[role.replace(/\d+$/, '')] = id;
      }
      events.push({ id: e[1], type, trigger, args });
    }
  }
  return { spans, events };
}
