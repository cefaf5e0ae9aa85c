import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attribution } from './attribution.js';
import { quotationOpen, quoteSide, nestedCues } from './attribution/quoting.js';
import { broadAttributionVerbs } from '../lexicon/attribution-verbs.js';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.js';
import { runAttribution } from '../testing/claims.js';

// The wider family of attribution cues (lexicon/attribution-verbs.ts) and the rules that keep it
// precise. All sentences below were written for these tests.

test('verbs of believing, wanting, praising and mocking are cues', () => {
  const cases: [string, string, string, string][] = [
    ['Most farmers believe the new dam will fail.', 'Most farmers', 'believe', 'the new dam will fail'],
    ['The union wants the plant reopened before winter.', 'The union', 'wants', 'the plant reopened before winter'],
    ['The mayor thanked the volunteers for their work at the shelter.', 'The mayor', 'thanked', 'the volunteers for their work at the shelter'],
    ['The columnist mocked the governor for his slogan.', 'The columnist', 'mocked', 'the governor for his slogan'],
    ['The senator railed against the new fuel tax.', 'The senator', 'railed against', 'the new fuel tax'],
  ];
  for (const [text, source, cue, content] of cases) {
    const r = runAttribution(text);
    assert.equal(r.claims.length, 1, `${text}\n${r.trace()}`);
    assert.equal(r.claims[0].source.text, source, text);
    assert.equal(r.claims[0].cue.text, cue, text);
    assert.equal(r.claims[0].content.text, content, text);
  }
});

test('a broad cue must be tagged a verb: nouns such as "plans" and "contests" are not cues', () => {
  assert.equal(runAttribution('The road plans were shelved after the flood.').claims.length, 0);
  assert.equal(runAttribution('She won four contests in the south.').claims.length, 0);
});

test('a broad -ing form needs an auxiliary or a comma: "a video showing the envoy mocking the crowd" has no claim', () => {
  assert.deepEqual(runAttribution('The channel aired a clip of the envoy mocking the crowd.').claims.map((c) => c.cue.text), []);
  const r = runAttribution('The envoy is mocking the crowd again.');
  assert.deepEqual(r.claims.map((c) => c.cue.text), ['is mocking'], r.trace());
});

test('cues inside a quotation are the quoted speaker\'s words, not claims', () => {
  const r = runAttribution('"We think the water is safe now and we want people home," the engineer said.');
  assert.deepEqual(r.claims.map((c) => c.cue.text), ['said'], r.trace());
  // a quotation over two sentences: the second sentence is still inside it
  const r2 = runAttribution('The engineer said: "The pumps are back. Everyone knows the water is safe." Then she left.');
  assert.deepEqual(r2.claims.map((c) => c.cue.text), ['said'], r2.trace());
});

test('a broad cue inside another claim\'s content is part of what was said', () => {
  const r = runAttribution('The mayor said residents want the road reopened.');
  assert.deepEqual(r.claims.map((c) => c.cue.text), ['said'], r.trace());
  // a core reporting verb nested in a content stays a claim of its own
  const r2 = runAttribution('The mayor said the police told him the road was closed.');
  assert.deepEqual(r2.claims.map((c) => c.cue.text), ['said', 'told'], r2.trace());
});

test('quotationOpen: curly and straight quotes; the state resets at a line break', () => {
  const text = 'He said: “It is over.” And "then" more.\n“Open line\nNext';
  const open = quotationOpen(text);
  assert.equal(open(text.indexOf('It')), true);
  assert.equal(open(text.indexOf('And')), false);
  assert.equal(open(text.indexOf('then')), true);
  assert.equal(open(text.indexOf('more')), false);
  assert.equal(open(text.indexOf('Open')), true);
  assert.equal(open(text.indexOf('Next')), false);
});

test('nestedCues: a cue inside another claim\'s content', () => {
  assert.deepEqual(nestedCues([
    { cue: { start: 0, end: 4 }, content: { start: 5, end: 50 } },
    { cue: { start: 20, end: 24 }, content: { start: 25, end: 50 } },
    { cue: { start: 60, end: 64 }, content: { start: 65, end: 80 } },
  ]), [1]);
});

test('the broad table: lower-case forms, no violent verbs, no clash of a lemma with a core row', () => {
  const core = new Set(REPORTING_VERBS.map((r) => r.lemma));
  for (const row of broadAttributionVerbs()) {
    assert.ok(row.broad);
    for (const f of row.forms) assert.equal(f, f.toLowerCase(), row.lemma);
    assert.ok(!/^(attack|blast|strike|fire|target|charge|shoot|bomb)$/.test(row.lemma), row.lemma);
    assert.ok(!core.has(row.lemma), `${row.lemma} is already a core reporting verb`);
  }
});

test('an infinitive of a core verb shares the subject of its verb chain; not after an object or another cue', () => {
  const one = (text: string) => runAttribution(text).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
  assert.deepEqual(one('The mayor went on to say that the roads were closed.'), [['The mayor', 'say', 'that the roads were closed']]);
  assert.deepEqual(one('The governor took to the radio to say the curfew was over.'), [['The governor', 'say', 'the curfew was over']]);
  assert.deepEqual(one('Voters are more likely to say the economy is weak.'), [['Voters', 'say', 'the economy is weak']]);
  assert.deepEqual(one('The envoy asked them to say nothing.').map((c) => c[1]), ['asked']);
  assert.deepEqual(one('The minister declined to say whether the bridge was hit.').map((c) => c[1]), ['declined']);
  assert.deepEqual(one('The plan is to tell the residents first.'), []);
});

test('a subject with a participle phrase: "A court filing released on Monday says …"', () => {
  const r = runAttribution('A court filing released on Monday says that the mayor will not be charged.');
  assert.equal(r.claims[0]?.source.text, 'A court filing released on Monday', r.trace());
  assert.equal(r.claims[0]?.content.text, 'that the mayor will not be charged');
  // "went" is no participle: "The mayor went on to say" keeps "The mayor"
  assert.equal(runAttribution('The mayor went on to say the road was open.').claims[0]?.source.text, 'The mayor');
});

test('an apposition subject after an opening adverbial phrase: "After the vote, her adviser, Tom Rand, said"', () => {
  const r = runAttribution('After the vote, her chief adviser, Tom Rand, said the roads would open soon.');
  assert.equal(r.claims[0]?.source.text, 'her chief adviser, Tom Rand', r.trace());
  assert.equal(r.claims[0]?.content.text, 'the roads would open soon');
});

test('noun cues with a possessive source: "the mayor\'s claim that …", "his criticism of …", "her refusal to …"', () => {
  const one = (text: string) => runAttribution(text).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
  assert.deepEqual(one("The mayor's claim that the wells were safe surprised no one."), [["The mayor's", 'claim', 'that the wells were safe']]);
  assert.deepEqual(one('His sharp criticism of the budget deal was widely shared.'), [['His', 'criticism of', 'the budget deal']]);
  assert.deepEqual(one('Her refusal to resign angered the council.'), [['Her', 'refusal', 'to resign']]);
  // no possessive, no source: no claim
  assert.deepEqual(one('The claim that the wells were safe surprised no one.'), []);
  // a noun that carries no attribution
  assert.deepEqual(one("The mayor's car was parked outside."), []);
});

test('content ends before a participle adjunct, a second reporting verb, or a comma that is not a resumed quotation', () => {
  const one = (text: string) => runAttribution(text).claims.map((c) => [c.cue.text, c.content.text]);
  assert.deepEqual(one('The mayor praised the rescuers, calling them heroes.'), [['calling', 'them heroes'], ['praised', 'the rescuers']]);
  assert.deepEqual(one('The minister acknowledged that the shell missed but noted that nobody was hurt.'), [['noted', 'that nobody was hurt'], ['acknowledged', 'that the shell missed']]);
  // a verb that is not a reporting verb stays in the content
  assert.deepEqual(one('The mayor said the road was closed and repaired.'), [['said', 'the road was closed and repaired']]);
  assert.deepEqual(one('"It is a disaster," the mayor said, citing the flooded roads.')[0], ['said', '"It is a disaster,"']);
  assert.deepEqual(one('"The strike," he said, "killed twelve people."'), [['said', '"The strike," he said, "killed twelve people."']]);
});

test('adjective cues after "be": "are convinced that …", "were critical of …", "was quick to …"', () => {
  const one = (text: string) => runAttribution(text).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
  assert.deepEqual(one('The engineers are convinced that the dam is safe.'), [['The engineers', 'are convinced', 'that the dam is safe']]);
  assert.deepEqual(one('Residents were highly critical of the new curfew.'), [['Residents', 'were highly critical of', 'the new curfew']]);
  assert.deepEqual(one('The road is open to traffic.'), []);
  assert.deepEqual(one('It is clear that the bridge fell.'), []);
});

test('an opening phrase before the subject: "Speaking at a rally, X …, calling …"; "After saying …, X …"', () => {
  const one = (text: string) => runAttribution(text).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
  assert.deepEqual(one('Speaking at a rally in Leeds, the mayor praised his rival, calling him a gentleman.'), [['the mayor', 'calling', 'him a gentleman'], ['the mayor', 'praised', 'his rival']]);
  assert.deepEqual(one('After saying the vote was fair, the mayor left the hall.'), [['the mayor', 'saying', 'the vote was fair']]);
  assert.deepEqual(one('Hours later, the mayor thanked the crowd, telling reporters that the vote was fair.').map((c) => c[0]), ['the mayor', 'the mayor']);
});

test('"we" and "I" outside any quotation are the writer speaking, a source; "you" never is', () => {
  const one = (text: string) => runAttribution(text).claims.map((c) => [c.source.text, c.cue.text]);
  assert.deepEqual(one('In our last column we argued that the dam was unsafe.'), [['we', 'argued']]);
  assert.deepEqual(one('"We argued that the dam was unsafe," the engineer said.'), [['the engineer', 'said']]);
  assert.deepEqual(one('If you think the dam is safe, look again.'), []);
});

test('content around a parenthetical cue; an opening adverbial clause is no content; an object keeps its modifiers', () => {
  const one = (text: string) => runAttribution(text).claims.map((c) => [c.cue.text, c.content.text]);
  assert.deepEqual(one('The road will reopen, the mayor said, by the end of the week.'), [['said', 'The road will reopen, the mayor said, by the end of the week']]);
  assert.deepEqual(one('While serving in the council, Roe voted to close the mine.'), [['voted', 'to close the mine']]);
  assert.deepEqual(one('The road was closed, the mayor said, adding that it would reopen.'), [['said', 'The road was closed'], ['adding', 'that it would reopen']]);
  assert.deepEqual(one('The union endorsed the candidate who won the primary.'), [['endorsed', 'the candidate who won the primary']]);
  assert.deepEqual(one('The council backed the mayor on Monday.'), [['backed', 'the mayor']]);
});

test('a coordinated source: "Both Smith and the council said", "The mayor and his aides said"', () => {
  const src = (text: string) => runAttribution(text).claims.map((c) => c.source.text);
  assert.deepEqual(src('Both Smith and the council said the road was closed.'), ['Both Smith and the council']);
  assert.deepEqual(src('The mayor and his aides said the road was closed.'), ['The mayor and his aides']);
  // not across a verb: "met the mayor and the council said"
  assert.deepEqual(src('Residents met the mayor and the council said nothing new.'), ['the council']);
});

test('a passive reporting verb with its agent: the agent is the source', () => {
  const one = (text: string) => runAttribution(text).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
  assert.deepEqual(one('The closure was first reported by the Daily Courier.'), [['the Daily Courier', 'was first reported by', 'The closure']]);
  assert.deepEqual(one('The mayor was told by aides that the road was closed.'), [['aides', 'was told by', 'that the road was closed']]);
  // not a reporting verb: no claim
  assert.deepEqual(one('The city was hit by shells.'), []);
  // a broad verb: no claim ("The candidate was cheered by the crowd" is left to the verb rules)
  assert.deepEqual(one('The candidate was cheered by the crowd.'), []);
});

test('base forms of core verbs after a modal or a plural subject: "will not reveal", "Residents fear"; not nouns', () => {
  const cues = (text: string) => runAttribution(text).claims.map((c) => c.cue.text);
  assert.deepEqual(cues('Officials will not reveal the cost of the repairs.'), ['will not reveal']);
  assert.deepEqual(cues('Residents fear the river will flood again.'), ['fear']);
  assert.deepEqual(cues('The note on the door was brief.'), []);
  assert.deepEqual(cues('Their demand went unanswered.'), []);
});

test('verb phrases as cues: "made it clear that …", "took issue with …"; not "made a cake"', () => {
  const one = (text: string) => runAttribution(text).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
  assert.deepEqual(one('The mayor made it clear that the road would stay closed.'), [['The mayor', 'made it clear', 'that the road would stay closed']]);
  assert.deepEqual(one('The council took issue with the new budget.'), [['The council', 'took issue with', 'the new budget']]);
  assert.deepEqual(one('The mayor made a cake for the fair.'), []);
});

test('quotationOpen: a mark faces the way its place says, whatever its glyph', () => {
  // '“It is late,“ the mayor said': the second “ closes (after a word, before a space)
  const text = '“It is late,“ the mayor said. Then he left.';
  const open = quotationOpen(text);
  assert.equal(open(text.indexOf('late')), true);
  assert.equal(open(text.indexOf('mayor')), false);
  assert.equal(open(text.indexOf('Then')), false);
  // a straight mark with a space on both sides still toggles
  const straight = 'He said " no " twice.';
  assert.equal(quotationOpen(straight)(straight.indexOf('no')), true);
});

test('quoteSide: opening before a word, closing after one', () => {
  assert.equal(quoteSide('“We won,“ he said', 8), 'close');
  assert.equal(quoteSide('He said "no" twice', 8), 'open');
  assert.equal(quoteSide('He said "no" twice', 11), 'close');
  assert.equal(quoteSide('a " b', 2), null);
});

test('a misprinted closing quote does not hide the cue after it', () => {
  const r = runAttribution('“The bridge will not be ready before spring,“ said Tom Reyes, the county engineer.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].source.text, 'Tom Reyes, the county engineer');
  assert.equal(r.claims[0].cue.text, 'said');
});

test('a second verb shares the subject across a closed quotation ("declared “…” and said")', () => {
  const r = runAttribution('She declared “What a night!” and said that her campaign would go on.');
  const said = r.claims.find((c) => c.cue.text === 'said');
  assert.ok(said, r.trace());
  assert.equal(said.source.text, 'She');
  assert.equal(said.content.text, 'that her campaign would go on');
  const declared = r.claims.find((c) => c.cue.text === 'declared');
  assert.equal(declared?.content.text, '“What a night!”', r.trace());
  // after a quoted phrase inside the verb phrase: "blamed … a “broken pump,” claiming …"
  const c = runAttribution('The mayor later blamed the flooding on a “broken pump,” claiming the crews had warned nobody.');
  const claiming = c.claims.find((x) => x.cue.text === 'claiming');
  assert.equal(claiming?.source.text, 'The mayor', c.trace());
  assert.equal(claiming?.content.text, 'the crews had warned nobody');
  // a quotation that stays open is no object: no source is borrowed across it
  const open = runAttribution('The mayor blamed the crews, “they never came and said anything');
  assert.ok(!open.claims.some((x) => x.cue.text === 'said' && x.source.text === 'The mayor'), open.trace());
});

test('a quotation ending in "?" or "!" runs on into a lower-case cue', () => {
  const r = runAttribution('“Can the farmers wait another year?” she asked. Nobody answered.');
  assert.equal(r.claims.length, 1, r.trace());
  assert.equal(r.claims[0].source.text, 'she');
  assert.equal(r.claims[0].content.text, '“Can the farmers wait another year?”');
});

test('a straight closing quote after "?" closes a quotation opened sentences before', () => {
  const r = runAttribution('"The dam is old. Why does nobody ask the council why it waits?" Reyes said.');
  const c = r.claims.find((x) => x.cue.text === 'said');
  assert.ok(c, r.trace());
  assert.equal(c.source.text, 'Reyes');
});

test('a quoted content ends at its closing mark when "and" and another verb follow', () => {
  const r = runAttribution('The marchers chanted “Open the gates!” and kept walking until dawn.');
  assert.equal(r.claims[0]?.content.text, '“Open the gates!”', r.trace());
  // two quotations joined by "and" with no verb stay one content
  const two = runAttribution('The marchers chanted “Open the gates” and “Free the port”.');
  assert.equal(two.claims[0]?.content.text, '“Open the gates” and “Free the port”', two.trace());
});

test('an inverted source may carry a time adjunct before ", adding …"', () => {
  const r = runAttribution('“The pumps are old,” said Rep. Jane Roe (D-Va.) at the time, adding that “nobody fixed them.”');
  const said = r.claims.find((c) => c.cue.text === 'said');
  assert.equal(said?.source.text, 'Rep. Jane Roe (D-Va.)', r.trace());
  const adding = r.claims.find((c) => c.cue.text === 'adding');
  assert.equal(adding?.source.text, 'Rep. Jane Roe (D-Va.)', r.trace());
  assert.equal(adding?.content.text, 'that “nobody fixed them.”');
});

test('hyphenated words are one word in an inverted source ("Boston-based lawyer", "the 46-year-old")', () => {
  const a = runAttribution('“The fee is a small price to pay,” explained Boston-based lawyer Ed Marr.');
  assert.equal(a.claims[0]?.source.text, 'Boston-based lawyer Ed Marr', a.trace());
  const b = runAttribution('“The mayor has always been a fighter,” said the 46-year-old.');
  assert.equal(b.claims[0]?.source.text, 'the 46-year-old', b.trace());
  // a spaced dash is no hyphen: "said the mayor – and …" keeps "the mayor"
  const c = runAttribution('“The road stays shut,” said the mayor – and nobody argued.');
  assert.equal(c.claims[0]?.source.text, 'the mayor', c.trace());
});

test("quotationOpen: '' (two apostrophes) opens and closes a quotation", () => {
  const open = quotationOpen("''We think it will rain,'' he said.");
  assert.equal(open(5), true);
  assert.equal(open(30), false);
});
