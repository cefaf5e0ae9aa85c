import type { Analysis } from '../report/analysis.js';
import type { Range } from '../report/types.js';
import { renderMarks, bracketStyle, colourStyle, type Mark } from './inline-marks.js';

export interface TextFormatOptions {
  /** ANSI colour instead of bracketed markers (only for a terminal, and never with NO_COLOR). */
  color?: boolean;
  /** Longest quoted excerpt in the summary lists. */
  excerpt?: number;
}

/**
 * An analysis for a person to read: a header, every sentence with speakers, cues, dates, places
 * and figures marked (and the events it describes), then a short list of what was found —
 * claims with stance, casualty figures with ranges, events, unattributed sentences, warnings.
 *
 * @example
 * process.stdout.write(formatText(analyze(text, { published: '2017-04-04' }), { color: false }));
 */
export function formatText(a: Analysis, opts: TextFormatOptions = {}): string {
  const color = opts.color ?? false;
  const max = opts.excerpt ?? 90;
  const bold = (s: string): string => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string): string => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const out: string[] = [];

  out.push(bold(a.report.title ?? '(untitled report)'));
  const about = [a.report.outlet, a.report.byline && `by ${a.report.byline}`, a.report.published ? `published ${a.report.published}` : null,
    a.report.url, `id ${a.report.id}`, `language ${a.report.language}`].filter(Boolean);
  out.push(dim(about.join(' · ')));
  const unresolved = a.dates.filter((d) => d.from === null);
  if (!a.report.published) {
    out.push(`No publication date: relative dates${unresolved.length ? ` (${unresolved.length})` : ''} stay unresolved. Give one with --published YYYY-MM-DD.`);
  }
  out.push('');

  const marks = collectMarks(a);
  const eventsBySentence = new Map<number, number[]>();
  a.events.forEach((e, i) => {
    const first = Math.min(...e.sentences);
    if (Number.isFinite(first)) eventsBySentence.set(first, [...(eventsBySentence.get(first) ?? []), i]);
  });
  const width = String(a.sentences.length).length;
  for (const s of a.sentences) {
    out.push(`${dim(String(s.index).padStart(width))}  ${renderMarks(a.report.text, s.start, s.end, marks, color ? colourStyle : bracketStyle)}`);
    for (const i of eventsBySentence.get(s.index) ?? []) out.push(`${' '.repeat(width)}  ${bold(`▸ event ${i + 1}: ${a.events[i].type}`)}`);
  }
  out.push('');

  const section = (title: string, lines: string[]): void => {
    if (!lines.length) return;
    out.push(bold(`${title} (${lines.length})`), ...lines.map((l) => `  ${l}`), '');
  };
  section('Claims', a.claims.map((c, i) => {
    const who = c.source.resolvedFrom ? `${c.source.name} (“${c.source.resolvedFrom}”)` : c.source.name;
    const marks = c.source.unstated ? ` [no source in the text: “${c.cue.text}”]` : c.source.anonymous ? ' [anonymous]' : '';
    return `#${i + 1} s${c.sentence} ${who}${marks} — ${c.stance}: “${excerpt(c.content.text, max)}”`;
  }));
  section('Casualty figures', a.casualties.map((c) => {
    const flags = [c.stated ? null : 'vague', c.hedged ? 'hedged' : null].filter(Boolean).join(', ');
    return `s${c.sentence} “${excerpt(c.text, max)}”: ${c.kind}, ${c.group}, ${formatRange(c)}${flags ? ` (${flags})` : ''}`;
  }));
  section('Events', a.events.map((e, i) => {
    const place = e.place !== null && a.places[e.place] ? `${a.places[e.place].name}, ${a.places[e.place].country}` : 'place unknown';
    const date = e.date ? (e.date.from === e.date.to ? e.date.from : `${e.date.from}…${e.date.to}`) : 'date unknown';
    const who = [e.perpetrator && `by ${e.perpetrator}`, e.target && `against ${e.target}`].filter(Boolean).join(' ');
    const harm = ([['killed', e.total.killed], ['injured', e.total.injured], ['civilians killed', e.civilians.killed]] as const)
      .filter(([, r]) => r.min > 0 || r.max !== 0)
      .map(([what, r]) => `${what} ${formatRange(r)}`);
    if (!harm.length) harm.push('no casualty figures');
    const refs = `sentences ${e.sentences.join(', ')}${e.claims.length ? `; claims ${e.claims.map((c) => `#${c + 1}`).join(', ')}` : ''}`;
    return `${i + 1}. ${e.type} — ${date} — ${place}${who ? ` — ${who}` : ''} — ${harm.join(', ')} (${refs})`;
  }));
  section('Unattributed', a.unattributed.map((u) => `s${u.sentence} “${excerpt(u.text, max)}” — ${u.reason}`));
  section('Unresolved dates', unresolved.map((d) => `“${d.text}”${d.unresolved ? ` — ${d.unresolved}` : ''}`));
  section('Warnings', a.warnings.map((w) => w));
  const counts = [`${a.sentences.length} sentences`, `${a.claims.length} claims`, `${a.casualties.length} casualty figures`,
    `${a.events.length} events`, `${a.dates.length} dates`, `${a.places.length} places`, `${a.actors.length} actors`];
  out.push(dim(counts.join(', ')));
  return `${out.join('\n')}\n`;
}

/** Marks for every speaker, cue, date, place and casualty figure, with what each was read as. */
function collectMarks(a: Analysis): Mark[] {
  const marks: Mark[] = [];
  for (const c of a.claims) {
    const s = c.source;
    marks.push({ start: s.start, end: s.end, kind: 'speaker', note: s.name !== s.text ? s.name : undefined });
    marks.push({ start: c.cue.start, end: c.cue.end, kind: 'cue', note: c.stance === 'statement' ? undefined : c.stance });
  }
  for (const d of a.dates) {
    const note = d.from === null ? '?' : d.from === d.to ? d.from : `${d.from}…${d.to}`;
    marks.push({ start: d.start, end: d.end, kind: 'date', note });
  }
  for (const p of a.places) marks.push({ start: p.start, end: p.end, kind: 'place', note: p.name === p.text ? p.country : `${p.name}, ${p.country}` });
  for (const c of a.casualties) marks.push({ start: c.start, end: c.end, kind: 'figure', note: `${c.kind} ${c.group} ${formatRange(c)}` });
  return marks;
}

/**
 * A range for people: `5`, `6–11`, `12+`; the conservative figure when it is not the minimum.
 *
 * @example
 * formatRange({ min: 12, max: null, conservative: 12 }); // '12+'
 */
export function formatRange(r: Range): string {
  const base = r.max === null ? `${r.min}+` : r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
  return r.conservative !== r.min ? `${base} (conservative ${r.conservative})` : base;
}

function excerpt(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
