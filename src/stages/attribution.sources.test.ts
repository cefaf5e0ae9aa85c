import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAttribution, claimAt } from '../testing/claims.js';

// All sentences below were written for these tests.

test('an opening subordinate clause, then a main clause, then ", she said": the whole sentence is the content', () => {
  const r = runAttribution('Though the rent on the old mill has doubled, more bakers are moving into the valley, she said.');
  const c = claimAt(r.claims, 'said', r.trace);
  assert.equal(c.source.text, 'she');
  assert.equal(c.content.text, 'Though the rent on the old mill has doubled, more bakers are moving into the valley');
});

test('an opening subordinate clause that runs up to the source is no content: "While serving …, Roe voted to …"', () => {
  const r = runAttribution('While serving on the council, Roe voted to close the ferry.');
  assert.ok(!r.claims.some((c) => c.content.text.startsWith('While')), r.trace());
});

test('appositions opened by an -ing modifier or "including" stay in the source before the verb', () => {
  const r = runAttribution('Ann Ilves, acting director of the harbour authority, said the pier would reopen. Several fishing unions, including the largest one in the port, have demanded new moorings.');
  assert.equal(claimAt(r.claims, 'said', r.trace).source.text, 'Ann Ilves, acting director of the harbour authority');
  assert.equal(claimAt(r.claims, 'have demanded', r.trace).source.text, 'Several fishing unions, including the largest one in the port');
});

test('"One of the authors of the study, Name, said": the source runs from the number over "of"', () => {
  const r = runAttribution('One of the authors of the harbour study, Piet Kalm, said the tides were rising faster.');
  const c = claimAt(r.claims, 'said', r.trace);
  assert.equal(c.source.text, 'One of the authors of the harbour study, Piet Kalm');
  assert.equal(c.content.text, 'the tides were rising faster');
});

test('"According to a poll conducted by X, …": the participle phrase is part of the source', () => {
  const r = runAttribution('According to a telephone poll conducted by a university in Tartu, most residents want the tram back.');
  const c = claimAt(r.claims, 'According to', r.trace);
  assert.equal(c.source.text, 'a telephone poll conducted by a university in Tartu');
  assert.equal(c.content.text, 'most residents want the tram back');
});

test('object-frame cues take an object pronoun, a quantity with "of", or a gerund clause', () => {
  const r = runAttribution('Both of the river councils strongly endorsed her. The ferry company proposed closing the northern pier for the winter. The mayor did not mention any of the bakers by name.');
  const her = claimAt(r.claims, 'endorsed', r.trace);
  assert.equal(her.content.text, 'her');
  assert.equal(her.source.text, 'Both of the river councils');
  assert.equal(claimAt(r.claims, 'proposed', r.trace).content.text, 'closing the northern pier for the winter');
  assert.equal(claimAt(r.claims, 'did not mention', r.trace).content.text, 'any of the bakers by name');
});

test('a pronoun that stands for what was said is a content: "said so", "denied it"', () => {
  const r = runAttribution('The pier will reopen in May. The harbour master said so. A rumour spread that the bakery had closed, but its owner denied it.');
  assert.equal(claimAt(r.claims, 'said', r.trace).content.text, 'so');
  assert.equal(claimAt(r.claims, 'denied', r.trace).content.text, 'it');
});

test('an adverb between commas after the subject: "Others, however, say …", "Roe, meanwhile, was …, saying …"', () => {
  const r = runAttribution('Others, however, say the pier is safe. The ferry union, meanwhile, was holding talks with the port, saying that the strike would end soon.');
  const others = claimAt(r.claims, 'say', r.trace);
  assert.equal(others.source.text, 'Others');
  assert.equal(others.content.text, 'the pier is safe');
  assert.equal(claimAt(r.claims, 'saying', r.trace).source.text, 'The ferry union');
});

test('a participle after the main clause shares its subject past a possessive apostrophe or "A few days later,"', () => {
  const r = runAttribution('Moss seemed unmoved by the bakers’ complaints, telling reporters that the rent would rise. But a few days later, the council reversed itself, telling the union that the rent would stay.');
  const moss = r.claims.filter((c) => c.cue.text === 'telling').map((c) => c.source.text);
  assert.deepEqual(moss, ['Moss', 'the council'], r.trace());
});

test('a dateline before the sentence subject: "TARTU (Wire) - The mayor met …, and said …"', () => {
  const r = runAttribution('TARTU, Estonia (Wire) - The mayor met the bakers of the old market on Monday and said the rent would stay.');
  const c = claimAt(r.claims, 'said', r.trace);
  assert.equal(c.source.text, 'The mayor');
  assert.equal(c.content.text, 'the rent would stay');
});

test('a quotation that ends the previous sentence is the content when only an adjunct follows the cue', () => {
  const r = runAttribution('“Where will the boats go?” Moss said as she left the pier.');
  const c = claimAt(r.claims, 'said', r.trace);
  assert.equal(c.source.text, 'Moss');
  assert.equal(c.content.text, '“Where will the boats go?”');
});

test('a complement clause ends before ", where …" and ", compared with …"', () => {
  const r = runAttribution('The mayor said the pier would reopen in May, where the ferries dock. Moss said turnout rose to 60 percent, compared with 48 percent in the last vote.');
  const mayor = r.claims.find((c) => c.source.text === 'The mayor');
  assert.equal(mayor?.content.text, 'the pier would reopen in May', r.trace());
  const moss = r.claims.find((c) => c.source.text === 'Moss');
  assert.equal(moss?.content.text, 'turnout rose to 60 percent', r.trace());
});

test('a quotation does not run on into the next sentence when that sentence has its own cue', () => {
  const r = runAttribution('“The boats are late again,” Moss said. “If the pier closes, we move,” she said. “Nobody told us.”');
  const [first, second] = r.claims;
  assert.equal(first.content.text, '“The boats are late again,”', r.trace());
  assert.equal(second.content.text, '“If the pier closes, we move,” she said. “Nobody told us.”', r.trace());
});

test('a label before a bare number after a colon is a table row, not a claim', () => {
  const r = runAttribution('Votes counted so far in the harbour ward.\nAnn Moss: 1,204.\nPiet Kalm: 988.');
  assert.equal(r.claims.length, 0, r.trace());
});

test('a verb after "and" shares the subject past the first verb\'s complement clause', () => {
  // the first verb ("ensured") is no cue, so no earlier claim lends its source
  const r = runAttribution('The harbour master ensured that the ferries would resume soon and praised the crews of the tugboats.');
  const c = claimAt(r.claims, 'praised', r.trace);
  assert.equal(c.source.text, 'The harbour master');
  // a second verb of another inflection belongs to the clause, not to the subject
  const s = runAttribution('The harbour master ensured that the crews praise the tugboats.');
  assert.equal(s.claims.filter((x) => x.source.text === 'The harbour master').length, 0, s.trace());
});

test('a past participle is read as a source\'s modifier only before a preposition within reach', () => {
  const r = runAttribution('The minister predicted that the harvest would soon recover and praised the farmers of the valley.');
  const c = claimAt(r.claims, 'praised', r.trace);
  assert.equal(c.source.text, 'The minister');
});

test('an inverted source with a relative clause or an adverbial clause after it, no comma', () => {
  const r = runAttribution('“The ferry will run again by June,” said a harbour official who oversees the docks.');
  assert.equal(claimAt(r.claims, 'said', r.trace).source.text, 'a harbour official who oversees the docks');
  const s = runAttribution('“We have no diesel left,” said Mara Okon when asked about the generators.');
  const c = claimAt(s.claims, 'said', s.trace);
  assert.equal(c.source.text, 'Mara Okon');
  assert.equal(c.content.text, '“We have no diesel left,”');
});

test('a relative "who" with an auxiliary and a short phrase before the cue, or with "those" before it', () => {
  const r = runAttribution('Ann Roe, who has in the past described the ferry line as a relic, declined to comment.');
  const c = claimAt(r.claims, 'described', r.trace);
  assert.equal(c.source.text, 'who');
  assert.equal(c.source.name, 'Ann Roe');
  // the relative clause between commas ends before the main clause's verb
  assert.equal(c.content.text, 'the ferry line as a relic');
  const s = runAttribution('Among those who said the tolls were too high, most drove the long way round.');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'who');
});

test('an -ing cue after a quotation closed behind a comma: the quotation ends there and the cue shares the subject', () => {
  const r = runAttribution('The mayor said the ferries “should be running by June,” referring to the new timetable.');
  const said = claimAt(r.claims, 'said', r.trace);
  assert.ok(!said.content.text.includes('timetable'), said.content.text);
  const c = claimAt(r.claims, 'referring to', r.trace);
  assert.equal(c.source.text, 'The mayor');
  assert.equal(c.content.text, 'the new timetable');
});
