/**
 * Analysts' decisions on incidents, and how automatic re-resolution keeps them. Every decision
 * is an audit record (`ReviewRecord`: who, when, what, why, before and after):
 *
 * | action  | what it does | example |
 * |---------|--------------|---------|
 * | confirm | records that an analyst checked the incident; nothing changes | "checked against the ministry's list" |
 * | correct | sets one field (type, date, place, perpetrator, target or a figure); later reports do not undo it | place → Al-Jadida district |
 * | merge   | the other incident's events join this one (merge records by 'human'); the other is kept, marked merged-into, and leaves listings | two reports of one strike resolved apart |
 * | split   | one report's events leave into a new incident (recorded on both) | a report about the next day's strike |
 * | grade   | an analyst's grade; automatic grading reports beside it, never over it | contested → confirmed after an acknowledgment |
 *
 * Automatic re-grading never overwrites a human decision silently: when a later report touches
 * an incident an analyst graded, the analyst's grade stands and an `auto-grade` record says what
 * the automatic grade would now be ({@link keepHumanDecisions}).
 */
import type { Store } from '../store/store.js';
import type { EventRecord, Grade, GradeRecord, Incident, ReviewRecord } from './types.js';
import { buildIncident, incidentId } from './incident.js';
import { cellsFor } from './cells.js';
import { grade as gradeOf } from './grade.js';
import type { ActiveBelligerent } from './active.js';

/** The fields an analyst may correct: summary fields and each figure. */
export const CORRECTABLE_FIELDS = [
  'type', 'date', 'place', 'perpetrator', 'target',
  'civilians.killed', 'civilians.injured', 'combatants.killed', 'combatants.injured', 'total.killed', 'total.injured',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** One decision, validated (the API's zod schema checks values). */
export type ReviewInput = { reason: string; by?: string } & (
  | { action: 'confirm' }
  | { action: 'correct'; field: CorrectableField; value: unknown }
  | { action: 'merge'; other: string }
  | { action: 'split'; report: string }
  | { action: 'grade'; grade: Grade }
);

/** Why a decision could not be applied: `not-found` (no such incident) or `conflict` (it does not fit the incident as it is). */
export class ReviewError extends Error {
  constructor(readonly kind: 'not-found' | 'conflict', message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

/** A field's value on an incident (a figure field is a Range). */
export function fieldValue(i: Incident, field: CorrectableField): unknown {
  const [group, kind] = field.split('.') as [string, string | undefined];
  if (kind) return (i as unknown as Record<string, Record<string, unknown>>)[group][kind];
  return (i as unknown as Record<string, unknown>)[field];
}

function setField(i: Incident, field: CorrectableField, value: unknown): Incident {
  const [group, kind] = field.split('.') as [string, string | undefined];
  const out = structuredClone(i) as unknown as Record<string, unknown>;
  if (kind) (out[group] as Record<string, unknown>)[kind] = structuredClone(value);
  else out[field] = structuredClone(value);
  return out as unknown as Incident;
}

/**
 * The incident with its analysts' corrections applied, oldest first (the latest correction of a
 * field wins). Corrections are read from the review records, so rebuilding an incident from its
 * events never loses them.
 *
 * @example
 * applyCorrections(rebuilt, await store.getReviews(rebuilt.id)).place; // the analyst's place
 */
export function applyCorrections(incident: Incident, reviews: readonly ReviewRecord[]): Incident {
  let out = incident;
  for (const r of reviews) {
    if (r.action === 'correct' && r.field && (CORRECTABLE_FIELDS as readonly string[]).includes(r.field)) {
      out = setField(out, r.field as CorrectableField, r.after);
    }
  }
  return out;
}

const lastHuman = (h: GradeRecord[]): GradeRecord | undefined => (h.length && h[h.length - 1].by === 'human' ? h[h.length - 1] : undefined);

/**
 * Wraps automatic re-resolution (ingest): an incident just rebuilt from its events gets its
 * analysts' corrections back, and when an analyst's grade stands while the automatic grade
 * differs from what was last noted, an `auto-grade` record says what it would now be. Returns
 * the incident to store. `opts.active`: the belligerent inferred active there then (`active.ts`),
 * which the automatic grade weighs as the rebuild did.
 *
 * @example
 * const incident = await keepHumanDecisions(store, r.incident, eventsOf, now, `report ${report.id}`);
 */
export async function keepHumanDecisions(
  store: Store, rebuilt: Incident, eventsOf: (ids: string[]) => EventRecord[], at: string, cause: string,
  opts: { active?: ActiveBelligerent | null } = {},
): Promise<Incident> {
  const reviews = await store.getReviews(rebuilt.id);
  if (!reviews.length && !lastHuman(rebuilt.gradeHistory)) return rebuilt;
  const incident = applyCorrections(rebuilt, reviews);
  const human = lastHuman(incident.gradeHistory);
  if (human) {
    const auto = gradeOf({ perpetrator: incident.perpetrator, gradeHistory: [], active: opts.active }, eventsOf(incident.events));
    const noted = [...reviews].reverse().find((r) => r.action === 'auto-grade');
    const before = noted ? (noted.after as { grade?: Grade } | null)?.grade ?? null : human.grade;
    if (auto.grade !== before) {
      await store.putReview({
        incident: incident.id, action: 'auto-grade', by: 'auto', at, field: 'grade',
        reason: `${cause}: the automatic grade would now be ${auto.grade}; the analyst's grade ${human.grade} stands`,
        before: { grade: before }, after: { grade: auto.grade, reasons: auto.reasons },
      });
    }
  }
  return incident;
}

/**
 * Apply one analyst decision to an incident, in one store transaction, and record it. Returns
 * the records written (on this incident and, for merge and split, on the other one).
 *
 * @example
 * await applyReview(store, 'inc-3f2a', { action: 'grade', grade: 'confirmed', reason: 'the ministry acknowledged it', by: 'rk' });
 */
export async function applyReview(store: Store, id: string, input: ReviewInput, at: string): Promise<ReviewRecord[]> {
  return store.transaction(async () => {
    const incident = await store.getIncident(id);
    if (!incident) throw new ReviewError('not-found', `no incident "${id}" (list them with GET /api/incidents)`);
    const into = await store.getMergedInto(id);
    if (into) throw new ReviewError('conflict', `incident "${id}" was merged into "${into}": review that one instead`);
    const by = input.by ?? 'analyst';
    const rec = (r: Omit<ReviewRecord, 'id' | 'by' | 'at' | 'reason'> & { reason?: string }) =>
      store.putReview({ by, at, reason: input.reason, ...r });
    switch (input.action) {
      case 'confirm':
        return [await rec({ incident: id, action: 'confirm', field: null, before: { grade: incident.grade }, after: { grade: incident.grade } })];
      case 'grade': {
        await store.putGrade(id, { grade: input.grade, reasons: [input.reason], at, by: 'human' });
        return [await rec({ incident: id, action: 'grade', field: 'grade', before: { grade: incident.grade }, after: { grade: input.grade } })];
      }
      case 'correct': {
        const before = fieldValue(incident, input.field);
        const corrected = setField(incident, input.field, input.value);
        await store.putIncident(corrected, cellsFor(corrected));
        return [await rec({ incident: id, action: 'correct', field: input.field, before: before ?? null, after: input.value ?? null })];
      }
      case 'merge':
        return merge(store, incident, input.other, input.reason, at, rec);
      case 'split':
        return split(store, incident, input.report, input.reason, at, rec);
    }
  });
}

type Recorder = (r: Omit<ReviewRecord, 'id' | 'by' | 'at' | 'reason'> & { reason?: string }) => Promise<ReviewRecord>;

/** Rebuild an incident from events, keeping its grade history and its corrections. */
async function rebuild(store: Store, base: Incident, events: EventRecord[], at: string): Promise<Incident> {
  const { incident } = buildIncident(base.id, events, base.gradeHistory, at);
  return applyCorrections(incident, await store.getReviews(base.id));
}

async function merge(store: Store, incident: Incident, otherId: string, reason: string, at: string, rec: Recorder): Promise<ReviewRecord[]> {
  if (otherId === incident.id) throw new ReviewError('conflict', 'an incident cannot be merged with itself: give another incident as "other"');
  const other = await store.getIncident(otherId);
  if (!other) throw new ReviewError('not-found', `no incident "${otherId}" to merge (list them with GET /api/incidents)`);
  const otherInto = await store.getMergedInto(otherId);
  if (otherInto) throw new ReviewError('conflict', `incident "${otherId}" was already merged into "${otherInto}"`);
  const moved = other.events.filter((e) => !incident.events.includes(e));
  const merged = await rebuild(store, incident, await store.getEvents([...incident.events, ...moved]), at);
  await store.putIncident(merged, cellsFor(merged));
  for (const event of moved) {
    await store.putMerge({ incident: incident.id, event, reasons: [`merged by an analyst from ${otherId}`, reason], by: 'human', at });
  }
  await store.putIncident({ ...other, events: [] }, []);
  await store.setMergedInto(otherId, incident.id);
  return [
    await rec({ incident: incident.id, action: 'merge', field: null, before: { events: incident.events }, after: { events: merged.events, from: otherId } }),
    await rec({ incident: otherId, action: 'merged-into', field: null, before: { events: other.events }, after: { into: incident.id } }),
  ];
}

async function split(store: Store, incident: Incident, report: string, reason: string, at: string, rec: Recorder): Promise<ReviewRecord[]> {
  const events = await store.getEvents(incident.events);
  const leaving = events.filter((e) => e.report === report);
  const staying = events.filter((e) => e.report !== report);
  if (!leaving.length) throw new ReviewError('conflict', `report "${report}" has no event in incident "${incident.id}" (its reports are listed on the incident)`);
  if (!staying.length) throw new ReviewError('conflict', `every event of incident "${incident.id}" comes from report "${report}": nothing would be left to split from`);
  let newId = incidentId(`split:${leaving[0].id}`);
  if (await store.getIncident(newId)) newId = incidentId(`split:${leaving[0].id}@${at}`);
  const { incident: created } = buildIncident(newId, leaving, [], at);
  const remaining = await rebuild(store, incident, staying, at);
  await store.putIncident(remaining, cellsFor(remaining));
  await store.putIncident(created, cellsFor(created));
  for (const e of leaving) await store.putMerge({ incident: newId, event: e.id, reasons: [`split off from ${incident.id} by an analyst`, reason], by: 'human', at });
  return [
    await rec({ incident: incident.id, action: 'split', field: null, before: { events: incident.events }, after: { events: remaining.events, report, into: newId } }),
    await rec({ incident: newId, action: 'split-from', field: null, before: { from: incident.id }, after: { events: created.events } }),
  ];
}
