import type { Stage } from './stage.js';
import { segment } from '../stages/segment.js';
import { dates } from '../stages/dates.js';
import { places } from '../stages/places.js';
import { actors } from '../stages/actors.js';
import { mentions } from '../stages/mentions.js';
import { weapons } from '../stages/weapons.js';
import { casualties } from '../stages/casualties.js';
import { attribution } from '../stages/attribution.js';
import { events } from '../stages/events.js';

/**
 * The single ordered list of stages. Order matters where a stage reads another's spans:
 * - segment first: every stage works sentence by sentence on its tokens;
 * - actors before casualties (a group's kind decides civilians vs combatants) and before
 *   attribution (a speaker is named by its canonical actor);
 * - mentions after actors and places: pronouns and common nouns that are not names of either;
 * - events last: it links dates, places, actors, casualties and claims sentence by sentence.
 */
export function defaultStages(): Stage[] {
  return [segment, dates, places, actors, mentions, weapons, casualties, attribution, events];
}
