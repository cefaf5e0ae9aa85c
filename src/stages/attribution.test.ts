import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment.js';
import { actors } from './actors.js';
import { attribution } from './attribution.js';
import { createReport, spansOf } from '../report/report.js';
import { buildPipeline } from '../pipeline/runner.js';
import type { ClaimValue } from '../report/types.js';

// All sentences below were written by the team for these tests.

function run(text: string) {
  const lines: string[] = [];
  const report = buildPipeline([segment, actors, attribution], { trace: (l) => lines.push(l) }).run(createReport(text));
  const claims = spansOf(report, 'claim').map((s) => s.value);
  const unattributed = spansOf(report, 'unattributed');
  return { report, claims, unattributed, trace: () => lines.join('\n') };
}

/** The one claim whose source text contains `source`. */
function claimBy(claims: ClaimValue[], source: string, trace: () => string): ClaimValue {
  const found = claims.filter((c) => c.source.text.toLowerCase().includes(source.toLowerCase()));
  assert.equal(found.length, 1, `expected one claim by "${source}", got ${found.length}\n${trace()}`);
  return found[0];
}

test('"X said that …": source before the verb, content the complement clause with its "that" (PARC convention)', () => {
  const r = run('The health ministry said that two nurses were wounded in the shelling.');
  const c = claimBy(r.claims, 'The health ministry', r.trace);
  assert.equal(c.cue.text, 'said');
  assert.equal(c.content.text, 'that two nurses were wounded in the shelling');
  assert.equal(c.stance, 'statement');
  assert.equal(c.source.anonymous, false);
});

test('offsets of source, cue and content index the report text', () => {
  const text = 'Officials in Raqqa told reporters on Monday that the bridge had collapsed.';
  const r = run(text);
  const c = claimBy(r.claims, 'Officials in Raqqa', r.trace);
  for (const part of [c.source, c.cue, c.content]) assert.equal(text.slice(part.start, part.end), part.text);
  assert.equal(c.cue.text, 'told');
  assert.equal(c.content.text, 'that the bridge had collapsed', 'the audience "reporters" and "on Monday" are not content');
});

test('content before the source: "…, a farmer said." and quotes', () => {
  const r = run('"The road to the mill is mined," a farmer said. The clinic ran out of insulin last week, the doctor said on Tuesday.');
  const farmer = claimBy(r.claims, 'a farmer', r.trace);
  assert.match(farmer.content.text, /^"?The road to the mill is mined/);
  const doctor = claimBy(r.claims, 'the doctor', r.trace);
  assert.equal(doctor.content.text, 'The clinic ran out of insulin last week');
});

test('"said X" inversion with an anonymous official and his relative clause', () => {
  const r = run('The raid destroyed a fuel depot, said a senior army officer, who spoke on condition of anonymity.');
  const c = claimBy(r.claims, 'senior army officer', r.trace);
  assert.equal(c.source.anonymous, true);
  assert.equal(c.source.text, 'a senior army officer, who spoke on condition of anonymity', 'the relative clause after the name is part of the source (PolNeAR)');
  assert.equal(c.source.name, 'senior army officer');
  assert.equal(c.content.text, 'The raid destroyed a fuel depot');
});

test('"said X, an apposition": the source runs on over appositions that end the sentence, not over "adding …"', () => {
  const r = run('The dam will hold through the winter, said Dean Roe, co-director of a water research centre in Leeds. The pumps failed twice in May, said Jane Moss, then mayor of the town, adding that nobody was hurt.');
  const roe = claimBy(r.claims, 'Dean Roe', r.trace);
  assert.equal(roe.source.text, 'Dean Roe, co-director of a water research centre in Leeds');
  assert.equal(roe.source.name, 'Dean Roe');
  assert.equal(roe.content.text, 'The dam will hold through the winter');
  const moss = r.claims.filter((c) => c.source.text.startsWith('Jane Moss'));
  assert.deepEqual(moss.map((c) => c.source.text), ['Jane Moss, then mayor of the town', 'Jane Moss, then mayor of the town'], r.trace());
  assert.deepEqual(moss.map((c) => c.cue.text), ['said', 'adding']);
});

test('"according to X, an apposition" at the end of a sentence; an opening "According to X," keeps X alone', () => {
  const r = run('Turnout fell by a third, according to Ann Lee, an analyst at a polling firm. According to the survey, the mayor leads by four points.');
  assert.equal(claimBy(r.claims, 'Ann Lee', r.trace).source.text, 'Ann Lee, an analyst at a polling firm');
  const survey = claimBy(r.claims, 'the survey', r.trace);
  assert.equal(survey.source.text, 'the survey');
  assert.equal(survey.content.text, 'the mayor leads by four points');
});

test('"according to X" at the end and at the start of a sentence', () => {
  const r = run('Nine people died in the fire, according to the civil defence. According to the governor, the market will reopen on Sunday.');
  const a = claimBy(r.claims, 'the civil defence', r.trace);
  assert.equal(a.cue.text, 'according to');
  assert.equal(a.content.text, 'Nine people died in the fire');
  const b = claimBy(r.claims, 'the governor', r.trace);
  assert.equal(b.content.text, 'the market will reopen on Sunday');
});

test('auxiliaries stay in the cue: "has said", "are slamming"', () => {
  const r = run('The Red Crescent has said its teams reached the village. Monitors already are slamming the navy for the blockade of the port.');
  assert.equal(claimBy(r.claims, 'Red Crescent', r.trace).cue.text, 'has said');
  const m = claimBy(r.claims, 'Monitors', r.trace);
  assert.match(m.cue.text, /slamming$/);
  assert.equal(m.stance, 'allegation');
});

test('a quoted statement after a colon, and a quotation over two sentences', () => {
  const r = run('The mayor said: "We have no water and no power."\n\n"We waited for hours. Nobody came to help," a woman from the camp said.');
  assert.match(claimBy(r.claims, 'The mayor', r.trace).content.text, /We have no water and no power/);
  const w = claimBy(r.claims, 'a woman from the camp', r.trace);
  assert.match(w.content.text, /We waited for hours\. Nobody came to help/);
  assert.equal(w.sentence, 2, 'the claim sits in the sentence with the cue');
});

test('colon headlines: "…: U.N. agency" and "Ministry: …"', () => {
  const a = run('Floods cut off three villages near the dam: U.N. agency\n\nThe water rose overnight.');
  const c = claimBy(a.claims, 'U.N. agency', a.trace);
  assert.equal(c.cue.text, ':');
  assert.equal(c.content.text, 'Floods cut off three villages near the dam');
  const b = run('Health ministry: twelve patients moved from the old hospital\n\nBuses left at dawn.');
  assert.match(claimBy(b.claims, 'Health ministry', b.trace).content.text, /^twelve patients moved/);
  const body = run('Storm floods the coast\n\nThe toll: twelve dead and thirty wounded.');
  assert.equal(body.claims.length, 0, 'a colon in a body sentence is not a headline attribution');
});

test('pronoun sources resolve to the nearest earlier compatible speaker', () => {
  const r = run('Col. Maria Vance said the convoy was turned back at the checkpoint. The ministry said the road was closed. She said the drivers were safe. It said the road would reopen on Friday.');
  const she = claimBy(r.claims, 'She', r.trace);
  assert.equal(she.source.resolvedFrom, 'She');
  assert.match(she.source.name, /Maria Vance/);
  assert.equal(she.source.kind, 'person');
  assert.equal(r.report.text.slice(she.source.start, she.source.end), 'She', 'the span stays the pronoun\'s');
  const it = claimBy(r.claims, 'It', r.trace);
  assert.match(it.source.name, /ministry/, '"it" skips the person and finds the organisation');
});

test('"he" with no earlier person stays unresolved', () => {
  const r = run('He said the shelling stopped at noon.');
  const c = claimBy(r.claims, 'He', r.trace);
  assert.equal(c.source.resolvedFrom, null);
});

test('anonymous sources: "witnesses", "sources", "a spokesman"; named ones are not', () => {
  const r = run('Witnesses said the jets came back after midnight. Sources told the agency that the talks had failed. A spokesman said the hospital was evacuated. Spokesman Omar Haddad said the school was empty.');
  assert.equal(claimBy(r.claims, 'Witnesses', r.trace).source.anonymous, true);
  assert.equal(claimBy(r.claims, 'Witnesses', r.trace).source.kind, 'civilians');
  assert.equal(claimBy(r.claims, 'Sources', r.trace).source.anonymous, true);
  assert.equal(claimBy(r.claims, 'A spokesman', r.trace).source.anonymous, true);
  assert.equal(claimBy(r.claims, 'Omar Haddad', r.trace).source.anonymous, false);
});

test('stance: denial, acknowledgment, allegation, statement', () => {
  const r = run([
    'The militia denied any involvement in the market bombing.',
    'The air force said its aircraft were not operating in the area that night.',
    'The task force acknowledged that one of its strikes killed four shepherds.',
    'The navy said a shell unintentionally killed two fishermen.',
    'Amnesty International said the army had failed to take precautions to protect civilians.',
    'The envoy acknowledged the difficulty of the talks.',
    'The governor said the schools would reopen.',
  ].join(' '));
  assert.equal(claimBy(r.claims, 'militia', r.trace).stance, 'denial');
  assert.equal(claimBy(r.claims, 'air force', r.trace).stance, 'denial');
  assert.equal(claimBy(r.claims, 'task force', r.trace).stance, 'acknowledgment');
  assert.equal(claimBy(r.claims, 'navy', r.trace).stance, 'acknowledgment');
  assert.equal(claimBy(r.claims, 'Amnesty', r.trace).stance, 'allegation');
  assert.equal(claimBy(r.claims, 'envoy', r.trace).stance, 'statement', 'acknowledging something that is not harm is no acknowledgment');
  assert.equal(claimBy(r.claims, 'governor', r.trace).stance, 'statement');
});

test('a sentence that starts with "said" is unattributed, not a claim', () => {
  const r = run('The strike hit a bakery. said since the siege began, the prices of flour have tripled.');
  assert.equal(r.unattributed.length, 1, r.trace());
  assert.match(r.unattributed[0].value.reason, /no speaker/);
  assert.match(r.unattributed[0].text, /^said since the siege began/);
  assert.equal(r.claims.length, 0, r.trace());
});

test('"a report said": a document can be a source', () => {
  const r = run('A report said the camp held eight thousand people.');
  assert.equal(claimBy(r.claims, 'A report', r.trace).source.anonymous, false);
});

test('"Said" as a first name is not a cue', () => {
  const r = run('Said Ahmed, a resident of the old city, said the bakery was hit twice.');
  assert.equal(r.claims.length, 1, r.trace());
  const c = r.claims[0];
  assert.match(c.source.text, /^Said Ahmed/);
  assert.equal(c.cue.start, r.report.text.indexOf(' said') + 1);
  assert.equal(c.content.text, 'the bakery was hit twice');
});

// ("It was reported that …" is a claim with no source in the text: attribution.unstated.test.ts)
test('NOT claims: modifiers, nouns, passives and empty contents', () => {
  for (const text of [
    'The so-called caliphate collapsed in 2017.',
    'The reported attack left the bridge impassable.',
    'An alleged strike killed two goats near the well.',
    'The explosion thought to have killed scores of people is under investigation.',
    'Rescuers found three bodies under the rubble.',
    'His claims about the convoy drew ridicule.',
    'He said nothing.',
  ]) {
    const r = run(text);
    assert.equal(r.claims.length, 0, `${text}\n${JSON.stringify(r.claims.map((c) => c.cue.text))}\n${r.trace()}`);
    assert.equal(r.unattributed.length, 0, text);
  }
});

test('a verb sharing the sentence subject: "X expressed …, condemned …"', () => {
  const r = run('The envoy expressed sympathy for the families, condemned the attack on the school and promised an inquiry.');
  const c = r.claims.find((x) => x.cue.text === 'condemned');
  assert.ok(c, r.trace());
  assert.equal(c.source.text, 'The envoy');
  assert.equal(c.stance, 'allegation');
});

test('a quotation continues after its cue into the next sentence of the paragraph', () => {
  const r = run('"The water ran out on Monday," a nurse said. "Since then we boil rainwater."\n\nThe camp holds 900 people.');
  const c = claimBy(r.claims, 'a nurse', r.trace);
  assert.match(c.content.text, /The water ran out on Monday[\s\S]*Since then we boil rainwater/);
  assert.doesNotMatch(c.content.text, /camp holds/, 'the next paragraph is not part of the quotation');
});

test('"I think" and "we believe" inside a quotation are not new sources', () => {
  const r = run('"I think the bridge will hold, and we know the road is open," the engineer said.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].source.text, 'the engineer');
});

test('a participle shares the speaker of the verb before it: "…," X said, adding that …', () => {
  const r = run('"Two trucks got through," Hassan Ali said, adding that a third was turned back at the checkpoint.');
  const adding = r.claims.find((c) => c.cue.text === 'adding');
  assert.ok(adding, r.trace());
  assert.equal(adding.source.text, 'Hassan Ali');
  assert.equal(adding.content.text, 'that a third was turned back at the checkpoint');
});

test('an apposition stays in a subject source: "Layla Nasser, a teacher from the camp, said"', () => {
  const r = run('Layla Nasser, a teacher from the camp, said the school had no windows.');
  const c = claimBy(r.claims, 'Layla Nasser', r.trace);
  assert.equal(c.source.text, 'Layla Nasser, a teacher from the camp');
  assert.equal(c.source.name, 'Layla Nasser');
});

test('NOT cues: "a group called …", "adding to its gains", "30 states"', () => {
  for (const text of [
    'A charity called Bread for Mosul opened a kitchen near the bridge.',
    'The army took the hill on Friday, adding to its gains in the valley.',
    'Aid reached 30 states with clinics by the end of the year.',
    'Additional reporting by Sara Malik in Erbil.',
  ]) {
    const r = run(text);
    assert.equal(r.claims.length, 0, `${text}\n${JSON.stringify(r.claims.map((c) => c.cue.text))}\n${r.trace()}`);
  }
  // "claims" after a possessive is no verb cue, but a noun cue (PARC/PolNeAR's nominal attribution)
  const r = run('The ministry’s claims of a ceasefire were rejected.');
  assert.deepEqual(r.claims.map((c) => [c.source.text, c.cue.text, c.content.text]), [['The ministry’s', 'claims of', 'a ceasefire']], r.trace());
});

test('actor spans name the source: covering the head gives name and kind; a modifier gives affiliation', async () => {
  const { makeSpan } = await import('../report/report.js');
  // One hand-placed actor span stands in for the actors stage, to test attribution alone.
  const pentagon: import('../pipeline/stage.js').Stage = {
    name: 'one-actor', requires: ['token'], assigns: ['actor'],
    run: (rep) => ({
      spans: [...rep.text.matchAll(/Pentagon/g)].map((m) => makeSpan(rep, {
        start: m.index, end: m.index + 8, label: 'actor', stage: 'one-actor',
        value: { name: 'US Department of Defense', kind: 'state-forces', key: 'us-dod' },
      })),
    }),
  };
  const text = 'The Pentagon said the video would be released. A Pentagon official said the raid killed two fighters.';
  const report = buildPipeline([segment, pentagon, attribution]).run(createReport(text));
  const [org, official] = spansOf(report, 'claim').map((s) => s.value);
  assert.equal(org.source.name, 'US Department of Defense');
  assert.equal(org.source.kind, 'state-forces');
  assert.equal(official.source.name, 'Pentagon official');
  assert.equal(official.source.kind, 'person');
  assert.equal(official.source.anonymous, true);
  assert.equal(official.source.affiliation, 'US Department of Defense');
});

test('NOT headline attributions: labels such as "Editor\'s note:" and passive "Accused Of"', () => {
  for (const text of [
    'Editor’s note: this story was updated with new figures\n\nThe camp reopened.',
    'Militia Accused Of Burning Crops Near Kirkuk\n\nFarmers said the fields burned for two days.',
  ]) {
    const r = run(text);
    assert.equal(r.claims.filter((c) => c.sentence === 0).length, 0, `${text}\n${r.trace()}`);
  }
});

test('"X did …, but told reporters that …": the subject is shared and the hearer is not content', () => {
  const r = run('The envoy did not name the militia, but told reporters on Sunday that the convoy was hit twice.');
  const c = r.claims.find((x) => x.cue.text === 'told');
  assert.ok(c, r.trace());
  assert.equal(c.source.text, 'The envoy');
  assert.equal(c.content.text, 'that the convoy was hit twice');
});

test('"But …, he said.", "X, though, said …" and a quoted question split from its cue', () => {
  const r = run('Col. Dana Reyes said the checkpoint was moved. But the road stayed closed, she said. Reyes, though, said the market would reopen. “Who will pay for the damage?” she said.');
  const road = r.claims.find((c) => c.content.text.includes('road stayed closed'));
  assert.ok(road, r.trace());
  assert.equal(road.content.text, 'the road stayed closed');
  const market = r.claims.find((c) => c.content.text.startsWith('the market would reopen'));
  assert.equal(market?.source.text, 'Reyes', r.trace());
  const q = r.claims.find((c) => c.content.text.includes('Who will pay'));
  assert.ok(q, r.trace());
  assert.match(q.source.name, /Dana Reyes/);
});

test('subjects with several appositions or an interposed phrase', () => {
  const r = run('Omar Saleh, 41, of Hamdaniya, Nineveh, said the church was hit. Layla Aziz, the camp’s chief nurse, said the clinic was full. The governor, during a visit to the dam on Monday, said the repairs would take a year.');
  assert.equal(r.claims.find((c) => c.content.text === 'the church was hit')?.source.text, 'Omar Saleh, 41, of Hamdaniya, Nineveh', r.trace());
  assert.equal(r.claims.find((c) => c.content.text === 'the clinic was full')?.source.text, 'Layla Aziz, the camp’s chief nurse', r.trace());
  assert.equal(r.claims.find((c) => c.content.text === 'the repairs would take a year')?.source.text, 'The governor', r.trace());
});

test('a lowercase cue after a quotation that ends the sentence before is an inversion, not unattributed', () => {
  const r = run('“Can we reach the village before dark?” asked the convoy leader.');
  assert.equal(r.unattributed.length, 0, r.trace());
  const c = claimBy(r.claims, 'the convoy leader', r.trace);
  assert.match(c.content.text, /Can we reach the village before dark\?/);
});

test('a sentence split after an abbreviation is not an unattributed fragment', () => {
  const r = run('Senator Ann Holt (R-Va.) told reporters that the base would stay open.');
  assert.equal(r.unattributed.length, 0, r.trace());
});

test('a quotation before its speaker keeps its closing comma and quote mark; plain content does not', () => {
  const r = run('“The wells are dry and the pumps are broken,” a village elder said. The road is closed, the mayor said.');
  assert.equal(claimBy(r.claims, 'village elder', r.trace).content.text, '“The wells are dry and the pumps are broken,”');
  assert.equal(claimBy(r.claims, 'the mayor', r.trace).content.text, 'The road is closed');
});

test("quotations typed with two apostrophes ('') are quotations: no claim by the quoted \"I\", and the quote runs on", () => {
  const r = run("''The wells are dry,'' the farmer said. ''I think the pumps failed in the spring.''");
  assert.deepEqual(r.claims.map((c) => c.source.text), ['the farmer'], r.trace());
  assert.match(r.claims[0].content.text, /^''The wells are dry,''.*the spring\.''$/, 'as with "…," she said. "…": the content runs on to the closing mark');
  const straight = run('"The wells are dry," the farmer said. "I think the pumps failed in the spring."');
  assert.equal(straight.claims[0].content.text.length, r.claims[0].content.text.length - 4);
});

test('a subject before long appositions: a relative clause with its own verbs, "then 38", a quoted title, an opening "On Tuesday, however,"', () => {
  const r = run('Ann Roe, the engineer who designed the dam and is its keeper, has warned that the spillway is cracked. '
    + 'On Tuesday, however, the director of the water agency, Jim Poe, said that the repairs would wait. '
    + 'Tom Reed, then 38, said he had seen the cracks. '
    + 'Lia Moss, director of the film “Harvest,” told reporters that the valley would flood.');
  assert.equal(claimBy(r.claims, 'Ann Roe', r.trace).source.text, 'Ann Roe, the engineer who designed the dam and is its keeper');
  assert.equal(claimBy(r.claims, 'Jim Poe', r.trace).source.text, 'the director of the water agency, Jim Poe');
  assert.equal(claimBy(r.claims, 'Tom Reed', r.trace).source.text, 'Tom Reed, then 38');
  assert.match(claimBy(r.claims, 'Lia Moss', r.trace).source.text, /^Lia Moss, director of the film “Harvest/);
});

test('a quotation over two sentences that closes before its speaker does not run on past the speaker\'s sentence', () => {
  const r = run('“The wells are dry. Nobody came,” the farmer said in May after the rains failed. The council met on Monday.');
  const c = claimBy(r.claims, 'the farmer', r.trace);
  assert.equal(c.content.text, '“The wells are dry. Nobody came,”');
});

test('"…, according to a poll released on Monday by the college": what follows the source without a comma is part of it', () => {
  const r = run('Turnout fell by a third, according to a poll released on Monday by the county college. One plan, according to a person close to the talks, is to wait.');
  const poll = claimBy(r.claims, 'a poll', r.trace);
  assert.equal(poll.source.text, 'a poll released on Monday by the county college');
  assert.equal(poll.content.text, 'Turnout fell by a third');
  const plan = claimBy(r.claims, 'a person', r.trace);
  assert.equal(plan.source.text, 'a person close to the talks');
  assert.match(plan.content.text, /^One plan.*is to wait$/);
});

test('a cue inside an opening subordinate clause: the content stops where the main clause begins ("As X said, …" is not such a clause)', () => {
  const r = run('While the mayor said the bridge was safe, the council closed it on Friday. As the engineer told reporters, the cables are rusted.');
  const mayor = claimBy(r.claims, 'the mayor', r.trace);
  assert.equal(mayor.source.text, 'the mayor');
  assert.equal(mayor.content.text, 'the bridge was safe');
  assert.equal(claimBy(r.claims, 'the engineer', r.trace).content.text, 'the cables are rusted');
});

test('a quotation whose closing mark was split off into the speaker\'s sentence ("…in May.” / ” Weaver said.") is the content', () => {
  const r = run('Weaver was blunt. “We have no water. The pumps failed in May.\n” Weaver said. Officials said the report was false.');
  const c = r.claims.find((x) => x.source.text === 'Weaver');
  assert.ok(c, r.trace());
  assert.equal(c.content.text, '“We have no water. The pumps failed in May.\n”');
});

test('"Roe himself said …" keeps the reflexive in the source; "He said, however, that …" skips the adverb between commas', () => {
  const r = run('Roe himself said that the bridge was unsafe. The mayor said, however, that the bridge would stay open.');
  assert.equal(claimBy(r.claims, 'Roe', r.trace).source.text, 'Roe himself');
  assert.equal(claimBy(r.claims, 'The mayor', r.trace).content.text, 'that the bridge would stay open');
});

test('", saying …" after a clause: the source is the clause\'s subject, not the clause before the comma', () => {
  const r = run('The mayor answered in an interview, saying the bridge was safe.');
  const c = r.claims.find((x) => x.cue.text === 'saying');
  assert.ok(c, r.trace());
  assert.equal(c.source.text, 'The mayor');
  assert.equal(c.content.text, 'the bridge was safe');
});

test('", and" before a clause with its own subject ends the content ("…was wrong, and he would appeal")', () => {
  const r = run('The lawyer said the verdict was wrong, and he would appeal on Monday.');
  assert.equal(claimBy(r.claims, 'The lawyer', r.trace).content.text, 'the verdict was wrong');
});

test('"X said:" closing a paragraph takes the next paragraph\'s quotation as content', () => {
  const r = run('The harbour master said:\n\n“We cannot open the port until the mines are cleared.”');
  const c = claimBy(r.claims, 'The harbour master', r.trace);
  assert.match(c.content.text, /^“We cannot open the port until the mines are cleared/);
});
