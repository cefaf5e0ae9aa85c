import { test } from 'node:test';
import { needSharedData } from '../testing/shared-data.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dates } from './dates.js';
import { segment } from './segment.js';
import { createReport, spansOf } from '../report/report.js';
import { buildPipeline } from '../pipeline/runner.js';
import type { DateValue } from '../report/types.js';

const lines: string[] = [];
const pipeline = buildPipeline([segment, dates], { trace: (line) => lines.push(line) });

interface Found extends DateValue {
  text: string;
}

/** The date spans of a text written by the team, published on `published`. */
function found(text: string, published: string | null = '2017-04-04'): Found[] {
  lines.length = 0;
  const r = pipeline.run(createReport(text, { published }));
  return spansOf(r, 'date').map((s) => {
    assert.equal(text.slice(s.start, s.end), s.text, 'span offsets index the text');
    return { text: s.text, ...s.value };
  });
}

/** The single date found in a sentence, with its interval. */
function one(text: string, published: string | null = '2017-04-04'): Found {
  const all = found(text, published);
  // The stage's trace is shown only when the assertion fails.
  assert.equal(all.length, 1, `expected one date in "${text}", got ${JSON.stringify(all.map((d) => d.text))}\ntrace:\n${lines.join('\n')}`);
  return all[0];
}

const interval = (d: Found) => [d.from, d.to];

test('a weekday is the latest such day on or before publication, never after', () => {
  // Published Tuesday 2017-04-04.
  const d = one('Relief officials arrived in the city on Thursday to assess the damage.');
  assert.equal(d.text, 'Thursday');
  assert.deepEqual(interval(d), ['2017-03-30', '2017-03-30']);
  assert.equal(d.stated, false);
  assert.equal(d.anchor, 'published:2017-04-04');
  assert.equal(d.precision, 'day');
  // Same weekday as publication: that very day (wire style says "Tuesday", not "today").
  assert.deepEqual(interval(one('The council met on Tuesday.')), ['2017-04-04', '2017-04-04']);
  assert.deepEqual(interval(one('Gunmen raided the market last Tuesday.')), ['2017-03-28', '2017-03-28']);
  assert.deepEqual(interval(one('A second convoy will leave next Friday.')), ['2017-04-07', '2017-04-07']);
  assert.deepEqual(interval(one('The bridge was shelled on Monday of last week.')), ['2017-03-27', '2017-03-27']);
  assert.deepEqual(interval(one('The clinic was hit on Sunday night.')), ['2017-04-02', '2017-04-02']);
});

test('a month without a year is the latest such month not after publication', () => {
  assert.deepEqual(interval(one('The siege began in March, residents said.')), ['2017-03-01', '2017-03-31']);
  assert.deepEqual(interval(one('The siege began in October, residents said.')), ['2016-10-01', '2016-10-31']);
  const jan = one('The army retook the eastern districts this January.');
  assert.equal(jan.text, 'this January');
  assert.deepEqual(interval(jan), ['2017-01-01', '2017-01-31']);
  assert.equal(jan.precision, 'month');
  assert.deepEqual(interval(one('The camp was first shelled last October.')), ['2016-10-01', '2016-10-31']);
});

test('month and year, bare years and year ranges are whole months and years, stated', () => {
  const oct = one('The offensive to retake the city began in October 2016 with air support.');
  assert.deepEqual([oct.text, ...interval(oct), oct.precision, oct.stated, oct.anchor], ['October 2016', '2016-10-01', '2016-10-31', 'month', true, null]);
  const y = one('The militants overran large parts of the province in 2014.');
  assert.deepEqual([y.text, ...interval(y), y.precision, y.stated], ['2014', '2014-01-01', '2014-12-31', 'year', true]);
  assert.deepEqual(interval(one('Fighting raged between 2014 and 2016.')), ['2014-01-01', '2016-12-31']);
  assert.deepEqual(found('Aid fell in 2014 and 2015.').map((d) => d.text), ['2014', '2015']);
  assert.equal(one('The commander was killed in a 2008 raid on the town.').from, '2008-01-01');
});

test('full calendar days in the forms news and monitors write them', () => {
  const cases: [string, string][] = [
    ['A police officer guards the checkpoint outside the town, March 6, 2017.', '2017-03-06'],
    ['The hospital was evacuated on 6 March 2017 after the shelling.', '2017-03-06'],
    ['On 2 January 2021, at a village near the river, two shells landed on a house.', '2021-01-02'],
    ['On 7th October, 2023, a paramedic was wounded by shrapnel near the crossing.', '2023-10-07'],
    ['On the October 8th, 2023, a father and his three children were killed.', '2023-10-08'],
    ['During the morning of Thursday, October 12th 2023, at least nine people died.', '2023-10-12'],
    ['Around 11:25 in the morning on Friday, October 13th, 2023, a family home was hit.', '2023-10-13'],
    ['Police said the device exploded on 10/03/2021 near the market.', '2021-03-10'],
    ['The convoy was ambushed on 2021-05-18 south of the capital.', '2021-05-18'],
  ];
  for (const [sentence, day] of cases) {
    const d = one(sentence, '2024-01-15');
    assert.deepEqual(interval(d), [day, day], sentence);
    assert.equal(d.precision, 'day', sentence);
    assert.equal(d.stated, true, sentence);
    assert.equal(d.anchor, null, sentence);
  }
});

test('a day and month without a year is stated, with the year inferred from publication', () => {
  const d = one('Gunmen attacked the village on the night of 12 October.', '2023-10-20');
  assert.equal(d.text, 'the night of 12 October');
  assert.deepEqual(interval(d), ['2023-10-12', '2023-10-12']);
  assert.equal(d.stated, true);
  assert.equal(d.anchor, 'published:2023-10-20');
  // Not after publication: 12 October in a report of 5 October 2023 is the year before.
  assert.deepEqual(interval(one('Gunmen attacked the village on 12 October.', '2023-10-05')), ['2022-10-12', '2022-10-12']);
  // …except a day or two after it (FUTURE_DATE_DAYS): a report dated before the day it tells.
  assert.deepEqual(interval(one('Gunmen attacked the village on 6 October.', '2023-10-05')), ['2023-10-06', '2023-10-06']);
  assert.deepEqual(interval(one('Gunmen attacked the village on 8 October.', '2023-10-05')), ['2023-10-08', '2023-10-08']);
  assert.deepEqual(interval(one('Gunmen attacked the village on 9 October.', '2023-10-05')), ['2022-10-09', '2022-10-09']);
});

test('day ranges are one span with the whole interval', () => {
  const d = one('Raids between 7 and 9 October destroyed the water plant.', '2023-10-20');
  assert.equal(d.text, 'between 7 and 9 October');
  assert.deepEqual(interval(d), ['2023-10-07', '2023-10-09']);
  assert.deepEqual(interval(one('Raids from 7 to 9 October 2023 destroyed the water plant.')), ['2023-10-07', '2023-10-09']);
  assert.deepEqual(interval(one('Raids between October 7 and 9 destroyed the water plant.', '2023-10-20')), ['2023-10-07', '2023-10-09']);
});

test('two days sharing a month ("on 27th and 29th August") are two spans, each its own day', () => {
  const two = found('Landmines exploded on 27th and 29th August near the road.', '2023-11-01');
  assert.deepEqual(two.map((d) => [d.text, d.from]), [['27th', '2023-08-27'], ['29th August', '2023-08-29']]);
  // Without "on" a number before "and" is not taken for a day.
  assert.deepEqual(found('Police said 7 and 9 October were the worst days.', '2023-11-01').map((d) => d.text), ['9 October']);
});

test('uncertain days ("17th or 18th") are one span with both days; a lone number after a month is its day', () => {
  assert.deepEqual(interval(one('Two people were hurt on October 17th or 18th 2023 near the camp.')), ['2023-10-17', '2023-10-18']);
  assert.deepEqual(interval(one('A woman died on October 9 or October 10, 2023, her family said.')), ['2023-10-09', '2023-10-10']);
  // chrono alone reads "October 10," as October 2010.
  const d = one('The ministry named him on October 10, when the list came out.', '2023-11-01');
  assert.deepEqual([d.text, ...interval(d), d.precision], ['October 10', '2023-10-10', '2023-10-10', 'day']);
});

test('early, mid- and late narrow a month or a year to a third', () => {
  const mid = one('The offensive stalled in mid-March.');
  assert.deepEqual([mid.text, ...interval(mid), mid.part], ['mid-March', '2017-03-11', '2017-03-20', 'mid']);
  assert.deepEqual(interval(one('The town fell in late October.')), ['2016-10-21', '2016-10-31']);
  assert.deepEqual(interval(one('Talks collapsed late last year.')), ['2016-09-01', '2016-12-31']);
  assert.deepEqual(interval(one('The dam was seized in early 2015.')), ['2015-01-01', '2015-04-30']);
});

test('relative expressions resolve against publication and are not stated', () => {
  const table: [string, string, string, string][] = [
    ['Shelling resumed yesterday, residents said.', 'yesterday', '2017-04-03', '2017-04-03'],
    ['A market was hit earlier this month, killing nine.', 'earlier this month', '2017-04-01', '2017-04-04'],
    ['The most civilian deaths were recorded this month.', 'this month', '2017-04-01', '2017-04-30'],
    ['Three villages were shelled last week.', 'last week', '2017-03-27', '2017-04-02'],
    ['The town fell to the militia last month.', 'last month', '2017-03-01', '2017-03-31'],
    ['Complaints about the strikes have grown in recent weeks.', 'recent weeks', '2017-03-07', '2017-04-04'],
    ['Attacks in the past two weeks killed dozens.', 'past two weeks', '2017-03-21', '2017-04-04'],
    ['Operations began more than two years ago.', 'two years ago', '2015-01-01', '2015-12-31'],
    ['Shelling has killed 40 people in the past 24 hours.', 'past 24 hours', '2017-04-03', '2017-04-04'],
    ['Four houses were destroyed over the weekend.', 'over the weekend', '2017-04-01', '2017-04-02'],
  ];
  for (const [sentence, text, from, to] of table) {
    const d = one(sentence);
    assert.deepEqual([d.text, d.from, d.to], [text, from, to], sentence);
    assert.equal(d.stated, false, sentence);
    assert.equal(d.anchor, 'published:2017-04-04', sentence);
  }
  assert.equal(one('Three villages were shelled last week.').precision, 'week');
  assert.equal(one('Operations began two years ago.').precision, 'year');
});

test('without a publication date relative dates stay unresolved and absolute ones resolve', () => {
  const r = pipeline.run(createReport('The clinic was bombed on Thursday, a week after the raid of 6 March 2017. Aid stopped in March.'));
  const all = spansOf(r, 'date');
  assert.deepEqual(all.map((s) => s.text), ['Thursday', '6 March 2017', 'March']);
  assert.deepEqual([all[0].value.from, all[0].value.to, all[0].value.unresolved], [null, null, 'no publication date']);
  assert.deepEqual([all[1].value.from, all[1].value.to, all[1].value.unresolved], ['2017-03-06', '2017-03-06', undefined]);
  assert.equal(all[2].value.from, null);
  assert.match(r.warnings.join('\n'), /2 date expression\(s\) left unresolved: no publication date/);
});

test('NOT dates: verbs, modals, names, ordinals, times, durations, ages and counts', () => {
  const negatives = [
    'Thousands march through the capital to demand the release of prisoners.',
    'The talks may resume if both sides agree.',
    'A second strike hit the same market an hour later.',
    'The Sunday Times reported the figures first.',
    'Worshippers gathered for Good Friday prayers in the old city.',
    'Organisers said a May Day rally would go ahead.',
    'The blast happened at 3 pm near the bus station.',
    'The family sheltered in the basement for two weeks.',
    'Fighting continued for 10 days before the ceasefire.',
    'A girl aged 12 was among the wounded.',
    'Officials said 2,014 people had been registered at the camp.',
    'Some 3 million people have fled, and 1,000 homes were destroyed.',
    'In the end 2014 civilians were evacuated by bus.',
    'The army sent a 2000-strong force to the border.',
    'Jan Egeland of the Norwegian Refugee Council visited the camp.',
    'Medical teams work 24/7 since the 9/11 attacks changed the city.',
    'A second March rally was planned by students.',
    'The report first ran in the newspaper Palestine Today.',
    'He sat with the newly wed couple in the shelter.',
    'Clashes were reported in Mon State, near Mae Thu village.',
    'Shells landed in May Pwe village after dark.',
  ];
  for (const sentence of negatives) assert.deepEqual(found(sentence).map((d) => d.text), [], `${sentence}\ntrace:\n${lines.join('\n')}`);
});

test('a date never spans two sentences and a stated date is not split into a year span', () => {
  const all = found('The strike came in March\n\n2016 was worse, officials said. It was 6 March 2017.');
  assert.deepEqual(all.map((d) => d.text), ['March', '6 March 2017']);
  assert.deepEqual(interval(all[0]), ['2017-03-01', '2017-03-31']);
});

// --- seed document: the gold dates must come out exactly ----------------------------------------

test('seed article: every gold date interval, resolved against 2017-04-04', (t) => {
  const data = needSharedData(t);
  if (!data) return;
  const articlePath = `${data}/seed/article.txt`;
  const gold = JSON.parse(readFileSync(`${data}/seed/gold.json`, 'utf8')) as { published: string; dates: { text: string; start: string; end: string }[] };
  const r = pipeline.run(createReport(readFileSync(articlePath, 'utf8'), { published: gold.published }));
  const spans = spansOf(r, 'date');
  assert.equal(gold.dates.length, 6);
  for (const g of gold.dates) {
    const hit = spans.find((s) => s.text.toLowerCase().includes(g.text.toLowerCase()) && s.value.from === g.start && s.value.to === g.end);
    assert.ok(hit, `gold date "${g.text}" ${g.start}..${g.end} not found; got ${spans.map((s) => `${s.text}=${s.value.from}..${s.value.to}`).join(', ')}`);
  }
});
