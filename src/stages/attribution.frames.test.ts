import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAttribution } from '../testing/claims.js';

// Cue frames (lexicon/reporting-verbs.ts `frame`, `sourceHeads`) and first-person sources.
// All sentences below were written for these tests.

test('infinitive frame: "X refused to …" has the "to" phrase as content; without "to" no claim', () => {
  const r = runAttribution('The governor refused to open the spillway of the dam.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].source.text, 'The governor');
  assert.equal(r.claims[0].cue.text, 'refused');
  assert.equal(r.claims[0].content.text, 'to open the spillway of the dam');
  assert.equal(runAttribution('The clerk refused the parcel.').claims.length, 0);
});

test('infinitive frame stops at a semicolon or a comma before a new clause', () => {
  const r = runAttribution('The council pledged to rebuild the school, but the money never came.');
  assert.equal(r.claims[0]?.content.text, 'to rebuild the school', r.trace());
});

test('object frame: "X endorsed Y …" has the noun phrase as content, not the adjuncts after it', () => {
  const r = runAttribution('The farmers union endorsed the independent candidate last week.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].cue.text, 'endorsed');
  assert.equal(r.claims[0].content.text, 'the independent candidate');
});

test('object frame with a particle: "spoke about" is one cue', () => {
  const r = runAttribution('The doctor spoke about the shortage of insulin in the camps.');
  assert.equal(r.claims[0]?.cue.text, 'spoke about', r.trace());
  assert.equal(r.claims[0]?.content.text, 'the shortage of insulin in the camps');
  assert.equal(runAttribution('The doctor spoke to the nurses.').claims.length, 0, '"spoke" alone is no cue');
});

test('object frame needs a noun phrase after the cue: "supported by" and "backed away" are no claims', () => {
  assert.equal(runAttribution('The plan was supported by the council.').claims.length, 0);
  assert.equal(runAttribution('The mayor backed away from the plan.').claims.length, 0);
});

test('source heads: "the survey shows …" is a claim, "the boy showed his wound" is not', () => {
  const r = runAttribution('The new survey shows most families have fled twice.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].content.text, 'most families have fled twice');
  assert.equal(runAttribution('The boy showed the nurse his wound.').claims.length, 0);
});

test('"I" after a quotation is a source; "I" inside a quotation is not', () => {
  const r = runAttribution('“We waited four days for water,” I said.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].source.text, 'I');
  const inside = runAttribution('“I said the road was closed,” the driver told us.');
  assert.ok(!inside.claims.some((c) => c.source.text === 'I'), inside.trace());
});

test('speaker labels: a transcript turn runs to the next label; a dash cuts a heading off the label', () => {
  const r = runAttribution('The debate went on late.\n\nMODERATOR: Where were you on the night of the fire? Were you at home?\nMAYOR: I was at the station.');
  const mod = r.claims.find((c) => c.source.text === 'MODERATOR');
  assert.equal(mod?.content.text, 'Where were you on the night of the fire? Were you at home?', r.trace());
  assert.equal(r.claims.find((c) => c.source.text === 'MAYOR')?.content.text, 'I was at the station');
  const q = runAttribution('Figures for the flood.\n\nWELLS RUN DRY - Jane Roe: “The wells are empty. The pumps are broken.” The rain came later.');
  assert.equal(q.claims[0]?.source.text, 'Jane Roe', q.trace());
  assert.equal(q.claims[0]?.content.text, '“The wells are empty. The pumps are broken.”');
});

test('a colon after a lower-case phrase or a time is no speaker label', () => {
  assert.equal(runAttribution('The plan had one flaw: nobody could pay for it.').claims.length, 0);
  assert.equal(runAttribution('Here is the problem: the wells are dry.').claims.length, 0);
});

test('content boundaries: a hearer and a time before "that" are skipped; a clause after ", but" is not content', () => {
  const a = runAttribution('The farmer told the local paper on Saturday that the wells had run dry.');
  assert.equal(a.claims[0]?.content.text, 'that the wells had run dry', a.trace());
  const b = runAttribution('The ministry said the bridge was repaired, but the road stayed closed.');
  assert.equal(b.claims[0]?.content.text, 'the bridge was repaired', b.trace());
  const c = runAttribution('The nurse expressed concern that the clinic would close.');
  assert.equal(c.claims[0]?.content.text, 'that the clinic would close', c.trace());
});

test('an adjunct before "X said, “…”" is not content: only the quotation is', () => {
  const r = runAttribution('Asked about the convoy, the governor said, “It will leave at dawn.”');
  assert.equal(r.claims.find((c) => !c.source.unstated)?.content.text, '“It will leave at dawn.”', r.trace());
});

test('sources: a relative pronoun is the source span, named by the phrase it stands for', () => {
  const r = runAttribution('Residents blamed the colonel who said the dam was safe.');
  const c = r.claims.find((x) => x.cue.text === 'said');
  assert.equal(c?.source.text, 'who', r.trace());
  assert.equal(c?.source.name, 'colonel');
});

test('sources: participles inside and after the subject belong to it', () => {
  const a = runAttribution('About 52 percent of registered voters say the economy matters most.');
  assert.equal(a.claims[0]?.source.text, '52 percent of registered voters', a.trace());
  const b = runAttribution('Exit polls taken in three provinces found that turnout had doubled.');
  assert.equal(b.claims[0]?.source.text, 'Exit polls taken in three provinces', b.trace());
  const c = runAttribution('A new CNN/ORC poll shows the mayor far ahead.');
  assert.equal(c.claims[0]?.source.text, 'A new CNN/ORC poll', c.trace());
});

test('sources: a bare apostrophe after a name ending in s is a possessive', () => {
  const r = runAttribution('The Jones’ lawyers say the fence was legal.');
  assert.equal(r.claims[0]?.source.text, 'The Jones’ lawyers', r.trace());
});

test('"asked X how/if …": the hearer is skipped and the question is the content', () => {
  const r = runAttribution('A reporter asked the mayor how the pumps would be repaired.');
  assert.equal(r.claims[0]?.content.text, 'how the pumps would be repaired', r.trace());
  const q = runAttribution('The nurse asked the soldiers if the road was open.');
  assert.equal(q.claims[0]?.content.text, 'if the road was open', q.trace());
});

test('a quotation signed on the next line: “…” ― Name', () => {
  const r = runAttribution('Voices from the market:\n\n“The wells are dry. Nobody comes to help.” ― Maria Lopez\n\nThe road is closed. ― We left.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].source.text, 'Maria Lopez');
  assert.equal(r.claims[0].cue.text, '―');
  assert.equal(r.claims[0].content.text, '“The wells are dry. Nobody comes to help.”');
});

test('signed quotations on one line each: the signature may share a line with the next quotation', () => {
  const r = runAttribution('“The school is gone.” ― Sara Haddad\n“We have no water. The pumps are broken.”― Omar Aziz \n“Help us.” ― Lina Saleh');
  const by = (name: string) => r.claims.find((c) => c.source.text === name)?.content.text;
  assert.equal(by('Sara Haddad'), '“The school is gone.”', r.trace());
  assert.equal(by('Omar Aziz'), '“We have no water. The pumps are broken.”');
  assert.equal(by('Lina Saleh'), '“Help us.”');
});

test('source heads: an evidence noun before participle phrases is the subject ("polls released on Sunday showed")', () => {
  const r = runAttribution('New polls released on Sunday showed the mayor taking a lead.');
  assert.equal(r.claims[0]?.source.text, 'New polls released on Sunday', r.trace());
  assert.equal(runAttribution('The boy in the red shirt showed his wound to the nurse.').claims.length, 0);
});
