import type { Rng } from './prng.js';
import type { IsoDate } from '../report/types.js';
import type { GeneratedReport } from './truth.js';
import type { IncidentDraft } from './incident.js';
import { createRecorder } from './recorder.js';
import { createWriter, cap, type Piece } from './writer.js';
import { leadFigure, type Scene } from './scene.js';
import { detailParagraph, leadParagraph, responseParagraph, witnessParagraph } from './paragraphs.js';
import { conflictBackground, genericBackground, type BackgroundContext } from './tables/background.js';
import { harmSources } from './tables/actors.js';
import { targets } from './tables/weapons.js';
import { consolidate } from './consolidate.js';
import { addDays, monthOf, MONTHS, WEEKDAYS, weekdayOf } from './dates.js';

/** Fictional outlets: the corpus must never pass for real reporting. */
export const OUTLETS = ['The Meridian Post', 'Levant Daily Wire', 'Crossroads News Agency', 'The Northern Courier',
  'Frontline Monitor', 'The Evening Ledger', 'Global Affairs Desk'] as const;

export interface ComposeOptions {
  id: string;
  /** Publication date (default: 1–6 days after the incident). */
  published?: IsoDate;
  outlet?: string;
  /** Words to aim for (default: 560–640, drawn). The text stops at the first paragraph past it. */
  targetWords?: number;
  /** At most this many background paragraphs, drawn in the range (default: as many as reach
   * `targetWords`, which makes background over half of a report). */
  backgroundParagraphs?: readonly [number, number];
}

/**
 * Write one report about an incident, with the truth it was written from.
 *
 * @example
 * const rng = mulberry32(3);
 * const report = composeReport(rng, drawIncident(rng, { id: 'inc-3' }), { id: 'r-3' });
 * report.text.includes(report.truth.place.city); // true
 */
export function composeReport(rng: Rng, draft: IncidentDraft, options: ComposeOptions): GeneratedReport {
  const published = options.published ?? addDays(draft.truth.date, rng.int(1, 6));
  const rec = createRecorder();
  const named = rng.chance(0.85);
  const scene: Scene = {
    rng, draft, rec, published, named,
    perpInLead: named && draft.weapon.by && rng.chance(0.6),
    alias: draft.truth.perpetrator?.alias ?? draft.perpetrator.aliases[0],
    source: rng.pick(harmSources[draft.conflict.key]),
    target: rng.pick(targets),
    lead: leadFigure(rng, draft.truth.victims.civiliansKilled),
  };
  const writer = createWriter();
  writer.paragraph(leadParagraph(scene));
  writer.paragraph(detailParagraph(scene));
  const rest = rng.shuffle([witnessParagraph, responseParagraph]);
  for (const p of rest) writer.paragraph(p(scene));

  const ctx = backgroundContext(scene);
  const pool = rng.shuffle([...conflictBackground[draft.conflict.key], ...genericBackground].filter((b) => !b.when || b.when(ctx)));
  const target = options.targetWords ?? rng.int(560, 640);
  const most = options.backgroundParagraphs ? rng.int(options.backgroundParagraphs[0], options.backgroundParagraphs[1]) : Infinity;
  for (const [n, row] of pool.entries()) {
    if (writer.words() >= target || n >= most) break;
    writer.paragraph(row.write(ctx));
  }

  const text = writer.text();
  const [mainDate, ...others] = [...rec.dates.filter((d) => d.about === 'main'), ...rec.dates.filter((d) => d.about === 'background')];
  return {
    id: options.id,
    title: title(scene),
    outlet: options.outlet ?? rng.pick(OUTLETS),
    published,
    text,
    truth: {
      incident: draft.truth,
      event: {
        type: draft.truth.type,
        date: draft.truth.date,
        perpetrator: named ? draft.truth.perpetrator : null,
        ...consolidate(rec.figures),
      },
      date: mainDate,
      place: { ...draft.truth.place, mentions: rec.places },
      figures: rec.figures,
      claims: rec.claims,
      otherDates: others,
      wordCount: writer.words(),
    },
  };
}

function backgroundContext(s: Scene): BackgroundContext {
  const { rng, rec, draft, published } = s;
  return {
    conflict: draft.conflict,
    city: draft.city,
    published,
    int: (min, max) => rng.int(min, max),
    fig: (words, range, stated, kind, group): Piece => rec.figure({ words, noun: null, range, stated, kind, group, about: 'background' }),
    monthsAgo(back) {
      const m = monthOf(published, back);
      return rec.date(`${m.name} ${m.year}`, { from: m.from, to: m.to, precision: 'month', stated: true, about: 'background' });
    },
    relative(phrase) {
      if (phrase === 'Earlier this month') {
        return rec.date(phrase, { from: monthOf(published).from, to: published, precision: 'month', stated: false, about: 'background' });
      }
      const monday = addDays(published, -((WEEKDAYS.indexOf(weekdayOf(published) as never) + 6) % 7));
      return rec.date(phrase, { from: addDays(monday, -7), to: addDays(monday, -1), precision: 'week', stated: false, about: 'background' });
    },
    on(date) {
      const [y, mo, d] = date.split('-').map(Number);
      if (d) return rec.date(`${d} ${MONTHS[mo - 1]} ${y}`, { from: date, to: date, precision: 'day', stated: true, about: 'background' });
      const m = monthOf(`${date}-01`);
      return rec.date(`${m.name} ${m.year}`, { from: m.from, to: m.to, precision: 'month', stated: true, about: 'background' });
    },
  };
}

function title(s: Scene): string {
  const { rng, draft } = s;
  const fig = s.lead.noun ? `${s.lead.words} ${s.lead.noun}` : s.lead.words;
  const h = draft.weapon.headline;
  const kills = h === 'Gunmen' ? 'kill' : 'kills';
  return rng.pick([
    `${h} ${kills} ${fig} in ${draft.city.name}`,
    `${cap(fig)} killed in ${draft.city.name} ${draft.weapon.short.replace(/^the /, '')}, officials say`,
    `${h} in ${draft.city.name} killed ${fig}: ${cap(s.source.name)}`,
  ]);
}
