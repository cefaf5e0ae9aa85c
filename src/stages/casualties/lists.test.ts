import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../pipeline/runner.js';
import { createReport, spansOf } from '../../report/report.js';
import { segment } from '../segment.js';
import { actors } from '../actors.js';
import { casualties } from '../casualties.js';

/** [text, kind, min, max, subsetOf?] of every casualty figure. */
const figs = (text: string) =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty')
    .map((s) => [s.text, s.value.kind, s.value.min, s.value.max, s.value.subsetOf ?? null]);

test('appositive between a figure and its verb: the verb still reaches the figure', () => {
  assert.deepEqual(figs('Yusuf Darwish (24 years old), a volunteer with the local rescue team, was killed in the raid.'),
    [['Yusuf Darwish (24 years old)', 'killed', 1, 1, null]]);
  assert.deepEqual(figs('At least one civilian, a young man named Tarek Odeh, was killed and others were wounded.'),
    [['At least one civilian', 'killed', 1, null, null], ['others', 'injured', 2, 2, null]]);
  // A state on the way does not hide the killing verb after it.
  assert.deepEqual(figs('A bus driver, Sami Naser, first reported missing by neighbours, was later killed in the attack.').map((f) => f[1]), ['killed']);
  // No figure is read inside the appositive.
  assert.deepEqual(figs('Rami Haddad, 40, son of the late mayor Khalil Haddad, was killed.').length, 1);
});

test('NOT an appositive: a comma before something else, a list, or a count inside', () => {
  assert.deepEqual(figs('Ahmed Nasser, the mayor, said five people were killed.'), [['five people', 'killed', 5, 5, null]]);
  // The count inside is its own figure: the name does not swallow it.
  const f = figs('Dr Salim Khoury, along with 12 relatives, including four children, was killed.');
  assert.ok(f.some((x) => x[0] === '12 relatives'), JSON.stringify(f));
});

test('a list of named people shares the verb beside the last name', () => {
  assert.deepEqual(figs('Ali Hassan, Omar Khalil, and Fatima Nour were killed in the strike.').map((f) => f[0]),
    ['Ali Hassan', 'Omar Khalil', 'Fatima Nour']);
  // Only names in a plain list: a place name in brackets before "a man was killed" is none of them.
  assert.deepEqual(figs('In Hpa village (Namtu township, Shan-North), a man was killed by a landmine.').map((f) => f[0]), ['a man']);
  // A name far from any verb still needs one beside it.
  assert.deepEqual(figs('Ali Hassan and Omar Khalil visited the site, where the bombing had killed nobody.'), []);
});

test('ages after a name are not counts', () => {
  assert.deepEqual(figs('His wife, Mona Fares, 31 were also killed.').map((f) => [f[2], f[3]]), [[1, 1]]);
  assert.deepEqual(figs('Their son, Karim Abdel Salam, 25, and his wife, Rana Saleh, 21 were also killed.').map((f) => [f[2], f[3]]), [[1, 1], [1, 1]]);
  // A number with its people after a name's comma is a count.
  assert.ok(figs('Near Omar Saleh, 12 relatives were killed.').some((f) => f[2] === 12));
});

test('"his wife", "their son" are other people, not the one mentioned before', () => {
  const f = figs('Munir Haddad was killed with his wife.');
  assert.deepEqual(f.map((x) => x[4]), [null, null]);
  // A pronoun is the same person again.
  const g = figs('A boy was killed in the blast. He died before reaching hospital.');
  assert.equal(g[1][4], 0);
});

test('"members of the X family" is one noun phrase, so lists of them stay parts of the whole', () => {
  assert.deepEqual(figs('At least 30 civilians, including 11 members of the Saleh family and nine members of the Odeh family, were killed.'),
    [['At least 30 civilians', 'killed', 30, null, null], ['11 members of the Saleh family', 'killed', 11, 11, 0], ['nine members of the Odeh family', 'killed', 9, 9, 0]]);
  // A number after "of" is no complement: "a mother of six".
  assert.equal(figs('The strike killed a mother of six children.')[0][0], 'a mother');
});

test('a dash after a figure opens its breakdown; NOT a dash between separate clauses', () => {
  assert.deepEqual(figs('The strike killed the four children of Hani Odeh – two sons and two daughters – and wounded his wife.').map((f) => [f[0], f[4]]),
    [['four children of Hani Odeh', null], ['two sons', 0], ['two daughters', 0], ['his wife', null]]);
});

test('a single person in commas after a figure of one is that one; NOT in a list', () => {
  assert.deepEqual(figs('The blast killed at least one member of the family, a child, and wounded others.').map((f) => f[0]),
    ['at least one member of the family, a child', 'others']);
  assert.deepEqual(figs('One man, a woman and a child were killed.').map((f) => f[0]), ['One man', 'a woman', 'a child']);
});

test('"sustained moderate injuries" and kin are injury cues', () => {
  assert.deepEqual(figs('Five relatives sustained moderate injuries in the strike.').map((f) => f[1]), ['injured']);
  assert.deepEqual(figs('Five relatives sustained the family business.'), []);
});

test('numbers after "aged" and joined ages ("40- or 41-year-old") are ages, not counts', () => {
  assert.deepEqual(figs('Two boys aged about eight and ten were among those killed.').map((f) => [f[0], f[2], f[3]]), [['Two boys', 2, 2]]);
  // No age is a count; "her children" is an unstated number of people (2–2, see bare plurals).
  assert.deepEqual(figs('Her children, aged between two and eleven, were killed.'), [['Her children', 'killed', 2, 2, null]]);
  assert.deepEqual(figs('Their daughters, 40- or 41-year old Hoda and 23-year old Amira, were killed.').map((f) => f[2]), [2]);
  // Not after "aged": a range of people stays a range.
  assert.deepEqual(figs('The strike killed 40 or 41 people.').map((f) => [f[2], f[3]]), [[40, 41]]);
  assert.deepEqual(figs('Between two and eleven people were killed.').map((f) => [f[2], f[3]]), [[2, 11]]);
});

/** [text, kind, group, min, max] of every casualty figure. */
const grouped = (text: string) =>
  spansOf(buildPipeline([segment, actors, casualties]).run(createReport(text)), 'casualty')
    .map((s) => [s.text, s.value.kind, s.value.group, s.value.min, s.value.max]);

test('one person killed together with civilians is one of their company: "Ali Said was killed with his two sons"', () => {
  assert.deepEqual(grouped('Karim Youssef Haddad was killed along with his two daughters when the shell hit.'),
    [['Karim Youssef Haddad', 'killed', 'civilians', 1, 1], ['two daughters', 'killed', 'civilians', 2, 2]]);
  assert.deepEqual(grouped('Nabil Saad Fares was killed with his wife.').map((f) => f[2]), ['civilians', 'civilians']);
  assert.deepEqual(grouped('A man and three women were killed in the blast.').map((f) => f[2]), ['civilians', 'civilians']);
  // A name, a comma, then the family: a list, not a breakdown.
  assert.deepEqual(grouped('The shell killed Tarek Saeed Nour, his wife and their two sons.').map((f) => [f[2], f[3]]), [['civilians', 1], ['civilians', 3]]);
});

test('NOT one of the company: a breakdown after a comma, or another clause', () => {
  // "two civilians, a man named …": the man is one of the two.
  assert.deepEqual(grouped('The raid killed two civilians, a 40-year old man named Fadi Naji Karam and his son, at home.').map((f) => f[2]),
    ['civilians', 'unknown']);
  // Another source's reading in a second clause is no company.
  assert.deepEqual(grouped('A young man was killed, while a radio station reported the death of a Palestinian.').map((f) => f[2]),
    ['unknown', 'civilians']);
});

test('a name with another name in brackets is one person: "a woman, Rana Ali (also known as Rana Ali Odeh), and her three sons"', () => {
  assert.deepEqual(grouped('The strike killed a woman, Rana Samir Ali (also known as Rana Ali Odeh), and her three sons – Omar, Adam and Zaid.'),
    [['a woman, Rana Samir Ali (also known as Rana Ali Odeh)', 'killed', 'civilians', 1, 1], ['three sons', 'killed', 'civilians', 3, 3]]);
});

test('parts after "including" share the whole\'s harm, not the verb of the clause after them', () => {
  assert.deepEqual(grouped('At least 12 people were killed, including four children and a woman, while six others were wounded in the raid.').map((f) => [f[0], f[1]]),
    [['At least 12 people', 'killed'], ['four children', 'killed'], ['a woman', 'killed'], ['six others', 'injured']]);
  // A whole without its own verb still takes its parts' verb.
  assert.deepEqual(grouped('Nine villagers, including two boys, were injured.').map((f) => f[1]), ['injured', 'injured']);
});

test('a named person "along with" a figure shares its verb, however far the verb stands', () => {
  assert.deepEqual(grouped('Nadia Fares Aziz, along with 11 members of her family, including four children, were killed in the strike.').map((f) => [f[0], f[1], f[2], f[3]]),
    [['Nadia Fares Aziz', 'killed', 'civilians', 1], ['11 members of her family', 'killed', 'civilians', 11], ['four children', 'killed', 'civilians', 4]]);
  // A name with no company keeps needing its verb beside it.
  assert.deepEqual(grouped('Nadia Fares Aziz said that 11 members of her family were killed.').map((f) => f[0]), ['11 members of her family']);
});

test('a whole opening an "including" clause takes the verb after the clause; the figures inside are its parts', () => {
  const f = grouped('Twenty members of the Saleh family, including at least six women, two of whom were pregnant, and at least seven children and three men were reportedly killed.');
  assert.deepEqual(f.map((x) => [x[0], x[1]])[0], ['Twenty members of the Saleh family', 'killed']);
  const parts = spansOf(buildPipeline([segment, actors, casualties]).run(createReport('Twenty members of the Saleh family, including at least six women, two of whom were pregnant, and at least seven children and three men were reportedly killed.')), 'casualty')
    .filter((s) => s.value.subsetOf === undefined);
  assert.deepEqual(parts.map((s) => s.text), ['Twenty members of the Saleh family']);
  // NOT when the verb after the clause is that of "others".
  assert.equal(grouped('At least 14 women, including two nurses, and others were wounded.').some((x) => x[1] === 'killed'), false);
});

test('a list after a colon or dash that closes a harm clause takes its harm: "killed members of the family: A, B …"', () => {
  assert.deepEqual(figs('The shelling killed members of the Haddad family: Omar Haddad (45 years old), Rana Haddad and Sami Haddad.').map((f) => f.slice(0, 2)),
    [['Omar Haddad (45 years old)', 'killed'], ['Rana Haddad', 'killed'], ['Sami Haddad', 'killed']]);
  // After a number figure's harm clause the people listed are its parts, however long the clause.
  const parts = figs('Medics named nine civilians who were killed in the strike on Sunday: Omar Haddad, Rana Haddad and Sami Haddad.');
  assert.deepEqual(parts.map((f) => f[4]), [null, 0, 0, 0]);
  // Another verb between the harm word and the colon: the list is its object, not the harmed.
  assert.deepEqual(figs('The people who posted lists of the civilians killed included: Omar Haddad and Rana Haddad.'), []);
});

test('a dash after a number figure opens its breakdown, up to the closing dash; "others" are more people', () => {
  assert.deepEqual(figs('At least four civilians were killed – a woman and three children.').map((f) => f[4]), [null, 0, 0]);
  assert.deepEqual(figs('Two civilians were killed – a man and his son – and four others were injured.').map((f) => [f[1], f[4]]),
    [['killed', null], ['killed', 0], ['injured', null]]);
});

test('NOT a person: a thing whose name ends like a people noun ("the list", "a prayer")', () => {
  assert.deepEqual(figs('Relatives shared the list of those killed in the strike.'), []);
});

test('names with their ages told before them are a list sharing the verb after the last one', () => {
  assert.deepEqual(figs('On Monday, 17 year old Lina Omar Haddad, 40 year old Sami Khalil Nasr, and his two month old nephew Adam Sami Nasr were killed.').map((f) => f.slice(0, 2)),
    [['Lina Omar Haddad', 'killed'], ['Sami Khalil Nasr', 'killed'], ['Adam Sami Nasr', 'killed']]);
});

test('a particle with its hyphen ("al-Qara" split as al / - / Qara) is part of the name', () => {
  assert.deepEqual(figs('Nizam Saad al-Qara was killed in the strike.').map((f) => f.slice(0, 2)), [['Nizam Saad al-Qara', 'killed']]);
  assert.deepEqual(figs('Her cousin Omar Abdul Qadir el-Masri was injured.').map((f) => f[1]), ['injured']);
});
