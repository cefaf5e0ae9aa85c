import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actors } from '../actors.js';
import { places } from '../places.js';
import { segment } from '../segment.js';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';

// Sentences written by the team for these tests.
function people(text: string): string[] {
  const report = buildPipeline([segment, places, actors]).run(createReport(text));
  return spansOf(report, 'actor').filter((s) => s.value.kind === 'person').map((s) => `${s.text}=${s.value.name}`);
}

test('a bare name next to a reporting verb is a person, and teaches its other mentions', () => {
  assert.deepEqual(people('Karim said the hall had been full. Later that night Karim played alone.'),
    ['Karim=Karim', 'Karim=Karim']);
  assert.deepEqual(people('"We will open again next week," says Manal.'), ['Manal=Manal']);
});

test('a reporting verb does not make a person of a plural, an acronym, a place or a "the" phrase', () => {
  assert.deepEqual(people('Witnesses said the shelling lasted an hour.'), []);
  assert.deepEqual(people('HRW said the strike was unlawful.'), []);
  assert.deepEqual(people('The Resolution demanded full access for aid convoys.'), []);
  assert.deepEqual(people('A bomb in Kirkuk claimed by the group killed two men.'), []);
});

test('an office after "the" is a person, named after the holder the report introduced', () => {
  assert.deepEqual(people('Foreign Secretary Helen Marsh arrived on Monday. The Foreign Secretary said the talks were useful.'),
    ['Foreign Secretary Helen Marsh=Helen Marsh', 'Foreign Secretary=Helen Marsh']);
  assert.deepEqual(people('Defense Secretary Paul Rowe met the envoy, and the secretary praised the troops.'),
    ['Defense Secretary Paul Rowe=Paul Rowe', 'envoy=envoy', 'secretary=Paul Rowe']);
  // Untied: the title stays the name.
  assert.deepEqual(people('The Iraqi Prime Minister visited the camp.'), ['Iraqi Prime Minister=Prime Minister']);
});

test('a lower-case military word after "the" is not a person; a titled name stays one person', () => {
  assert.deepEqual(people('The general public was told to stay indoors.'), []);
  assert.deepEqual(people('The major roads were closed.'), []);
  assert.deepEqual(people('The President Omar Haddad visited the site.'), ['President Omar Haddad=Omar Haddad']);
});

test('a kunya opens an Arabic name; a place named with Abu is not a person', () => {
  assert.deepEqual(people('Residents said Abu Omar al-Masri ran the checkpoint.'), ['Abu Omar al-Masri=Abu Omar al-Masri']);
  assert.deepEqual(people('Detainees were moved to Abu Ghraib prison.'), []);
});

test('enlisted and naval ranks are titles', () => {
  assert.deepEqual(people('Commodore Dana Reyes said Petty Officer Alan Moss was wounded.'),
    ['Commodore Dana Reyes=Dana Reyes', 'Petty Officer Alan Moss=Alan Moss']);
});

test('a kunya name followed by ", <country>" is an address, not a person (even without the places stage)', () => {
  const report = buildPipeline([segment, actors]).run(createReport('A patrol guards Abu Hanna, Syria, at night.'));
  assert.deepEqual(spansOf(report, 'actor').filter((s) => s.value.kind === 'person').map((s) => s.text), []);
});
