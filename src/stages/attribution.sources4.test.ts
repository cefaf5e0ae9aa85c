import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimValue } from '../report/types.js';
import { runAttribution } from '../testing/claims.js';

// Finding the source of a recognised cue (PolNeAR's conventions). All sentences were written for these tests.

function claimAt(claims: ClaimValue[], cue: string, trace: () => string, nth = 0): ClaimValue {
  const found = claims.filter((c) => c.cue.text === cue);
  assert.ok(found.length > nth, `expected a claim with cue "${cue}" (#${nth}), got ${found.length}\n${trace()}`);
  return found[nth];
}

test('a determiner standing alone is the source ("while another says", "Each said", "Neither said")', () => {
  const r = runAttribution('One engineer says the dam will hold, while another says it will fail.');
  const second = claimAt(r.claims, 'says', r.trace, 1);
  assert.equal(second.source.text, 'another');
  assert.equal(second.content?.text, 'it will fail');
  const s = runAttribution('Each said the ballots had been counted twice.');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'Each');
  const t = runAttribution('Neither said the ferry would run on Sunday.');
  assert.equal(claimAt(t.claims, 'said', t.trace).source.text, 'Neither');
});

test('a quotation that opens the sentence is not an apposition before an inverted cue ("“Well, …,” added a pilot")', () => {
  const r = runAttribution('“Well, the council wanted a bigger bridge,” added a local engineer.');
  const c = claimAt(r.claims, 'added', r.trace);
  assert.equal(c.source.text, 'a local engineer');
  assert.equal(c.content?.text, '“Well, the council wanted a bigger bridge,”');
  // a title in quotation marks inside an apposition still belongs to the source
  const s = runAttribution('Ann Roe, star of the film “Harvest,” said the bridge was safe.');
  assert.match(claimAt(s.claims, 'said', s.trace).source.text, /^Ann Roe, star of the film/);
});

test('a stray comma after a name\'s party code does not hide the subject ("Gov. Ann Roe (R-OH), said")', () => {
  const r = runAttribution('Gov. Ann Roe (R-OH), said the bridge was safe.');
  assert.equal(claimAt(r.claims, 'said', r.trace).source.text, 'Gov. Ann Roe (R-OH)');
  const s = runAttribution('Speaking Tuesday at a college in Dayton, OH, after winning the primary, Gov. Ann Roe (R-OH), said, “We are ready.”');
  assert.equal(claimAt(s.claims, 'said', s.trace).source.text, 'Gov. Ann Roe (R-OH)');
  // an apposition with a party code keeps its name
  const t = runAttribution('Ann Roe, a senator (D-NY), said the bridge was safe.');
  assert.equal(claimAt(t.claims, 'said', t.trace).source.text, 'Ann Roe, a senator (D-NY)');
});

test('a coordinated verb shares the source of the outer claim, not of a verb inside its content ("says she respects … but argues")', () => {
  const r = runAttribution('The mayor says she respects the engineers but argues that the bridge is safe.');
  assert.equal(claimAt(r.claims, 'argues', r.trace).source.text, 'The mayor');
});
