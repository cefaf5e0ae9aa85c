import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { analysisSchema, analysisJsonSchema } from './schema.js';

// Contract test: what `analyze()` produces must validate against the published schema.
const texts: [string, { published?: string }][] = [
  ['Air strike kills family in western Mosul: officials\n\nFive members of one family were killed when an air strike hit their house in the al-Jadida district of Mosul on Thursday, a local official said. The US-led coalition said it was reviewing the report. "We take every allegation seriously," Col. Ryan Dillon told reporters on Friday.', { published: '2017-03-21' }],
  ['Shelling hit a village in Myawaddy township on Monday, killing at least three people and wounding dozens, residents said. The military denied that its troops had fired on the village. More than 2,000 people have fled since last week, according to a local aid group.', { published: '2021-06-02' }],
  ['An Israeli strike on a house in Khan Younis killed between 6 and 11 people, the Gaza health ministry said, adding that scores were injured.', {}],
  ['Le bombardement a tué quatre civils à Mossoul jeudi, selon la police locale. Les secours cherchent encore des survivants dans les décombres.', {}],
];

test('analyze() output validates against the civwatch.analysis/1 schema', () => {
  for (const [text, meta] of texts) {
    const analysis = analyze(text, { id: 'contract', ...meta });
    const result = analysisSchema.safeParse(JSON.parse(JSON.stringify(analysis)));
    assert.ok(result.success, `${text.slice(0, 40)}…: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`);
  }
});

test('the schema refuses an analysis that breaks the contract', () => {
  const good = JSON.parse(JSON.stringify(analyze(texts[0][0], { id: 'x', published: '2017-03-21' })));
  assert.equal(analysisSchema.safeParse(good).success, true);
  assert.equal(analysisSchema.safeParse({ ...good, format: 'civwatch.analysis/2' }).success, false);
  assert.equal(analysisSchema.safeParse({ ...good, claims: undefined }).success, false);
  assert.equal(analysisSchema.safeParse({ ...good, report: { ...good.report, published: '4 April 2017' } }).success, false);
  const badCasualty = { text: 'five', start: 0, end: 4, sentence: 0, kind: 'killed', group: 'women', min: 5, max: 5, conservative: 5, stated: true, hedged: false };
  assert.equal(analysisSchema.safeParse({ ...good, casualties: [badCasualty] }).success, false);
  const badPlace = { text: 'Mosul', start: 0, end: 5, name: 'Mosul', country: 'Iraq', lat: 36.3, lon: 43.1, precision: 'city', source: 'x' };
  assert.equal(analysisSchema.safeParse({ ...good, places: [badPlace] }).success, false);
});

test('extra fields are allowed (the contract may grow)', () => {
  const good = JSON.parse(JSON.stringify(analyze(texts[1][0], { id: 'x' })));
  assert.equal(analysisSchema.safeParse({ ...good, stats: { ms: 3 } }).success, true);
});

test('the JSON Schema names every contract field', () => {
  const schema = analysisJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] };
  for (const key of ['format', 'report', 'sentences', 'claims', 'unattributed', 'dates', 'places', 'actors', 'casualties', 'events']) {
    assert.ok(schema.properties[key], key);
    assert.ok(schema.required.includes(key), key);
  }
  assert.deepEqual(Object.keys(schema.properties.report.properties ?? {}).sort(), ['byline', 'id', 'language', 'outlet', 'published', 'text', 'title', 'url']);
  JSON.stringify(schema); // serialisable
});
