import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCues } from './cues.js';
import { sentencesOf } from './tokens.js';
import { segment } from '../segment.js';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport } from '../../report/report.js';
import { REPORTING_VERBS } from '../../lexicon/reporting-verbs.js';

// Sentences written by the team.
const cuesOf = (text: string) => {
  const sent = sentencesOf(buildPipeline([segment]).run(createReport(text)))[0];
  return findCues(sent.toks).map((c) => text.slice(sent.toks[c.first].start, sent.toks[c.last].end));
};

test('cues include auxiliaries and particles', () => {
  assert.deepEqual(cuesOf('The envoy has called for a ceasefire.'), ['has called for']);
  assert.deepEqual(cuesOf('Officials would not say whether the bridge was hit.'), ['would not say']);
});

test('base forms need a plural or auxiliary subject', () => {
  assert.deepEqual(cuesOf('Residents say the water is unsafe.'), ['say']);
  assert.deepEqual(cuesOf('They claim the shells came from the hills.'), ['claim']);
  assert.deepEqual(cuesOf('The claim was never checked.'), []);
  assert.deepEqual(cuesOf('Nobody had a say in the decision.'), []);
});

test('not cues: modifiers, passives, "thought to", names, "found" without "that"', () => {
  assert.deepEqual(cuesOf('The reported attack left the bridge impassable.'), []);
  assert.deepEqual(cuesOf('Two strikes were reported by the monitor.'), []);
  assert.deepEqual(cuesOf('The blast, thought to have killed scores of people, shook the city.'), []);
  // ("found" with no "that" is a candidate whose subject must be a survey or a document: the
  // claim stage drops it for "Rescuers", see attribution.cues3.test.ts)
  assert.deepEqual(findCues(sentencesOf(buildPipeline([segment]).run(createReport('Rescuers found three bodies under the rubble.')))[0].toks).map((c) => c.verb.sourceHeads ? 'needs an evidence subject' : c.verb.lemma), ['needs an evidence subject']);
  assert.deepEqual(cuesOf('Rescuers found that the shelter had collapsed.'), ['found']);
  assert.deepEqual(cuesOf('In 30 states the vote was close.'), []);
});

test('the reporting-verb table is well formed: forms are lower-case and unique within a row', () => {
  for (const row of REPORTING_VERBS) {
    assert.ok(row.forms.length > 0, row.lemma);
    for (const f of row.forms) assert.equal(f, f.toLowerCase(), `${row.lemma}: ${f}`);
    assert.equal(new Set(row.forms).size, row.forms.length, row.lemma);
  }
});

test('"mention" and "propose" take a noun-phrase object as well as a that-clause', () => {
  assert.deepEqual(cuesOf('The governor did not mention the closed crossings in her speech.'), ['did not mention']);
  assert.deepEqual(cuesOf('The envoy proposed a corridor for the wounded.'), ['proposed']);
  assert.deepEqual(cuesOf('The mayor kept mentioning the flooded tunnels.'), ['mentioning']);
});

test('an object-frame cue takes an object pronoun or a gerund', () => {
  assert.deepEqual(cuesOf('The council members discussed it with the engineers.'), ['discussed']);
  assert.deepEqual(cuesOf('The council proposed closing the market on Fridays.'), ['proposed']);
  assert.deepEqual(cuesOf('The ministers discussed in the evening.'), []);
});

test('WordNet communication verbs are cues with a content object, not with a hearer', () => {
  assert.deepEqual(cuesOf('The spokesman downplayed the damage to the port.'), ['downplayed']);
  assert.deepEqual(cuesOf('Editorials heralded the ceasefire as a turning point.'), ['heralded']);
  assert.deepEqual(cuesOf('Reporters interviewed the survivors at the clinic.'), []);
  assert.deepEqual(cuesOf('The downplayed damage shocked the engineers.'), []);
});

test('"said to" is a cue before a hearer, not before an infinitive ("is said to have fled")', () => {
  assert.deepEqual(cuesOf('The mayor said to reporters that the bridge was safe.'), ['said']);
  assert.deepEqual(cuesOf('The commander is said to have fled.'), []);
});

test('a word the tagger reads as a noun right after a name or subject pronoun is the verb', () => {
  assert.deepEqual(cuesOf('Mr. Ortiz forecast that the market would rebound.'), ['forecast']);
  // after a determiner the name is a modifier and the word a noun
  assert.deepEqual(cuesOf('The Ortiz forecast was wrong.'), []);
});
