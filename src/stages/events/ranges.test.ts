import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CasualtyValue } from '../../report/types.js';
import { consolidate } from './ranges.js';

/** A killed-civilians mention in a sentence; `v` overrides the figure's fields. */
function m(sentence: number, min: number, max: number | null, v: Partial<CasualtyValue> = {}) {
  return { sentence, value: { sentence, kind: 'killed', group: 'civilians', min, max, conservative: min, stated: true, hedged: false, ...v } as CasualtyValue };
}

test('ranges: "at least 15" with no other figure closes at 15 (Airwars records 15–15)', () => {
  const r = consolidate([m(0, 15, null)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [15, 15]);
});

test('ranges: "at least 14" then "20 were killed" later closes at the largest stated figure', () => {
  const r = consolidate([m(0, 14, null), m(3, 20, 20)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [14, 20]);
  const open = consolidate([m(0, 14, null), m(3, 9, 9)]).civilians.killed;
  assert.deepEqual([open.min, open.max], [14, 14]);
});

test('ranges: a vague open figure ("dozens") is NOT closed', () => {
  const r = consolidate([m(0, 12, null, { stated: false })]).civilians.killed;
  assert.equal(r.max, null);
});

test('ranges: another source\'s reading in the same sentence widens the figure instead of adding to it', () => {
  const r = consolidate([m(0, 4, 4), m(0, 5, 5, { alternative: true })]).civilians.killed;
  assert.deepEqual([r.min, r.max, r.conservative], [4, 5, 4]);
});

test('ranges: two figures of one group in a sentence that are NOT alternatives still add up', () => {
  const r = consolidate([m(0, 4, 4), m(0, 5, 5)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [9, 9]);
});

test('ranges: an alternative reading widens only its own slot: "a man, and four (or five) others"', () => {
  const r = consolidate([m(0, 1, 1), m(0, 4, 4), m(0, 5, 5, { alternative: true })]).civilians.killed;
  assert.deepEqual([r.min, r.max], [5, 6]);
});

test('ranges: "up to 20, including at least 14" takes 14 as the minimum', () => {
  const r = consolidate([m(0, 1, 20, { upTo: true, conservative: 20 }), m(0, 14, null, { subsetOf: 0 }), m(2, 11, 11)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [14, 20]);
});

test('ranges: "up to 6" with no smaller figure keeps its placeholder; combatants do not raise it', () => {
  const alone = consolidate([m(0, 1, 6, { upTo: true, conservative: 6 })]).civilians.killed;
  assert.deepEqual([alone.min, alone.max], [1, 6]);
  const below = consolidate([m(0, 1, 6, { upTo: true, conservative: 6 }), m(1, 3, 3, { group: 'combatants' })]).civilians.killed;
  assert.equal(below.min, 1);
});

test('ranges: for the wounded, a count equal to the "up to" top confirms it; alone, the top stands', () => {
  const hurt = (s: number, min: number, max: number | null, v: Partial<CasualtyValue> = {}) => m(s, min, max, { kind: 'injured', ...v });
  // "The strike killed two men and injured up to nine others. Two children were among the
  // wounded, a neighbour said. Medics at Nasser Hospital said nine people were wounded."
  const confirmed = consolidate([hurt(0, 1, 9, { upTo: true, conservative: 9 }), hurt(1, 2, 2), hurt(2, 9, 9, { group: 'unknown' })]).civilians.injured;
  assert.deepEqual([confirmed.min, confirmed.max], [9, 9]);
  // "… and injuring up to 15 other civilians." and nothing more of the wounded.
  const alone = consolidate([hurt(0, 1, 15, { upTo: true, conservative: 15 })]).civilians.injured;
  assert.deepEqual([alone.min, alone.max], [15, 15]);
  // "… up to 23 were injured, including four children": the part stays the floor.
  const part = consolidate([hurt(0, 1, 23, { upTo: true, conservative: 23 }), hurt(0, 4, 4, { subsetOf: 0 })]).civilians.injured;
  assert.deepEqual([part.min, part.max], [4, 23]);
  // The dead: "up to 20 were killed … a ministry said 20 people died" stays a placeholder floor.
  const dead = consolidate([m(0, 1, 20, { upTo: true, conservative: 20 }), m(1, 20, 20, { group: 'unknown' })]).civilians.killed;
  assert.equal(dead.min < 20, true);
});

test('ranges: victims named one by one raise an "up to" minimum together, never past its top', () => {
  // "Up to five civilians were killed when the strike hit the house. Omar Nasser and his wife
  // Huda were among the dead. Their neighbour, Sami Khalil, was also killed."
  const one = (s: number) => m(s, 1, 1, { individual: true, group: 'unknown' });
  const r = consolidate([m(0, 1, 5, { upTo: true, conservative: 5 }), one(1), one(1), one(2)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [3, 5]);
  // Named once more as part of a figure ("… including Omar Nasser"), a victim is not counted again.
  const part = consolidate([m(0, 1, 5, { upTo: true, conservative: 5 }), one(1), one(1), m(2, 1, 1, { individual: true, subsetOf: 0 })]).civilians.killed;
  assert.equal(part.min, 2);
  // As many named as the top (or more: a victim named twice) is no floor below it.
  const all = consolidate([m(0, 1, 2, { upTo: true, conservative: 2 }), one(1), one(1)]).civilians.killed;
  assert.equal(all.min, 1);
});

test('ranges: a lead lower bound yields to a smaller count one source sets against another\'s', () => {
  // "At least seven members of the Salem family and at least 18 other civilians were killed.
  // A news channel counted 24 dead, while an activist reported more than 30 killed. Most outlets
  // said 28 people had died." → 24–31: the channel's 24 is a reading of all the dead.
  const u = { group: 'unknown' as const };
  const r = consolidate([m(0, 7, null), m(0, 18, null), m(1, 24, 24, u), m(1, 31, null, { ...u, aggregate: true, alternative: true, conservative: 30 }), m(2, 28, 28, u)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [24, 31]);
  // Undisputed, a smaller later count is a part: the lead's 25 stays the minimum.
  const part = consolidate([m(0, 7, null), m(0, 18, null), m(1, 24, 24, u), m(2, 28, 28, u)]).civilians.killed;
  assert.equal(part.min, 25);
});

test('ranges: "more than 20 … dozens" spans the stated number to the top of dozens (20–24)', () => {
  // "More than 20 people were injured in the strike. Later posts spoke of dozens of wounded."
  const hurt = { kind: 'injured' as const, group: 'unknown' as const };
  const r = consolidate([m(0, 21, null, { ...hurt, conservative: 20 }), m(3, 12, 24, { ...hurt, stated: false, conservative: 12 })]).civilians.injured;
  assert.deepEqual([r.min, r.max], [20, 24]);
  // Alone, "more than 20" stays a lower bound of 21.
  const alone = consolidate([m(0, 21, null, { ...hurt, conservative: 20 })]).civilians.injured;
  assert.deepEqual([alone.min, alone.max], [21, 21]);
});

test('ranges: the lead figure is a credible minimum below a later, larger total', () => {
  const r = consolidate([m(0, 3, 3), m(4, 7, 7)]).civilians.killed;
  assert.deepEqual([r.min, r.max, r.conservative], [3, 7, 7]);
  const open = consolidate([m(0, 6, null), m(2, 7, 7)]).civilians.killed;
  assert.deepEqual([open.min, open.max], [6, 7]);
});

test('ranges: a later, smaller figure does NOT lower the minimum (it is a part: "five children were among them")', () => {
  const r = consolidate([m(0, 9, 9), m(3, 5, 5)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [9, 9]);
});

test('ranges: a named victim or an "up to" lead is NOT a lead total', () => {
  const named = consolidate([m(0, 1, 1, { individual: true }), m(2, 4, 4)]).civilians.killed;
  assert.deepEqual([named.min, named.max], [4, 4]);
  const upTo = consolidate([m(0, 1, 3, { upTo: true, conservative: 3 }), m(2, 6, 6)]).civilians.killed;
  assert.deepEqual([upTo.min, upTo.max], [6, 6]);
});

test('ranges: a tally stands as the figure, but the lead still sets the minimum', () => {
  const r = consolidate([m(0, 13, 15), m(3, 15, 15, { aggregate: true })]).civilians.killed;
  assert.deepEqual([r.min, r.max], [13, 15]);
});

test('ranges: an unknown-group figure overlapping the civilians\' is the same people: the range spans both', () => {
  const r = consolidate([m(0, 40, 48, { conservative: 40 }), m(2, 44, 44, { group: 'unknown' })]);
  assert.deepEqual([r.civilians.killed.min, r.civilians.killed.max], [40, 48]);
  assert.equal(r.total.killed.conservative, 44);
});

test('ranges: an unknown-group figure that does NOT overlap stays the larger total', () => {
  const r = consolidate([m(0, 4, 4), m(2, 9, 9, { group: 'unknown' })]);
  assert.deepEqual([r.civilians.killed.min, r.civilians.killed.max], [9, 9]);
});

test('ranges: a wide vague unknown-group figure overlapping the civilians\' does NOT widen their range', () => {
  const r = consolidate([m(0, 10, 11, { conservative: 10 }), m(2, 11, 24, { group: 'unknown', conservative: 11, stated: false })]);
  assert.deepEqual([r.civilians.killed.min, r.civilians.killed.max], [10, 11]);
});

test('ranges: an open civilian part ("several children were among the dead") does NOT set the range of a stated total', () => {
  const r = consolidate([m(0, 19, null, { group: 'unknown' }), m(1, 3, null, { stated: false, conservative: 3 })]);
  assert.deepEqual([r.civilians.killed.min, r.civilians.killed.max, r.civilians.killed.conservative], [19, 19, 19]);
});

test('ranges: a lead "at least N" of civilians stays the minimum below a larger figure for people', () => {
  // "At least 9 members of the Haddad family were killed … rescuers said 11 people had died."
  const r = consolidate([m(0, 9, null), m(3, 11, 11, { group: 'unknown' })]).civilians.killed;
  assert.deepEqual([r.min, r.max], [9, 11]);
  // "At least five men were killed … six medics were among the dead."
  const back = consolidate([m(0, 5, null, { group: 'unknown' }), m(2, 6, 6)]).civilians.killed;
  assert.deepEqual([back.min, back.max], [5, 6]);
});

test('ranges: a closed, named or combatant lead does NOT lower the minimum of a larger figure', () => {
  // "Four fatalities were reported … eleven civilians were killed in all": 11, not 4–11.
  const closed = consolidate([m(0, 4, 4, { group: 'unknown' }), m(1, 11, 11)]).civilians.killed;
  assert.deepEqual([closed.min, closed.max], [11, 11]);
  // "A mother and at least two children were killed … 9 people died."
  const named = consolidate([m(0, 1, 1, { individual: true }), m(0, 2, null), m(2, 9, 9, { group: 'unknown' })]).civilians.killed;
  assert.equal(named.min, 9);
  // "At least three fighters were killed … seven people died": the fighters are a part.
  const fighters = consolidate([m(0, 3, null, { group: 'combatants' }), m(2, 7, 7, { group: 'unknown' })]).civilians.killed;
  assert.equal(fighters.min, 4);
});

test('ranges: a vague word beside stated figures only raises the top of a stated lower bound', () => {
  // "At least five civilians were killed … a channel wrote of dozens of martyrs" → 5–24.
  const open = consolidate([m(0, 5, null), m(2, 12, 24, { stated: false, group: 'unknown' })]).civilians.killed;
  assert.deepEqual([open.min, open.max], [5, 24]);
  // "Between seven and eight were killed … relatives spoke of many martyrs" → 7–8.
  const closed = consolidate([m(0, 7, 8), m(3, 3, null, { stated: false, group: 'unknown' })]).civilians.killed;
  assert.deepEqual([closed.min, closed.max], [7, 8]);
});

test('ranges: a vague lead, or a vague word beside named victims only, stands', () => {
  // "Dozens of civilians were wounded … three others were hurt" → 12–24.
  const lead = consolidate([m(0, 12, 24, { stated: false, kind: 'injured' }), m(5, 3, 3, { kind: 'injured' })]).civilians.injured;
  assert.deepEqual([lead.min, lead.max], [12, 24]);
  // "Amal Saleh was wounded … dozens were hurt" → 12–24.
  const named = consolidate([m(0, 1, 1, { individual: true, kind: 'injured' }), m(2, 12, 24, { stated: false, kind: 'injured' })]).civilians.injured;
  assert.deepEqual([named.min, named.max], [12, 24]);
});

test('ranges: a stated lower bound above a tally stands; a tally above it still wins', () => {
  // "At least 15 members of the family were killed … bringing the number of victims to eleven" → 15.
  const early = consolidate([m(0, 15, null), m(4, 11, 11, { aggregate: true })]).civilians.killed;
  assert.deepEqual([early.min, early.max], [15, 15]);
  // "At least 15 were killed … the death toll rose to 19" → the tally stands (the lead stays the minimum).
  const later = consolidate([m(0, 15, null), m(4, 19, 19, { aggregate: true })]).civilians.killed;
  assert.deepEqual([later.min, later.max], [15, 19]);
});

test('ranges: a tally in the sentence of other figures counts them, it is not added to them', () => {
  // "Two women were killed, bringing the death toll to 12" → 12, not 14.
  const r = consolidate([m(0, 2, 2), m(0, 12, 12, { aggregate: true, group: 'unknown' })]).total.killed;
  assert.deepEqual([r.min, r.max], [12, 12]);
  // "At least 8 were killed. A radio spoke of more than 10 dead and a page updated the toll to
  // more than 20" → 8–21: the open tally closes at 21, not at 11 + 21.
  const open = consolidate([m(0, 8, null), m(1, 11, null), m(1, 21, null, { aggregate: true })]).civilians.killed;
  assert.deepEqual([open.min, open.max], [8, 21]);
  // Without the tally, two figures of a sentence still add up: "two women and ten children" → 12.
  const plain = consolidate([m(0, 2, 2), m(0, 10, 10)]).total.killed;
  assert.equal(plain.conservative, 12);
});

test('ranges: a range a source stated keeps its top beside a tally or a larger single figure', () => {
  // "Between four and five civilians were killed … the toll stood at four civilians" → 4–5.
  const r = consolidate([m(0, 4, 5), m(2, 4, 4, { aggregate: true })]).civilians.killed;
  assert.deepEqual([r.min, r.max], [4, 5]);
  // A single figure is no range: "four were killed … the toll stood at three" keeps the tally's 3–4 reading.
  const single = consolidate([m(0, 4, 4), m(2, 3, 3, { aggregate: true })]).civilians.killed;
  assert.equal(single.max, 3);
  // "Up to 9 … the toll stood at 6": the tally raises the "up to" to the range 6–9, whose top stays.
  const upTo = consolidate([m(0, 1, 9, { upTo: true, conservative: 9 }), m(2, 6, 6, { aggregate: true })]).civilians.killed;
  assert.deepEqual([upTo.min, upTo.max], [6, 9]);
});

test('ranges: a lead "at least N" is the minimum even when a part of another group, counted later, is smaller', () => {
  // "At least eight civilians were killed … five members of one family were among them … nine people died."
  const r = consolidate([m(0, 8, null), m(2, 5, 5, { group: 'unknown' }), m(4, 9, 9, { group: 'unknown', aggregate: true })]).civilians.killed;
  assert.deepEqual([r.min, r.max], [8, 9]);
  // NOT above the top: a lead lower bound larger than the range's top is no minimum of it.
  const above = consolidate([m(0, 12, null), m(2, 5, 5, { group: 'unknown' }), m(4, 9, 9, { group: 'unknown', aggregate: true })]).civilians.killed;
  assert.ok(above.min <= (above.max ?? Infinity));
});

test('ranges: a doubted figure raises only the top: more people add to it, another count lifts it', () => {
  const more = consolidate([m(0, 9, null), m(3, 1, 1, { group: 'unknown', individual: true, doubted: true, additional: true })]).civilians.killed;
  assert.deepEqual([more.min, more.max], [9, 10]);
  const count = consolidate([m(0, 1, null), m(2, 2, 2, { group: 'unknown', stated: false, doubted: true })]).civilians.killed;
  assert.deepEqual([count.min, count.max], [1, 2]);
  // Alone, a doubted figure is the figure.
  const alone = consolidate([m(1, 3, 3, { doubted: true })]).civilians.killed;
  assert.deepEqual([alone.min, alone.max], [3, 3]);
});

test('ranges: another source\'s stated range for the people lowers the minimum; its top raises the maximum', () => {
  // "At least 15 and up to 25 civilians were killed … sources indicated between 14 and 25 deaths … one post counted 25 deaths" → 14–25.
  const range = consolidate([m(0, 15, 25), m(1, 14, 25, { group: 'unknown' }), m(3, 25, 25, { group: 'unknown' })]).civilians.killed;
  assert.deepEqual([range.min, range.max], [14, 25]);
  // "27 civilians were killed … a post spoke of more than 27 killed" → 27–28.
  const more = consolidate([m(0, 27, 27), m(1, 28, null, { group: 'unknown', conservative: 27 })]).civilians.killed;
  assert.deepEqual([more.min, more.max], [27, 28]);
  // NOT an open lower bound: "between 65 and 73 civilians … at least 50 were killed … at least 69 people" → 65–73.
  const open = consolidate([m(0, 65, 73), m(1, 50, null, { group: 'unknown' }), m(5, 69, null, { group: 'unknown' })]).civilians.killed;
  assert.deepEqual([open.min, open.max], [65, 73]);
});

test('ranges: an approximate figure ("around 30") counts as the number it states, not its margin', () => {
  const alone = consolidate([m(0, 27, 33, { conservative: 30 })]).civilians.killed;
  assert.deepEqual([alone.min, alone.max], [30, 30]);
  // "At least 27 and up to 30 were killed … a relative wrote that around 30 died" → 27–30, not 27–33.
  const beside = consolidate([m(0, 27, 30), m(1, 27, 33, { conservative: 30 })]).civilians.killed;
  assert.deepEqual([beside.min, beside.max], [27, 30]);
});

test('ranges: after a range stated for the whole, a smaller figure of the sentence is one of its parts', () => {
  // "Between 27 and 30 civilians were killed, among them at least 16 children" (the part not marked) → 27–30.
  const part = consolidate([m(0, 27, 30), m(0, 16, null)]).civilians.killed;
  assert.deepEqual([part.min, part.max], [27, 30]);
  // NOT people said to be more: "between 4 and 5 civilians … and two others" → 6–7.
  const others = consolidate([m(0, 4, 5), m(0, 2, 2, { additional: true })]).civilians.killed;
  assert.deepEqual([others.min, others.max], [6, 7]);
});

test('ranges: vague words in one sentence are readings of the same people, not added up', () => {
  // "Dozens of victims were wounded, a large number of injuries" → 12–24, not 24–48.
  const r = consolidate([m(0, 12, 24, { stated: false, kind: 'injured' }), m(0, 12, 24, { stated: false, kind: 'injured' })]).civilians.injured;
  assert.deepEqual([r.min, r.max], [12, 24]);
});

test('ranges: a vague word does NOT raise the top once a source states the count exactly', () => {
  // "At least two people were killed … an agency reported two deaths … a channel spoke of dozens of deaths" → 2–2.
  const r = consolidate([m(0, 2, null, { group: 'unknown' }), m(1, 2, 2, { group: 'unknown' }), m(4, 12, 24, { stated: false, group: 'unknown' })]).civilians.killed;
  assert.deepEqual([r.min, r.max], [2, 2]);
  // An approximate count is no exact one: "at least ten … about 10 … dozens of martyrs" → 10–24.
  const approx = consolidate([m(0, 10, null), m(2, 9, 11, { conservative: 10 }), m(4, 12, 24, { stated: false, group: 'unknown' })]).civilians.killed;
  assert.deepEqual([approx.min, approx.max], [10, 24]);
});

test('ranges: an alternative reading of a part is a part, not another reading of the whole', () => {
  // "Nine people were killed, including four children, while a second agency counted three children" → 9.
  const part = consolidate([m(0, 9, 9), m(0, 4, 4, { subsetOf: 0 }), m(0, 3, 3, { alternative: true })]).civilians.killed;
  assert.deepEqual([part.min, part.max], [9, 9]);
  // A reading larger than the part reads the whole: "… while a second agency counted eleven deaths" → 9–11.
  const whole = consolidate([m(0, 9, 9), m(0, 4, 4, { subsetOf: 0 }), m(0, 11, 11, { alternative: true })]).civilians.killed;
  assert.deepEqual([whole.min, whole.max], [9, 11]);
});

test('ranges: named victims that open the report\'s figures are a lead count: a later, larger figure raises only the top', () => {
  // "A woman and a child were killed … Later reports gave a toll of three civilians."
  const ind = { individual: true };
  const r = consolidate([m(0, 1, 1, ind), m(0, 1, 1, ind), m(2, 3, 3)]).civilians.killed;
  assert.deepEqual([r.min, r.max], [2, 3]);
  // One named person is no lead count.
  const one = consolidate([m(0, 1, 1, ind), m(2, 3, 3)]).civilians.killed;
  assert.deepEqual([one.min, one.max], [3, 3]);
});

test('ranges: "casualties" alone are killed or injured: each harm from none to the figure', () => {
  // "A number of casualties were brought to the hospital after the strike."
  const cas = (s: number, min: number, max: number | null, v: Partial<CasualtyValue> = {}) => m(s, min, max, { kind: 'injured', group: 'unknown', cue: 'casualties', ...v });
  const r = consolidate([cas(0, 2, 2, { stated: false })]).civilians;
  assert.deepEqual([r.killed.min, r.killed.max, r.killed.conservative], [0, 2, 0]);
  assert.deepEqual([r.injured.min, r.injured.max, r.injured.conservative], [0, 2, 2]);
  // Beside a figure of the dead ("three were killed … a number of casualties"), the word keeps its injured reading.
  const beside = consolidate([m(0, 3, 3), cas(1, 2, 2, { stated: false })]).civilians;
  assert.deepEqual([beside.killed.min, beside.killed.max, beside.injured.min, beside.injured.max], [3, 3, 2, 2]);
  // Another word of the wounded ("five injuries") keeps its own reading.
  const injuries = consolidate([cas(0, 5, 5, { cue: 'injuries' })]).civilians;
  assert.deepEqual([injuries.killed.max, injuries.injured.min], [0, 5]);
});

test('ranges: "several others were injured" reads as "others" (2–2), not as an open "at least three"', () => {
  const r = consolidate([m(0, 2, 2), m(0, 3, null, { kind: 'injured', stated: false, additional: true, conservative: 3 })]).civilians.injured;
  assert.deepEqual([r.min, r.max], [2, 2]);
  // Not a vague figure of the people counted first ("several children were injured").
  const own = consolidate([m(0, 3, null, { kind: 'injured', stated: false, conservative: 3 })]).civilians.injured;
  assert.deepEqual([own.min, own.max], [3, null]);
});
