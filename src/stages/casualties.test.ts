import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../pipeline/runner.js';
import { createReport, spansOf } from '../report/report.js';
import type { CasualtyValue } from '../report/types.js';
import { segment } from './segment.js';
import { actors } from './actors.js';
import { casualties } from './casualties.js';

/** Run the stage; the trace is returned so a failing assertion can show it. */
function run(text: string): { figs: (CasualtyValue & { text: string })[]; trace: string } {
  const lines: string[] = [];
  const report = buildPipeline([segment, actors, casualties], { trace: (l) => lines.push(l) }).run(createReport(text));
  const figs = spansOf(report, 'casualty').map((s) => ({ ...s.value, text: s.text }));
  return { figs, trace: lines.join('\n') };
}

/** The one figure of a sentence, compared on the fields given. */
function one(text: string, expected: Partial<CasualtyValue> & { text?: string }): void {
  const { figs, trace } = run(text);
  assert.equal(figs.length, 1, `expected one figure in "${text}", got ${JSON.stringify(figs)}\n${trace}`);
  const got = Object.fromEntries(Object.keys(expected).map((k) => [k, (figs[0] as unknown as Record<string, unknown>)[k]]));
  assert.deepEqual(got, expected, `in "${text}"\n${trace}`);
}

function none(text: string): void {
  const { figs, trace } = run(text);
  assert.deepEqual(figs.map((f) => f.text), [], `no casualty expected in "${text}"\n${trace}`);
}

test('active and passive killing, with the span over the number and its people', () => {
  one('An air strike killed 11 civilians near the market.', { text: '11 civilians', kind: 'killed', group: 'civilians', min: 11, max: 11, conservative: 11, stated: true, hedged: false });
  one('Eleven civilians were killed when the shell landed.', { text: 'Eleven civilians', kind: 'killed', min: 11 });
  one('Shelling hit the village, killing at least 5.', { text: 'at least 5', kind: 'killed', group: 'unknown', min: 5, max: null });
  one('The raid, which also killed four other IS jihadists, lasted an hour.', { text: 'four other IS jihadists', group: 'combatants', min: 4, max: 4 });
  one('Nine civilians lost their lives in the attack.', { kind: 'killed', min: 9 });
  one('The attack left 11 dead.', { text: '11 dead', kind: 'killed', min: 11 });
});

test('kinds: injured, displaced, detained, missing', () => {
  one('Three guards were wounded in the blast.', { kind: 'injured', group: 'combatants', min: 3 });
  one('More than 2,000 residents fled to the border.', { kind: 'displaced', group: 'civilians', min: 2001, max: null, conservative: 2000 });
  one('Police arrested 12 protesters on Friday.', { kind: 'detained', group: 'civilians', min: 12 });
  one('Gunmen abducted 30 students from the school.', { kind: 'detained', min: 30 });
  one('Two fishermen are still missing.', { kind: 'missing', group: 'civilians', min: 2 });
  one('The clashes displaced 400 families.', { kind: 'displaced', group: 'civilians', min: 400 });
});

test('two figures in one sentence keep their own verbs and groups ("others" inherit the group)', () => {
  const { figs } = run('Five soldiers died and 8 others were injured in the ambush.');
  assert.deepEqual(figs.map((f) => [f.text, f.kind, f.group, f.min]), [['Five soldiers', 'killed', 'combatants', 5], ['8 others', 'injured', 'combatants', 8]]);
  const b = run('The bombing killed three civilians and wounded six children.').figs;
  assert.deepEqual(b.map((f) => [f.kind, f.min]), [['killed', 3], ['injured', 6]]);
});

test('a shared verb after coordinated figures applies to both', () => {
  const { figs } = run('Three police officers and one driver were injured by the bomb.');
  assert.deepEqual(figs.map((f) => [f.text, f.kind, f.group]), [['Three police officers', 'injured', 'combatants'], ['one driver', 'injured', 'unknown']]);
});

test('subsets are marked so they are not added twice', () => {
  const { figs } = run('The bomb exploded in the square, injuring nine villagers, including three children.');
  assert.equal(figs.length, 2);
  assert.equal(figs[0].subsetOf, undefined);
  assert.equal(figs[1].subsetOf, 0);
  assert.equal(figs[1].kind, 'injured');
  const fam = run('A teacher, along with 12 relatives, including four women and six children, was killed.').figs;
  assert.deepEqual(fam.map((f) => [f.text, f.subsetOf]), [['A teacher', undefined], ['12 relatives', undefined], ['four women', 1], ['six children', 1]]);
  // A part with another harm is not a subset: the one who died is counted as killed.
  const died = run('The shelling injured three women, one of whom later died.').figs;
  assert.deepEqual(died.map((f) => [f.kind, f.subsetOf]), [['injured', undefined], ['killed', undefined]]);
});

test('families and coordinated people count as one figure', () => {
  one('A family of five was killed when the house collapsed.', { min: 5, max: 5, group: 'civilians', stated: true });
  one('A woman and her four sons were killed in the strike.', { min: 5, group: 'civilians' });
  one('Two children and their mother were killed overnight.', { min: 3, group: 'civilians' });
  one('A man was killed when the mortar hit his shop.', { min: 1, kind: 'killed' });
  one('The shell hit a farm and killed him.', { min: 1, kind: 'killed' });
});

test('tolls, bodies and revisions', () => {
  one('The death toll rose to 40 on Sunday.', { kind: 'killed', min: 40, aggregate: true });
  one('Rescuers said six bodies were recovered from the rubble.', { kind: 'killed', min: 6, max: null });
  const { figs } = run('Local media initially reported 6 deaths. Officials later said 11 people were killed.');
  assert.deepEqual(figs.map((f) => [f.conservative, f.supersededBy, f.revises]), [[6, 1, undefined], [11, undefined, 0]]);
  assert.equal(figs[1].min, 6);
  assert.equal(figs[1].max, 11);
});

test('the same person mentioned again is not counted twice; injured then died is killed', () => {
  const { figs } = run('A 10-year-old boy was killed by the blast. He died on the way to hospital.');
  assert.deepEqual(figs.map((f) => [f.kind, f.subsetOf]), [['killed', undefined], ['killed', 0]]);
  one('A woman was injured and later died in hospital.', { kind: 'killed', min: 1 });
  const other = run('A man was injured in the blast. He died two days later.').figs;
  assert.deepEqual(other.map((f) => [f.kind, f.subsetOf]), [['injured', undefined], ['killed', undefined]]);
  const partitive = run('One of the seven police officers at the gate died.').figs;
  assert.deepEqual(partitive.map((f) => [f.min, f.group]), [[1, 'combatants']]);
});

test('a whole takes the verb of its parts; appositives do not break the subset', () => {
  const { figs } = run('Six civilians, including three children, from one family were killed when the house collapsed.');
  assert.deepEqual(figs.map((f) => [f.text, f.kind, f.subsetOf]), [['Six civilians', 'killed', undefined], ['three children', 'killed', 0]]);
  const app = run('On 9 May 2022, 18 civilians, all members of one family, including at least seven children, were killed.').figs;
  assert.deepEqual(app.map((f) => [f.text, f.min, f.subsetOf]), [['18 civilians', 18, undefined], ['at least seven children', 7, 0]]);
  one('The raid killed up to 19 members of the Haddad family.', { group: 'civilians', max: 19 });
  one('The strike killed between 12 to 19 civilians.', { min: 12, max: 19 });
});

test('named victims count one each, once, with their companions', () => {
  one('Karim Yusuf Haddad was killed when the shell hit his shop.', { min: 1, kind: 'killed', text: 'Karim Yusuf Haddad' });
  const { figs } = run('Samir Nabil Odeh (41 years old) was killed along with his three children.');
  assert.deepEqual(figs.map((f) => [f.min, f.kind]), [[1, 'killed'], [3, 'killed']]);
  const app = run('The strike killed a child named Rami Saleh Odeh.').figs;
  assert.deepEqual(app.map((f) => f.min), [1]);
  one('The shelling led to the deaths of at least seven civilians.', { min: 7, max: null, kind: 'killed' });
  const whole = run('At least forty civilians, including a mother alongside her five children and her husband, were killed.').figs;
  assert.deepEqual(whole.map((f) => [f.text, f.min, f.kind, f.subsetOf]), [
    ['At least forty civilians', 40, 'killed', undefined], ['a mother', 1, 'killed', 0], ['five children and her husband', 6, 'killed', 0]]);
});

test('NOT a victim: organisations, places and speakers with capitalised names', () => {
  const { figs } = run('Three soldiers from the Myanmar Army died and a car was destroyed.');
  assert.deepEqual(figs.map((f) => f.text), ['Three soldiers']);
  none('Radio Salam Gaza reported the strike on the market.');
  none('Nadia Karim said the hospital was full of wounded.');
  none('Families were forced up Mount Qandil after fleeing their homes.');
  none('Voters said Wall Street does more to hurt the economy than help it.');
  none('The new tariff hurt the governor among farmers.');
  none('Army Chief Says Troops Will Kill Family Members Of Deserters');
  none('Omar Haddad and Lina Saab were missing from the new film.');
  none('The hackers leaked thousands of "missing" emails.');
  one('Protests broke out after Samir Odeh, 43, was killed by police.', { text: 'Samir Odeh, 43', min: 1, kind: 'killed' });
  one('Yusuf Al-Haddad (25) was killed in the strike.', { text: 'Yusuf Al-Haddad (25)', min: 1 });
  one('A 25-day-old girl was killed.', { min: 1, group: 'civilians' });
  one('At least 21 identified family members were killed.', { min: 21, group: 'civilians' });
});

test('NOT one person: a family or the police named as a group', () => {
  const { figs } = run('The home of the Haddad family was hit and five people were killed.');
  assert.deepEqual(figs.map((f) => f.text), ['five people']);
  none('The police were deployed after the blast.');
  none('On October 9th 2023 killed by mistake was a phrase no one used.');
});

test('hedged figures', () => {
  one('The strike is thought to have killed scores of civilians.', { hedged: true, stated: false, min: 20 });
  one('A coalition strike "probably" killed dozens of civilians.', { hedged: true, min: 12 });
  one('Two students were reportedly injured.', { hedged: true, kind: 'injured' });
  one('The blast may have killed up to 40 people.', { hedged: true, max: 40 });
  one('Two students were injured.', { hedged: false });
});

test('group comes from the noun and its modifiers', () => {
  one('Three PDF members were killed in the ambush.', { group: 'combatants' });
  one('Fifteen family members were killed.', { group: 'civilians' });
  one('Four military personnel died.', { group: 'combatants' });
  one('Two people were killed.', { group: 'unknown' });
  one('Twenty Palestinians were killed in the raid.', { group: 'civilians' });
});

test('NOT casualties: populations, ages, years, distances, strikes, buildings, times, shares, money, durations, units', () => {
  none('About 3 million residents live in the city.');
  none('A 12-year-old girl watched from the window.');
  none('The group seized the town in 2014.');
  none('The village lies 2 km south of the airport.');
  none('Three air strikes hit the bridge.');
  none('Four buildings were destroyed.');
  none('The shelling began at 10 am.');
  none('Turnout fell to 40 percent.');
  none('The fund paid $20 million to the families.');
  none('The siege lasted two weeks.');
  none('Officials saw twice as many families attempting to flee.');
  none('Troops of LIB 289 fired three mortar shells at the village.');
  none('The army fired 10 rounds of 81 mm mortar.');
  none('No casualties were reported.');
  none('Nobody was killed.');
  none('Five people were not injured.');
});

test('NOT the victims: the agent of an active kill verb', () => {
  const { figs } = run('Three gunmen killed two farmers.');
  assert.deepEqual(figs.map((f) => f.text), ['two farmers']);
  none('In court he admitted that he had abducted and killed villagers.');
  none('Salim Haddad killed and robbed travellers on the road.');
});

test('a number counts every noun it governs; "number" itself is nobody; "an unknown number of" is vague', () => {
  one('The strike on the mosque killed at least 13 women and children.', { text: 'at least 13 women and children', min: 13, group: 'civilians' });
  one('Nine members of his family died in the fire.', { group: 'civilians', min: 9 });
  // "An unknown number of" people is an unstated number (2–2 by Airwars' methodology, as "a
  // number of"); the word "number" is no person.
  const { figs } = run('Four marines and an unknown number of Iraqi soldiers died.');
  assert.deepEqual(figs.map((f) => [f.text, f.min, f.max, f.stated]), [['Four marines', 4, 4, true], ['an unknown number of Iraqi soldiers', 2, 2, false]]);
  assert.deepEqual(run('An unknown number died in the raid.').figs, []);
  one('About 8,000 of the town\'s population of 80,000 have fled.', { kind: 'displaced', conservative: 8000 });
  one('Rights groups condemned the killing of 12 in the village.', { min: 12, kind: 'killed' });
});

test('every figure keeps the contract: offsets match the text, integer ranges, min <= conservative <= max', () => {
  const sentences = [
    'Some 3 million Iraqis were displaced.', 'Nearly 100 people were injured.', 'Fewer than ten soldiers died.',
    'Up to 40 people may have died.', 'About 9 to 10 police died.', 'Dozens of civilians were killed and hundreds fled.',
    'Officials initially reported 6 deaths; the toll later rose to 11.', 'Zero civilians were killed, the army said.',
    'A family of five and a woman and her four sons were killed.', 'Around 1.5 million people fled.',
  ];
  for (const text of sentences) {
    const report = buildPipeline([segment, actors, casualties]).run(createReport(text));
    for (const s of spansOf(report, 'casualty')) {
      const v = s.value;
      assert.equal(text.slice(s.start, s.end), s.text);
      for (const n of [v.min, v.conservative, v.max ?? 0]) assert.ok(Number.isInteger(n) && n >= 0, `${n} in "${text}"`);
      // "more than N" alone may put conservative one below min (ACLED codes "over 28" as 28).
      assert.ok(v.min <= v.conservative + 1, `min ${v.min} > conservative ${v.conservative} in "${text}"`);
      if (v.max !== null) assert.ok(v.conservative <= v.max && v.min <= v.max, `range ${v.min}-${v.max} in "${text}"`);
    }
  }
  none('Zero civilians were killed, the army said.');
  const toll = run('Officials initially reported 6 deaths; the toll later rose to 11.').figs;
  assert.deepEqual(toll.map((f) => [f.text, f.min, f.max, f.conservative, f.aggregate, f.supersededBy, f.revises]),
    [['6 deaths', 6, 6, 6, undefined, 1, undefined], ['11', 6, 11, 11, true, undefined, 0]]);
  one('The death toll stood at zero on Monday.', { min: 0, max: 0, aggregate: true });
});
