/**
 * The evidence of an incident: each sentence it rests on, shown inside its report with the
 * speaker, the reporting cue and the content highlighted; reports that copy another (a wire
 * story and its reprints) are folded under their origin, because they are one source; a
 * belligerent's acknowledgment or denial is marked with a badge.
 */
import { el } from './dom.js';
import { renderHighlighted } from './highlight.js';
import type { ClaimStance, EvidenceItem } from './types.js';

export interface ReportGroup {
  report: string;
  outlet: string | null;
  published: string | null;
  copyOf: string | null;
  items: EvidenceItem[];
}

/**
 * Evidence grouped by report, and each copy placed under the origin it copies (following
 * chains: a copy of a copy goes under the first). A copy whose origin is not in the evidence
 * stands on its own.
 *
 * @example
 * const roots = groupEvidence(detail.evidence); // [{ group, copies: [...] }, ...]
 */
export function groupEvidence(evidence: readonly EvidenceItem[]): { group: ReportGroup; copies: ReportGroup[] }[] {
  const groups = new Map<string, ReportGroup>();
  for (const item of evidence) {
    const g = groups.get(item.report) ?? { report: item.report, outlet: item.outlet, published: item.published, copyOf: item.copyOf, items: [] };
    g.items.push(item);
    groups.set(item.report, g);
  }
  const rootOf = (g: ReportGroup): ReportGroup => {
    const seen = new Set<string>();
    let cur = g;
    while (cur.copyOf && groups.has(cur.copyOf) && !seen.has(cur.report)) {
      seen.add(cur.report);
      cur = groups.get(cur.copyOf)!;
    }
    return cur;
  };
  const out = new Map<string, { group: ReportGroup; copies: ReportGroup[] }>();
  for (const g of groups.values()) {
    const root = rootOf(g);
    const entry = out.get(root.report) ?? { group: root, copies: [] };
    if (root !== g) entry.copies.push(g);
    out.set(root.report, entry);
  }
  return [...out.values()];
}

/** Stances worth a badge, with the words a reader sees. */
const STANCE_BADGES: Partial<Record<ClaimStance, string>> = {
  acknowledgment: 'acknowledgment',
  denial: 'denial',
  allegation: 'allegation',
};

function stanceBadge(stance: ClaimStance | null): HTMLElement | null {
  const label = stance ? STANCE_BADGES[stance] : undefined;
  return label ? el('span', { class: `stance stance-${stance}`, text: label }) : null;
}

function openButton(report: string, onOpenReport: (id: string) => void, label: string): HTMLElement {
  const b = el('button', { class: 'link', attrs: { type: 'button', 'data-report': report }, text: label });
  b.addEventListener('click', () => onOpenReport(report));
  return b;
}

function reportCard(g: ReportGroup, onOpenReport: (id: string) => void, isCopy: boolean): HTMLElement {
  const open = openButton(g.report, onOpenReport, 'open report');
  const head = el('div', { class: 'evidence-head' }, [
    el('strong', { text: g.outlet ?? g.report }),
    ' ',
    el('span', { class: 'muted', text: g.published ?? 'undated' }),
    isCopy ? el('span', { class: 'copy-tag', text: `copy of ${g.copyOf}` }) : null,
    ' ',
    open,
  ]);
  const sentences = el('ul', { class: 'evidence-sentences' });
  for (const item of g.items) {
    const from = item.origin && item.origin.report !== g.report ? el('span', { class: 'origin-note' }, [' — first seen in ', openButton(item.origin.report, onOpenReport, item.origin.report)]) : null;
    sentences.append(el('li', { class: 'evidence-sentence', attrs: { 'data-stance': item.stance ?? '' } }, [stanceBadge(item.stance), el('q', {}, [renderHighlighted(item.sentence.text, item.spans)]), from]));
  }
  return el('article', { class: isCopy ? 'evidence-report copy' : 'evidence-report', attrs: { 'data-report': g.report } }, [head, sentences]);
}

/**
 * The evidence section of the incident panel.
 *
 * @example
 * panel.append(renderEvidence(detail.evidence, (id) => openReport(id)));
 */
export function renderEvidence(evidence: readonly EvidenceItem[], onOpenReport: (id: string) => void): HTMLElement {
  const section = el('section', { class: 'evidence' }, [el('h3', { text: `Evidence (${evidence.length} sentences)` })]);
  if (evidence.length === 0) {
    section.append(el('p', { class: 'muted', text: 'No sentence recorded for this incident.' }));
    return section;
  }
  for (const { group, copies } of groupEvidence(evidence)) {
    const card = reportCard(group, onOpenReport, false);
    if (copies.length) {
      const details = el('details', { class: 'copies' }, [el('summary', { text: `${copies.length} ${copies.length === 1 ? 'copy' : 'copies'} of this report (one source)` })]);
      for (const c of copies) details.append(reportCard(c, onOpenReport, true));
      card.append(details);
    }
    section.append(card);
  }
  return section;
}
