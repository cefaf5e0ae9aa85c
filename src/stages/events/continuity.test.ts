import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';

/** Events of a made-up report: sentences, civilians killed (min–max) and perpetrator. */
const events = (text: string) => analyze(text, { published: '2023-10-16' }).events
  .map((e) => ({ sentences: e.sentences, killed: `${e.civilians.killed.min}–${e.civilians.killed.max}`, perpetrator: e.perpetrator }));

test('a sentence continues the strike told before, past a scene sentence in which no one was harmed', () => {
  const text = 'A strike on a house in Maghazi camp killed five people on Sunday, medics said. '
    + 'The house belonged to a baker who had taken in his cousins after they fled Gaza City on Friday. '
    + '"We thought we were safe here," said the baker. '
    + 'His sister and her children were killed, along with an elderly neighbour.';
  const strikes = events(text).filter((e) => e.sentences.includes(0));
  assert.equal(strikes.length, 1);
  assert.ok(strikes[0].sentences.includes(3), JSON.stringify(events(text)));
});

test('NOT past a scene sentence in which people were harmed: that is another event', () => {
  const text = 'A strike on a house in Maghazi camp killed five people on Sunday, medics said. '
    + 'Two days earlier a drone strike on a car near Rafah killed two men. '
    + 'Three more people were killed.';
  const first = events(text).find((e) => e.sentences.includes(0))!;
  assert.ok(!first.sentences.includes(2), JSON.stringify(events(text)));
});

test('"he blamed X" names the perpetrator over an actor nearer an event word', () => {
  const text = 'Mortar rounds hit the road near Badush on Tuesday, killing three civilians, a local official said. '
    + 'He blamed Islamic State fighters positioned on a ridge. '
    + 'Police units nearby returned fire.';
  assert.equal(events(text)[0].perpetrator, 'Islamic State');
});

test('without a blame word, the actor nearest the event word stays the perpetrator', () => {
  const text = 'Islamic State mortar rounds hit the road near Badush on Tuesday, killing three civilians.';
  assert.equal(events(text)[0].perpetrator, 'Islamic State');
});

test('a date that dates a source\'s report does not tell its figure from the strike before', () => {
  const text = 'On Monday, October 9, an airstrike on a house in Deir al-Balah killed up to 9 members of one family. '
    + 'Neighbours described the house as a quiet place where three brothers lived with their children. '
    + 'A local radio station said that the street was closed for hours. '
    + 'Early reports said six members of the family were killed. '
    + 'On October 11, a rescue agency reported that three more bodies were recovered from the rubble of the house, raising the number of victims to nine.';
  const all = events(text);
  const strike = all.find((e) => e.sentences.includes(0))!;
  assert.ok(strike.sentences.includes(4), JSON.stringify(all));
});

test('NOT a report date: a date on the strike itself still tells two strikes apart', () => {
  const text = 'On Monday, October 9, an airstrike on a house in Deir al-Balah killed up to 9 members of one family. '
    + 'Neighbours described the house as a quiet place where three brothers lived with their children. '
    + 'A local radio station said that the street was closed for hours. '
    + 'Early reports said six members of the family were killed. '
    + 'On October 11, an airstrike on the house next door killed nine people.';
  const all = events(text);
  const strike = all.find((e) => e.sentences.includes(0))!;
  assert.ok(!strike.sentences.includes(4), JSON.stringify(all));
});

test('a displacement word beside the dead tells their story, not a new event', () => {
  const text = 'An air strike hit a school in Deir al-Balah on Monday, killing at least nine people. '
    + 'A radio station put the number killed at 12 and said most of them had been displaced from their homes in the north.';
  const all = analyze(text, { published: '2023-10-16' }).events;
  assert.equal(all.length, 1, JSON.stringify(all.map((e) => [e.type, e.sentences])));
  assert.equal(all[0].type, 'Air/drone strike');
  assert.equal(all[0].civilians.killed.max, 12);
  // Displaced people alone still make a displacement.
  assert.equal(analyze('Some 2,000 families were displaced from the camp last week.', { published: '2023-10-16' }).events[0]?.type, 'Displacement');
});

test('a figure after a sentence about an earlier strike goes with the strike whose dead it can count', () => {
  const text = 'At least six civilians were killed when an air strike hit a house in Khan Yunis on 18 October 2023. '
    + 'A cousin, Rami Saleh Odeh, was killed on 12 October 2023 in an earlier strike on his car. '
    + 'His family mourned him. '
    + 'The house had three floors. '
    + 'Several outlets reported eight civilians dead and 20 injured.';
  const all = events(text);
  const first = all.find((e) => e.sentences.includes(0))!;
  assert.ok(first.sentences.includes(4), JSON.stringify(all));
  assert.equal(first.killed, '6–8');
  assert.ok(!first.sentences.includes(1), JSON.stringify(all));
});

/** Civilians killed of the report's first event. */
const firstKilled = (text: string) => events(text)[0]?.killed;

test('a claim no other source bears out raises only the top of the range', () => {
  // More people, told by one source only: the top goes up by them.
  assert.equal(firstKilled('At least seven villagers were killed in the air strike on Monday. '
    + 'A local radio said a teacher had also been killed, but this has not been corroborated.'), '7–8');
  // "Other deaths" told as a possibility: at least one more, in the top.
  assert.equal(firstKilled('At least one man was killed in the shelling of the market. '
    + 'One agency reported potential other deaths.'), '1–2');
  // "making it possible that a fourth child was killed": one more, in the top.
  assert.equal(firstKilled('Five members of the Odeh family were killed in the strike. '
    + 'A relative named their four children, making it possible that a fourth child was killed.'), '5–6');
});

test('NOT raised: the same figure told without doubt, or a doubted figure with nothing firm beside it', () => {
  // Without the doubt, one person told later is taken to be among those counted.
  assert.equal(firstKilled('At least seven villagers were killed in the air strike on Monday. '
    + 'A local radio said a teacher had also been killed.'), '7–7');
  assert.equal(firstKilled('An air strike hit a house on Monday. '
    + 'One post said that three people were killed, but this has not been corroborated.'), '3–3');
});

test('"other deaths", "also killed" refer back to the event told before, however far', () => {
  const text = 'At least one civilian was killed when an air strike hit a house in Beit Lahia on Sunday. '
    + 'Friends posted tributes to him. '
    + 'His cousins described him as kind. '
    + 'A neighbour recalled his work at the bakery. '
    + 'A news site referred to other deaths, though this has not been corroborated.';
  const all = events(text);
  assert.equal(all.length, 1, JSON.stringify(all));
  assert.equal(all[0].killed, '1–2');
});
