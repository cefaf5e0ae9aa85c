import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';
import { distanceKm } from '../geo/distance.js';
import type { Span } from '../report/types.js';
import { segment } from './segment.js';
import { places } from './places.js';

function run(text: string): { spans: Span<'place'>[]; trace: string } {
  const lines: string[] = [];
  const report = buildPipeline([segment, places], { trace: (l) => lines.push(l) }).run(createReport(text));
  return { spans: spansOf(report, 'place'), trace: lines.join('\n') };
}

function place(spans: Span<'place'>[], text: string, trace: string): Span<'place'> {
  const s = spans.find((p) => p.text === text);
  assert.ok(s, `no place "${text}" in:\n${trace}`);
  return s;
}

const near = (s: Span<'place'>, lat: number, lon: number, km: number) =>
  assert.ok(distanceKm(s.value, { lat, lon }) <= km, `${s.text} at ${s.value.lat},${s.value.lon}, expected within ${km} km of ${lat},${lon}`);

test('countries, alternate spellings and Arabic-article names resolve', () => {
  const { spans, trace } = run('Families fled from Arbil to Raqqa last year, and later to Deir al-Balah in the Gaza Strip.');
  assert.equal(place(spans, 'Arbil', trace).value.name, 'Erbil');
  assert.equal(place(spans, 'Raqqa', trace).value.country, 'SY');
  const deir = place(spans, 'Deir al-Balah', trace);
  assert.equal(deir.value.country, 'PS');
  near(deir, 31.42, 34.35, 5);
  assert.equal(place(spans, 'Gaza Strip', trace).value.precision, 'region');
});

test('a country name has precision country and its ISO code', () => {
  const { spans, trace } = run('Aid convoys crossed into Myanmar from Thailand while Burma\'s junta blocked roads.');
  assert.equal(place(spans, 'Myanmar', trace).value.precision, 'country');
  assert.equal(place(spans, 'Thailand', trace).value.country, 'TH');
  assert.equal(place(spans, 'Burma', trace).value.country, 'MM');
});

test('al-Jadida in a Mosul story is the Mosul neighbourhood, not El Jadida in Morocco', () => {
  const { spans, trace } = run('Iraqi troops pushed into al-Jadida in west Mosul, where residents said a house collapsed.');
  const j = place(spans, 'al-Jadida', trace);
  assert.equal(j.value.country, 'IQ');
  near(j, 36.35, 43.10, 5);
});

test('without an Iraq context, El Jadida is the Moroccan city', () => {
  const { spans, trace } = run('Tourists visited El Jadida on the Atlantic coast of Morocco.');
  assert.equal(place(spans, 'El Jadida', trace).value.country, 'MA');
});

test('an ACLED-style admin chain gives the township town in the named state, and the state', () => {
  const { spans, trace } = run('On 3 May 2021, in Monywa town (Monywa township, Monywa district, Sagaing region), a bomb exploded near a police station.');
  const towns = spans.filter((s) => s.text === 'Monywa');
  for (const k of towns) { assert.equal(k.value.country, 'MM', trace); assert.equal(k.value.admin1, 'Sagaing', trace); }
  assert.deepEqual(towns.map((k) => k.value.feature), ['town', 'township', 'district'], trace);
  assert.deepEqual(towns.map((k) => k.value.precision), ['city', 'city', 'region'], trace);
  near(towns[0], 22.11, 95.13, 10);
  const region = place(spans, 'Sagaing', trace);
  assert.equal(region.value.precision, 'region');
  assert.equal(region.value.feature, 'admin1');
});

test('NOT a homonym abroad: a town the gazetteer lacks in the named region is dropped, not placed in France', () => {
  const { spans, trace } = run('In Pangnoi village (Pangnoi township, Sagaing region), troops burned homes.');
  assert.ok(spans.every((s) => s.value.country === 'MM'), trace);
});

test('a region named with its suffix is the region; the bare capital name is the city', () => {
  const { spans, trace } = run('Shelling hit villages across Nineveh Governorate, while Baghdad stayed calm.');
  assert.equal(place(spans, 'Nineveh', trace).value.precision, 'region');
  const b = place(spans, 'Baghdad', trace);
  assert.equal(b.value.precision, 'city');
  near(b, 33.341, 44.401, 25);
});

test('a relation before the name is kept as a note on the named place', () => {
  const { spans, trace } = run('The strike hit a farm south of Mosul, Iraqi officials said.');
  const m = place(spans, 'Mosul', trace);
  assert.equal(m.value.relation, 'south of');
});

test('curated Gaza camps and neighbourhoods resolve with district precision', () => {
  const { spans, trace } = run('Strikes hit Jabalia refugee camp and the Shujaiya neighbourhood of Gaza City overnight.');
  const camp = place(spans, 'Jabalia', trace);
  assert.equal(camp.value.precision, 'district');
  assert.equal(camp.value.source, 'curated:ps-jabalia-camp');
  assert.equal(place(spans, 'Shujaiya', trace).value.country, 'PS');
});

test('NOT places: people with titles, speakers, the armed group, months, weekdays, common words', () => {
  const { spans, trace } = run(
    'Gen. Townsend said on Monday that the Islamic State used human shields. Reports from Police and Human Rights Watch in March differ. Votel said IS was losing. Amnesty International published a Video.',
  );
  for (const not of ['Townsend', 'Monday', 'Islamic State', 'Islamic', 'Reports', 'Police', 'Human', 'March', 'Votel', 'IS', 'Amnesty', 'Video', 'Watch']) {
    assert.ok(!spans.some((s) => s.text === not), `"${not}" must not be a place:\n${trace}`);
  }
});

test('NOT places: an organisation named after a country gives the country, never a word of the name', () => {
  const { spans, trace } = run('The U.N. Assistance Mission to Iraq said the Islamic State of Iraq and Syria shelled the camp.');
  assert.deepEqual(spans.map((s) => s.text), ['Iraq'], trace);
});

test('NOT a place: a person\'s name in a longer run of capitals, even when a town shares a part of it', () => {
  const { spans, trace } = run('Paramedic Antonio Hadley Leroy was injured while driving an ambulance.');
  assert.equal(spans.length, 0, trace);
});

test('possessive forms keep the place and leave the suffix out of the span', () => {
  const { spans, trace } = run("Iraq's government condemned the attack.");
  const iraq = place(spans, 'Iraq', trace);
  assert.equal(iraq.end - iraq.start, 4);
});

test('no places in text without names', () => {
  assert.equal(run('three people were killed when a shell hit a house.').spans.length, 0);
  assert.equal(run('').spans.length, 0);
});

test('NOT places: family names and given names that GeoNames lists as towns elsewhere', () => {
  const { spans, trace } = run('In Gaza City, seven members of the Salem family were killed; paramedic Hatem Hassan said Abu was missing.');
  assert.deepEqual(spans.map((s) => s.text), ['Gaza City'], trace);
});

test('a report about Gaza keeps a homonym abroad out unless the text supports it strongly', () => {
  const { spans, trace } = run('An airstrike hit a house in the Al-Nasr neighbourhood of Gaza City, near Paradise tower.');
  assert.ok(spans.every((s) => s.value.country === 'PS'), trace);
});

test('a Myanmar township GeoNames lacks comes from the township table, in its state', () => {
  const { spans, trace } = run('On 9 June 2021, in a village (Namtu Township, Kyaukme District, Shan State), shells hit homes.');
  const namtu = place(spans, 'Namtu', trace);
  assert.equal(namtu.value.country, 'MM');
  assert.equal(namtu.value.admin1, 'Shan');
  assert.equal(namtu.value.feature, 'township');
  near(namtu, 23.08, 97.40, 10);
});

test('NOT the event place: the ends of a route are marked as such', () => {
  const { spans, trace } = run('A bridge on the Mandalay-Myitkyina railway was damaged near Indaw township, Sagaing Region.');
  const mandalay = place(spans, 'Mandalay', trace);
  assert.equal(mandalay.value.relation, 'route');
  assert.equal(place(spans, 'Indaw', trace).value.relation, 'near');
  const region = place(spans, 'Sagaing', trace);
  assert.match(region.value.source, /^admin-regions:MM\.10:/, trace);
});

test('NOT a place: a strict township name that is also a common name needs a feature word or a preposition', () => {
  const { spans, trace } = run('Ann told the Myanmar Now reporter that she fled.');
  assert.ok(!spans.some((s) => s.text === 'Ann'), trace);
  const r2 = run('Troops shelled villages in Ann township, Rakhine State.');
  assert.equal(place(r2.spans, 'Ann', r2.trace).value.country, 'MM');
});

test('regions of Afghanistan, Somalia, Libya and Sudan resolve with their suffix; the bare seat is the city', () => {
  const { spans, trace } = run('Fighting spread from Helmand Province into North Darfur State, while Kabul and Lower Shabelle region stayed tense.');
  assert.equal(place(spans, 'Helmand', trace).value.precision, 'region');
  assert.equal(place(spans, 'North Darfur', trace).value.country, 'SD');
  assert.equal(place(spans, 'Kabul', trace).value.precision, 'city');
  assert.equal(place(spans, 'Lower Shabelle', trace).value.country, 'SO');
});

test('NOT places: demonyms and office words that GeoNames has as US towns', () => {
  const { spans, trace } = run('The Secretary met Canadian and English officials in Ottawa.');
  assert.deepEqual(spans.map((s) => s.text), ['Ottawa'], trace);
});

test('a large city abroad is kept in a report focused elsewhere; distance relations are noted', () => {
  const { spans, trace } = run('Speaking in Washington, the general said the shell landed 2 km from Tal Afar, on the outskirts of Sinjar in Iraq.');
  assert.equal(place(spans, 'Washington', trace).value.country, 'US');
  assert.equal(place(spans, 'Tal Afar', trace).value.relation, 'km from');
  assert.equal(place(spans, 'Sinjar', trace).value.relation, 'outskirts of');
});

test('a part of a city named around it ("the Old City of Mosul", "Mosul\'s Old City") is the neighbourhood, not the city', () => {
  for (const [text, name] of [
    ['Eight civilians were killed in the explosion at a market in the Old City of Mosul on Sunday.', 'Old City of Mosul'],
    ["A blast tore through a vegetable market on the edge of Mosul's Old City on Sunday.", "Mosul's Old City"],
  ]) {
    const { spans, trace } = run(text);
    const p = place(spans, name, trace);
    assert.equal(p.value.name, 'Old City (Mosul)');
    assert.equal(p.value.precision, 'district');
    assert.ok(!spans.some((s) => s.text === 'Mosul'), 'the city inside the phrase is not a place of its own');
  }
});

test('NOT joined: "the Old City of Jerusalem" (no such table entry) leaves Jerusalem alone; "the Governor of Nineveh" is no place part', () => {
  const j = run('Police closed the gates of the Old City of Jerusalem on Friday.');
  assert.equal(place(j.spans, 'Jerusalem', j.trace).value.name, 'Jerusalem');
  const n = run('The Governor of Nineveh visited Mosul on Monday.');
  assert.ok(!n.spans.some((s) => s.text.includes('Governor')), n.trace);
});
