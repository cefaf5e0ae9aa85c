/**
 * Team-written report texts and incidents for the store contract suite (no real news text).
 */
import type { StoredReport } from '../corpus/types.js';
import type { PlaceRef } from '../corpus/types.js';
import { eventFixture, harm, incidentFixture, place, range, reportFixture } from './fixtures.js';

export const MOSUL: PlaceRef = place('Mosul', 'IQ', 36.34, 43.13);
export const RAQQA: PlaceRef = place('Raqqa', 'SY', 35.95, 39.01);
export const HPAKANT: PlaceRef = place('Hpakant', 'MM', 25.61, 96.31);
/** Inside a 30 km box around Mosul but about 39 km from it: a bounding box alone would keep it. */
export const BOX_CORNER: PlaceRef = place('Box corner', 'IQ', 36.59, 43.43, 'point');

export const TEXTS = {
  mosul: 'An air strike hit a house in the Jadida district of Mosul on Friday. Residents said 12 civilians were killed when the roof collapsed. A coalition spokesman said the strike targeted a sniper position.',
  mosulCopy: 'An air strike hit a house in the Jadida district of Mosul on Friday. Residents said 12 civilians were killed when the roof collapsed.',
  raqqa: 'Shelling struck a market in Raqqa on Monday morning. Police said 5 people died and 14 were wounded. Stalls selling bread and vegetables were destroyed.',
  hpakant: 'Military aircraft bombed a jade mining camp near Hpakant late on Sunday. A witness said 9 people were killed and dozens fled into the hills.',
  council: 'The city council met on Tuesday to discuss repairs to the water network. Officials said work would begin next month.',
};

/** The reports the contract tests store, keyed by short name. */
export function contractReports(): Record<string, StoredReport> {
  return {
    mosul: reportFixture({ id: 'r-mosul', text: TEXTS.mosul, title: 'Strike on house in Mosul', url: 'https://example.org/mosul-strike', outlet: 'Example Wire', published: '2017-03-18' }),
    mosulCopy: reportFixture({ id: 'r-mosul-copy', text: TEXTS.mosulCopy, title: 'Roof collapses after strike', outlet: 'Example Daily', published: '2017-03-19', copyOf: 'r-mosul', copyGroup: 'r-mosul' }),
    raqqa: reportFixture({ id: 'r-raqqa', text: TEXTS.raqqa, title: 'Market shelled', url: 'https://example.org/raqqa', published: '2017-06-06' }),
    hpakant: reportFixture({ id: 'r-hpakant', text: TEXTS.hpakant, title: 'Jade camp bombed', published: '2021-10-11' }),
    council: reportFixture({ id: 'r-council', text: TEXTS.council, title: 'Council meets', published: null }),
  };
}

/** Incidents spread over dates, places, types, grades and perpetrators, for the listing filters. */
export function contractIncidents() {
  return {
    mosul1: incidentFixture({
      id: 'i-mosul-1', date: '2017-03-17', place: MOSUL, perpetrator: 'US-led coalition', grade: 'fair',
      civilians: harm(range(12, 15)), events: ['r-mosul#0', 'r-mosul-copy#0'],
    }),
    mosul2: incidentFixture({
      id: 'i-mosul-2', date: '2017-03-17', place: place('Mosul Old City', 'IQ', 36.33, 43.1, 'district'),
      type: 'Shelling/artillery/missile attack', perpetrator: 'Islamic State', grade: 'weak',
    }),
    span: incidentFixture({ id: 'i-span', date: { from: '2017-02-25', to: '2017-03-05' }, place: MOSUL, grade: 'discounted' }),
    corner: incidentFixture({ id: 'i-corner', date: '2017-04-02', place: BOX_CORNER, type: 'Armed clash', grade: 'weak' }),
    raqqa: incidentFixture({
      id: 'i-raqqa', date: '2017-06-05', place: RAQQA, perpetrator: 'US-led coalition', grade: 'confirmed',
      type: 'Shelling/artillery/missile attack', civilians: harm(range(5), range(14)), events: ['r-raqqa#0'],
    }),
    hpakant: incidentFixture({
      id: 'i-hpakant', date: '2021-10-10', place: HPAKANT, perpetrator: 'Military Forces of Myanmar', grade: 'contested',
      events: ['r-hpakant#0'],
    }),
    undated: incidentFixture({ id: 'i-undated', date: null, place: null, type: 'Other', grade: 'weak' }),
  };
}

/** Events of the contract reports, one each, linked from the incidents above. */
export function contractEvents() {
  return [
    eventFixture({ report: 'r-mosul', date: '2017-03-17', place: MOSUL, perpetrator: 'US-led coalition', civilians: harm(range(12)) }),
    eventFixture({ report: 'r-mosul-copy', copyGroup: 'r-mosul', date: '2017-03-17', place: MOSUL, civilians: harm(range(12)) }),
    eventFixture({ report: 'r-raqqa', date: '2017-06-05', place: RAQQA, type: 'Shelling/artillery/missile attack', civilians: harm(range(5), range(14)) }),
    eventFixture({ report: 'r-hpakant', date: '2021-10-10', place: HPAKANT, civilians: harm(range(9)) }),
  ];
}
