import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actors } from './actors.js';
import { segment } from './segment.js';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';
import type { Span } from '../report/types.js';

// All sentences below were written by the team for these tests.

function run(text: string): Span<'actor'>[] {
  const lines: string[] = [];
  const report = buildPipeline([segment, actors], { trace: (l) => lines.push(l) }).run(createReport(text));
  const spans = spansOf(report, 'actor');
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, `offsets of ${s.text}\n${lines.join('\n')}`);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end, `overlap: ${spans[i - 1].text} / ${spans[i].text}`);
  return spans;
}

const find = (spans: Span<'actor'>[], text: string) => spans.find((s) => s.text === text);
const names = (spans: Span<'actor'>[]) => spans.map((s) => `${s.text}=${s.value.name}`);

test('aliases of Islamic State all give the canonical name and key', () => {
  const spans = run('Daesh fighters held the bridge while ISIL snipers fired and IS-held villages emptied. '
    + 'The Islamic State of Iraq and the Levant denied it.');
  assert.deepEqual(names(spans), ['Daesh=Islamic State', 'ISIL=Islamic State', 'IS=Islamic State', 'Islamic State of Iraq and the Levant=Islamic State']);
  assert.ok(spans.every((s) => s.value.key === 'islamic state' && s.value.kind === 'armed-group'));
});

test('the longest alias wins, whatever its spacing ("USA -led coalition forces" is one span)', () => {
  const spans = run('Witnesses said USA -led coalition forces bombed the depot, and the US-led global coalition confirmed a strike.');
  assert.deepEqual(names(spans), ['USA -led coalition forces=US-led coalition', 'US-led global coalition=US-led coalition']);
});

test('"is", "us" and "who" as words are NOT actors; capitals are', () => {
  assert.deepEqual(run('It is clear that the shelling is heavy, one resident told us, who fled.'), []);
  assert.equal(find(run('The WHO said IS militants attacked the clinic.'), 'WHO')?.value.key, 'who');
});

test('a headline in capitals does not turn "IS" or "US" into actors', () => {
  const spans = run('ISLAMIC STATE IS ON THE RUN AS US PLANES CIRCLE');
  assert.deepEqual(names(spans), ['ISLAMIC STATE=Islamic State']);
});

test('"US$" is money, not the United States', () => {
  assert.deepEqual(run('The damage was put at US$ 4 million.'), []);
});

test('the Pentagon, the US military and "the US" speak for the coalition side', () => {
  const spans = run('The Pentagon said the US has acknowledged the strike, and the U.S. military released a video.');
  assert.deepEqual(spans.map((s) => [s.text, s.value.side]), [['Pentagon', 'coalition'], ['US', 'coalition'], ['U.S. military', 'coalition']]);
  assert.equal(find(spans, 'Pentagon')?.value.affiliation, 'US-led coalition');
});

test('member nouns stay outside the span but are flagged', () => {
  const spans = run('IS fighters blocked the road; IS propaganda said otherwise.');
  assert.equal(spans[0].text, 'IS');
  assert.equal(spans[0].value.members, true);
  assert.equal(spans[1].value.members, undefined);
});

test('titled people: the span holds the title, the name is the longest form the report uses', () => {
  const spans = run('Lt. Gen. Stephen Harlow said the review was under way. Harlow added that two brigades had moved. '
    + 'Gen. Harlow later left.');
  const people = spans.filter((s) => s.value.kind === 'person');
  assert.deepEqual(people.map((s) => s.text), ['Lt. Gen. Stephen Harlow', 'Harlow', 'Gen. Harlow']);
  assert.ok(people.every((s) => s.value.name === 'Stephen Harlow'));
  assert.equal(people[0].value.title, 'Lt. Gen.');
  assert.equal(people[1].value.via, 'surname');
});

test('a known spokesman gets the lexicon key and the side he speaks for', () => {
  const spans = run('Col. Joe Scrocca told reporters the claim was being assessed.');
  assert.equal(spans.length, 1);
  assert.equal(spans[0].text, 'Col. Joe Scrocca');
  assert.equal(spans[0].value.key, 'joseph-scrocca');
  assert.equal(spans[0].value.side, 'coalition');
});

test('a title after an actor name takes the actor as affiliation', () => {
  const spans = run('Pentagon spokesman Mark Delaney said the aircraft returned safely.');
  const p = spans.find((s) => s.value.kind === 'person');
  assert.equal(p?.text, 'spokesman Mark Delaney');
  assert.equal(p?.value.affiliation, 'US military');
  assert.equal(p?.value.side, 'coalition');
});

test('plain full names need a given name first; places and organisations are NOT people', () => {
  const spans = run('Leila Haddad, a nurse, said the ward was full. Mosul University said classes would stop. '
    + 'Supplies reached Martin Street on Monday.');
  assert.deepEqual(spans.filter((s) => s.value.kind === 'person').map((s) => s.text), ['Leila Haddad']);
});

test('a titled word before an organisation word is NOT a person ("General Assembly")', () => {
  const spans = run('The General Assembly voted on Friday.');
  assert.equal(spans.filter((s) => s.value.kind === 'person').length, 0);
});

test('unknown proper-noun groups by their head noun, key null', () => {
  const spans = run('The Sultan Murad Brigade shelled the road, and the Army of Free Men withdrew. The brigade said nothing.');
  assert.deepEqual(spans.map((s) => [s.text, s.value.kind, s.value.key]), [
    ['Sultan Murad Brigade', 'armed-group', null],
    ['Army of Free Men', 'armed-group', null],
  ]);
});

test('a known group beats an unknown-group reading of the same words', () => {
  const spans = run('The Syrian Democratic Forces said the Free Syrian Army had left.');
  assert.deepEqual(spans.map((s) => s.value.key), ['sdf', 'fsa']);
});

test('"coalition" is the US-led one by default and the Saudi-led one in a Yemen report', () => {
  assert.equal(run('Coalition aircraft struck the bridge.')[0].value.key, 'coalition');
  const yemen = run('The Saudi-led coalition denied the claim. Houthi officials said coalition jets hit a market.');
  assert.deepEqual(yemen.map((s) => s.value.key), ['saudi-coalition', 'houthis', 'saudi-coalition']);
});

test('generic words take the country of the report: "police" and "the military" in Myanmar', () => {
  const mm = run('The Tatmadaw shelled the village. Police arrested two men and the military said it had acted lawfully.');
  assert.deepEqual(mm.map((s) => s.value.key), ['mm-military', 'mm-police', 'mm-military']);
  assert.equal(mm[1].value.acled, 'Police Forces of Myanmar (2021-)');
  const nowhere = run('Police arrested two men and the military said it had acted lawfully.');
  assert.deepEqual(nowhere.map((s) => s.value.key), ['police']);
});

test('a generic word used as a modifier is NOT an actor ("army base", "police station")', () => {
  assert.deepEqual(run('The Tatmadaw moved the shells from the army base to a police station.').map((s) => s.text), ['Tatmadaw']);
});

test('"AA" is the Arakan Army only when the report is about Myanmar', () => {
  assert.deepEqual(run('The AA meeting was held in the church hall.'), []);
  const mm = run('The Arakan Army said AA fighters had taken the hill from the junta.');
  assert.deepEqual(mm.map((s) => s.value.key), ['mm-aa', 'mm-aa', 'mm-military']);
});

test('a Myanmar battalion number joins the span', () => {
  const spans = run('Troops from LIB 345 of the Myanmar military burned the houses.');
  assert.deepEqual(spans.map((s) => s.text), ['Troops', 'LIB 345', 'Myanmar military']);
  assert.ok(spans.every((s) => s.value.key === 'mm-military'));
  assert.equal(spans[1].value.acled, 'Military Forces of Myanmar (2021-)');
});

test('"troops" after a named group are that group\'s, NOT the army\'s', () => {
  const spans = run('The Tatmadaw said KIA troops attacked the outpost.');
  assert.deepEqual(spans.map((s) => [s.text, s.value.key, s.value.members]), [['Tatmadaw', 'mm-military', undefined], ['KIA', 'mm-kia', true]]);
});

test('UN bodies, NGOs and media', () => {
  const spans = run('The U.N. Assistance Mission to Iraq, Amnesty International and Reuters reported the deaths; the Security Council met.');
  assert.deepEqual(spans.map((s) => [s.value.key, s.value.kind]), [
    ['unami', 'international'], ['amnesty', 'ngo'], ['reuters', 'media'], ['un-security-council', 'international'],
  ]);
  assert.equal(spans[0].value.affiliation, 'United Nations');
});

test('a leading "the" is not in the span but its offset is kept', () => {
  const text = 'Residents blamed the coalition.';
  const s = run(text).find((x) => x.value.key === 'coalition');
  assert.equal(s?.text, 'coalition');
  assert.equal(s?.value.determinerStart, text.indexOf('the coalition'));
});

test('a named unit of a known group is that group ("KIA\'s 27th Battalion", "Kawlin People\'s Defense Force")', () => {
  const spans = run("KIA's 27th Battalion clashed with the Tatmadaw, and the Kawlin People's Defense Force joined.");
  assert.deepEqual(spans.map((s) => [s.text, s.value.key]), [
    ["KIA's 27th Battalion", 'mm-kia'], ['Tatmadaw', 'mm-military'], ["Kawlin People's Defense Force", 'mm-pdf'],
  ]);
});

test('a capitalised run followed by a place or building word is NOT a person ("Daw Hla Monastery")', () => {
  const spans = run('Soldiers shelled Daw Hla Monastery, and Daw Khin Aye said the Tatmadaw did it.');
  assert.deepEqual(spans.filter((s) => s.value.kind === 'person').map((s) => s.text), ['Daw Khin Aye']);
});

test('a title word is NOT a name ("Chief Minister" alone is no person)', () => {
  assert.equal(run('The Chief Minister visited the camp.').filter((s) => s.value.kind === 'person').length, 0);
});

test('"regime forces" need a context: Syria, Myanmar, or nothing', () => {
  assert.equal(run('Syrian Arab Army units and regime forces advanced.')[1].value.key, 'sy-government-forces');
  assert.equal(run('The Tatmadaw said regime forces advanced.')[1].value.key, 'mm-military');
  assert.deepEqual(run('Regime forces advanced.'), []);
});

test('relatives who share a surname stay apart; a bare shared surname is NOT given one of them', () => {
  const spans = run('The strike killed Omar Fadel Nasri, his wife Rawan Hadi Nasri and their son. Later Nasri relatives buried them.');
  assert.deepEqual(spans.map((s) => [s.text, s.value.name]), [
    ['Omar Fadel Nasri', 'Omar Fadel Nasri'], ['Rawan Hadi Nasri', 'Rawan Hadi Nasri'], ['Nasri', 'Nasri'],
  ]);
});

test('a name does NOT run across a line break (a place line above a byline)', () => {
  const spans = run('Talks resumed in Geneva\nBoris Lanning, a diplomat, said little.');
  assert.deepEqual(spans.filter((s) => s.value.kind === 'person').map((s) => s.text), ['Boris Lanning']);
});

test('an apposition names whom a person speaks for; a comma list of places does NOT', () => {
  const spans = run('Col. Ryan Harlan, a coalition spokesman, said the strike hit a depot. '
    + 'Ali Saleh, the spokesman for the Iraqi Joint Operations Command, agreed. Omar Fadel, Mosul, Iraq.');
  const people = spans.filter((s) => s.value.kind === 'person');
  assert.deepEqual(people.map((s) => [s.text, s.value.affiliation, s.value.side]), [
    ['Col. Ryan Harlan', 'US-led coalition', 'coalition'],
    ['Ali Saleh', 'Iraqi government', 'iq-government'],
    ['Omar Fadel', null, null],
  ]);
});

test('a political coalition is NOT the US-led coalition', () => {
  assert.deepEqual(run('The ruling coalition in Baghdad lost two seats, and the governing coalition split.'), []);
});

test('a titled name records where the name proper begins; an untitled one does not', () => {
  const spans = run('Lt. Gen. Stephen Townsend said the review was over. Omar Haddad agreed.');
  const gen = find(spans, 'Lt. Gen. Stephen Townsend');
  assert.equal(gen && 'Lt. Gen. Stephen Townsend Omar'.slice(gen.value.nameStart! - gen.start, gen.end - gen.start), 'Stephen Townsend');
  assert.equal(find(spans, 'Omar Haddad')?.value.nameStart, undefined);
});
