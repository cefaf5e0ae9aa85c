import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAttribution } from '../testing/claims.js';

// Cue families opened for PolNeAR recall: belief verbs with an infinitive, adverbs before a
// particle, participles after a quotation closed with typed apostrophes, surveys as sources.
// All sentences below were written for these tests.

test('"hope" before an infinitive is a cue with the "to" phrase as content', () => {
  const r = runAttribution('The mayor of Tartu hopes to reopen the ferry line before winter.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].source.text, 'The mayor of Tartu');
  assert.equal(r.claims[0].cue.text, 'hopes');
  assert.equal(r.claims[0].content.text, 'to reopen the ferry line before winter');
});

test('an adverb between a verb and its particle: "spoke warmly of", "campaigned hard against"', () => {
  const r = runAttribution('The bishop of Tartu spoke warmly of the new ferry line.');
  assert.equal(r.claims[0]?.cue.text, 'spoke warmly of', r.trace());
  assert.equal(r.claims[0]?.source.text, 'The bishop of Tartu');
  assert.equal(r.claims[0]?.content.text, 'the new ferry line');
});

test('a participle after a quotation closed with typed apostrophes shares the speaker', () => {
  const r = runAttribution("Mr. Ortiz said the plan was ''overblown,'' adding that the port would stay open.");
  const adding = r.claims.find((c) => c.cue.text === 'adding');
  assert.equal(adding?.source.text, 'Mr. Ortiz', r.trace());
  assert.equal(adding?.content.text, 'that the port would stay open');
});

test('"In a … poll," opening a sentence makes the poll the source of the main clause', () => {
  const r = runAttribution('In a Tartu Daily poll released on Monday, the mayor led her rival by ten points.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].cue.text, 'In');
  assert.equal(r.claims[0].source.text, 'a Tartu Daily poll released on Monday');
  assert.equal(r.claims[0].content.text, 'the mayor led her rival by ten points');
  // not a statement: "In a statement, …" has its own cue
  assert.equal(runAttribution('In a letter to the council, the mayor asked for more buses.').claims.filter((c) => c.cue.text === 'In').length, 0);
});

test('an object-frame cue takes a question-word clause or an adverb and a gerund', () => {
  const r = runAttribution('The mayor of Tartu touted how far the ferry line had come in a year.');
  assert.equal(r.claims[0]?.cue.text, 'touted', r.trace());
  assert.equal(r.claims[0]?.content.text, 'how far the ferry line had come in a year');
  const g = runAttribution('The farmers support quickly closing the old dam.');
  assert.equal(g.claims[0]?.cue.text, 'support', g.trace());
  assert.equal(g.claims[0]?.content.text, 'quickly closing the old dam');
});

test('a "that" verb closing the sentence after its content: "…, the survey found."', () => {
  const r = runAttribution('Most voters in Tartu want the new ferry line, the council survey found.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].cue.text, 'found');
  assert.equal(r.claims[0].source.text, 'the council survey');
  assert.equal(r.claims[0].content.text, 'Most voters in Tartu want the new ferry line');
  // "found" with an object is no cue
  assert.equal(runAttribution('Rescuers found three bodies.').claims.length, 0);
});

test('"according to" before words the tagger read as verbs ("exit polling data", "sources")', () => {
  const r = runAttribution('Turnout in Tartu rose sharply, according to exit polling data.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].source.text, 'exit polling data');
  assert.equal(r.claims[0].content.text, 'Turnout in Tartu rose sharply');
});

test('an infinitive cue after a verb chain shares its subject: "has to remind", "began to praise"', () => {
  const r = runAttribution('The mayor of Tartu has to remind voters that the ferry line was her idea.');
  assert.equal(r.claims[0]?.source.text, 'The mayor of Tartu', r.trace());
  assert.equal(r.claims[0]?.cue.text, 'has to remind');
  const b = runAttribution('The bishop of Tartu began to praise the new ferry line.');
  assert.equal(b.claims[0]?.source.text, 'The bishop of Tartu', b.trace());
  assert.equal(b.claims[0]?.cue.text, 'began to praise');
  // not after a noun: "an effort to praise" is no claim of the subject's
  assert.equal(runAttribution('The effort to praise the ferry line failed.').claims.length, 0);
});

test('a quantifier standing as the subject: "Some chanted …", "But many believe …", "Roe and Ali both stressed …"', () => {
  const a = runAttribution('The crowd filled the square in Tartu. Some chanted that the ferry must stay.');
  assert.equal(a.claims[0]?.cue.text, 'chanted', a.trace());
  assert.equal(a.claims[0]?.source.text, 'Some');
  const b = runAttribution('The ferry line is popular in Tartu. But many believe the council will close it.');
  assert.equal(b.claims[0]?.cue.text, 'believe', b.trace());
  assert.equal(b.claims[0]?.source.text, 'many');
  const c = runAttribution('Ruiz and Ortiz both stressed that the ferry was safe.');
  assert.equal(c.claims[0]?.cue.text, 'stressed', c.trace());
  // a participle before a noun is a modifier
  assert.equal(runAttribution('Some reported cases were never checked.').claims.length, 0);
});

test('a headline "Name to Hearer: …" has the name as its speaker', () => {
  const r = runAttribution('Ortiz to Ferry Workers: The Line Will Stay Open\n\nThe mayor spoke on Monday.');
  const c = r.claims.find((x) => x.cue.text === ':');
  assert.equal(c?.source.text, 'Ortiz', r.trace());
  assert.equal(c?.content.text, 'The Line Will Stay Open');
});

test('a participle shares a subject that has an apposition: "Ann Roe, the former mayor, drew a contrast, saying …"', () => {
  const r = runAttribution('Ann Roe, the former mayor of Tartu, drew a contrast, saying that the ferry was safe.');
  const c = r.claims.find((x) => x.cue.text === 'saying');
  assert.equal(c?.source.text, 'Ann Roe, the former mayor of Tartu', r.trace());
  assert.equal(c?.content.text, 'that the ferry was safe');
});

test('a phrasal cue tagged as a noun after a name: "Ortiz shot back"', () => {
  const r = runAttribution('Ortiz shot back that the ferry had never been late.');
  assert.equal(r.claims[0]?.cue.text, 'shot back', r.trace());
  assert.equal(r.claims[0]?.source.text, 'Ortiz');
});

test('an object-frame cue takes a quotation as its object', () => {
  const r = runAttribution('The ferry workers of Tartu cited “broken pumps and leaking hulls” in their letter.');
  assert.equal(r.claims[0]?.cue.text, 'cited', r.trace());
  assert.equal(r.claims[0]?.source.text, 'The ferry workers of Tartu');
  assert.equal(r.claims[0]?.content.text, '“broken pumps and leaking hulls”');
});

test('"prefer" before an infinitive is a cue with the "to" phrase as content', () => {
  const r = runAttribution('The farmers prefer to sell their catch at the old pier in Tartu.');
  assert.equal(r.claims[0]?.cue.text, 'prefer', r.trace());
  assert.equal(r.claims[0]?.content.text, 'to sell their catch at the old pier in Tartu');
});

test('a subject pronoun coordinated with a noun phrase is part of the source: "she and another reporter said"', () => {
  const r = runAttribution('The ferry to Tartu will stay open, she and another reporter said.');
  assert.equal(r.claims[0]?.source.text, 'she and another reporter', r.trace());
  assert.equal(r.claims[0]?.content.text, 'The ferry to Tartu will stay open');
  const b = runAttribution('He and Mr. Allen said the ferry would stay.');
  assert.equal(b.claims[0]?.source.text, 'He and Mr. Allen', b.trace());
});
