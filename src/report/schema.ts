import { z } from 'zod';
import type { Analysis } from './analysis.js';

/**
 * The `civwatch.analysis/1` contract as a zod schema: it validates analyses (the contract test
 * runs `analyze()` output through it) and `civwatch analyze --schema` prints it as JSON Schema.
 * Field names mirror `analysis.ts` and are fixed; objects are loose, since stages may add fields.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('ISO date YYYY-MM-DD');
const offset = z.number().int().min(0).describe('UTF-16 code-unit offset into report.text');
const index = z.number().int().min(0);
const textRange = { text: z.string(), start: offset, end: offset };

const actorKind = z.enum(['armed-group', 'state-forces', 'coalition', 'government', 'international', 'ngo', 'media', 'person', 'civilians', 'group']);

export const rangeSchema = z.looseObject({
  min: z.number().int().min(0),
  max: z.number().int().min(0).nullable().describe('null when open-ended ("at least 11")'),
  conservative: z.number().int().min(0).describe('lowest defensible figure (ACLED rule: "dozens" 12)'),
});

const harm = z.looseObject({ killed: rangeSchema, injured: rangeSchema });

export const eventTypes = [
  'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory', 'Chemical weapon',
  'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade',
  'Sexual violence', 'Attack', 'Abduction/forced disappearance', 'Peaceful protest', 'Protest with intervention',
  'Excessive force against protesters', 'Violent demonstration', 'Mob violence', 'Agreement', 'Arrests',
  'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction',
  'Non-violent transfer of territory', 'Other', 'Displacement',
] as const;

export const analysisSchema = z
  .looseObject({
    format: z.literal('civwatch.analysis/1'),
    report: z.looseObject({
      id: z.string(),
      title: z.string().nullable(),
      byline: z.string().nullable(),
      outlet: z.string().nullable(),
      url: z.string().nullable(),
      published: isoDate.nullable().describe('publication date; relative dates are resolved against it'),
      language: z.string().describe('ISO 639-3 code detected from the text, or "und"'),
      text: z.string(),
    }),
    sentences: z.array(z.looseObject({ index, start: offset, end: offset })),
    claims: z.array(z.looseObject({
      sentence: index,
      source: z.looseObject({
        ...textRange,
        name: z.string(),
        kind: z.union([actorKind, z.literal('unknown')]),
        anonymous: z.boolean(),
        resolvedFrom: z.string().nullable().describe('the pronoun, when the speaker was resolved from one'),
        unstated: z.boolean().optional().describe('the report names no source ("reportedly", "are believed to"); the range is empty, at the cue'),
      }),
      cue: z.looseObject(textRange),
      content: z.looseObject(textRange),
      stance: z.enum(['statement', 'allegation', 'acknowledgment', 'denial']),
    })),
    unattributed: z.array(z.looseObject({ sentence: index, ...textRange, reason: z.string() })),
    dates: z.array(z.looseObject({
      ...textRange,
      from: isoDate.nullable(),
      to: isoDate.nullable(),
      precision: z.enum(['day', 'week', 'month', 'year']),
      stated: z.boolean(),
      anchor: z.string().nullable(),
      unresolved: z.string().optional(),
    })),
    places: z.array(z.looseObject({
      ...textRange,
      name: z.string(),
      country: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2'),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      precision: z.enum(['country', 'region', 'city', 'district', 'point']),
      source: z.string(),
      admin1: z.string().nullable().optional(),
    })),
    actors: z.array(z.looseObject({ ...textRange, name: z.string(), kind: actorKind, key: z.string().nullable() })),
    casualties: z.array(z.looseObject({
      ...textRange,
      sentence: index,
      kind: z.enum(['killed', 'injured', 'displaced', 'detained', 'missing']),
      group: z.enum(['civilians', 'combatants', 'unknown']),
      min: rangeSchema.shape.min,
      max: rangeSchema.shape.max,
      conservative: rangeSchema.shape.conservative,
      stated: z.boolean(),
      hedged: z.boolean(),
    })),
    mentions: z.array(z.looseObject({
      ...textRange,
      of: z.enum(['actor', 'place']),
      kind: z.union([actorKind, z.literal('site'), z.literal('region')]),
      via: z.enum(['pronoun', 'nominal', 'members', 'site', 'region', 'inner']),
      head: z.string(),
      antecedent: z.string().nullable().describe('canonical name of the actor or place the mention refers back to'),
    })).optional().describe('actors and places mentioned without a name: pronouns, common nouns, sites'),
    weapons: z.array(z.looseObject({
      ...textRange,
      name: z.string(),
      category: z.enum(['air', 'artillery', 'explosive', 'small-arms', 'chemical', 'general']),
    })).optional().describe('weapons and munitions named in the text'),
    events: z.array(z.looseObject({
      type: z.enum(eventTypes),
      sentences: z.array(index),
      date: z.looseObject({ from: isoDate, to: isoDate }).nullable(),
      place: index.nullable().describe('index into places'),
      perpetrator: z.string().nullable(),
      target: z.string().nullable(),
      casualties: z.array(index).describe('indices into casualties'),
      claims: z.array(index).describe('indices into claims'),
      civilians: harm,
      combatants: harm,
      total: harm,
    })),
    warnings: z.array(z.string()),
  })
  .describe('civwatch.analysis/1: one news report turned into source-attributed facts');

/** What validates is a usable {@link Analysis}: checked by the compiler, here, once. */
type Validated = z.infer<typeof analysisSchema>;
const _validatedIsAnalysis = (v: Validated): Analysis => v;
void _validatedIsAnalysis;

/**
 * The JSON Schema (draft 2020-12) of `civwatch.analysis/1`, as `civwatch analyze --schema` prints it.
 *
 * @example
 * const schema = analysisJsonSchema(); // schema.properties.claims …
 */
export function analysisJsonSchema(): Record<string, unknown> {
  return {
    title: 'civwatch.analysis/1',
    ...z.toJSONSchema(analysisSchema, { target: 'draft-2020-12' }),
  };
}
