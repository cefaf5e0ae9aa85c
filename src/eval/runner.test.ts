import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeAnalysis, fakeEvent, harm } from './fixtures.js';
import { runEval } from './runner.js';
import type { AnalyzeFn } from './types.js';

/** A miniature data folder in the shape of ../shared/data, written by us (no real data). */
function miniData(): string {
  const root = mkdtempSync(join(tmpdir(), 'civwatch-eval-'));
  const put = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('dev/acled-myanmar-2021-jan-aug.csv', [
    'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,admin1,latitude,longitude,notes,fatalities',
    'T1,2021-02-01T00:00:00Z,1,Explosions/Remote violence,Grenade,Unidentified Armed Group (Myanmar),Yangon,16.8,96.15,"On 1 February 2021, a grenade hit a shop in Yangon, killing two people.",2',
    'T2,2021-02-02T00:00:00Z,1,Explosions/Remote violence,Air/drone strike,Military Forces of Myanmar (2021-),Chin,22.0,93.5,"On 2 February 2021, a jet bombed a village. No casualties.",0',
  ].join('\n'));
  put('dev/airwars-gaza-2023-dev.csv', [
    'Incidence_date,Incidence_id,Strike type,Civilians reported killed,Civilians reported injured,Suspected belligerent,Airwars_assessment',
    'october-9-2023,w1,Airstrike,2,Unknown,Israeli Military,"A strike hit a house, killing two brothers., SummaryStrike statusSingle source claimCivilians reported killed2"',
  ].join('\n'));
  put('dev/re3d/Test/documents.json', '{ "_id" : "D1", "text" : "Coalition jets struck Raqqa." }\n');
  put('dev/re3d/Test/entities.json', '{ "_id" : "E1", "documentId" : "D1", "begin" : 22, "end" : 27, "type" : "Location", "value" : "Raqqa" }\n');
  put('dev/polnear/metadata.tsv', 'compartment\tfilename\tpublication_date\ndev\tpaper_2016-01-01_a\t2016-01-01\n');
  put('dev/polnear/dev/text/paper_2016-01-01_a.txt', 'The mayor said the road was closed.');
  put('dev/polnear/dev/attributions/paper_2016-01-01_a_zz.ann',
    'T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 34\tthe road was closed\nE1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n');
  put('seed/article.txt', 'Two civilians were killed in Kirkuk.');
  put('seed/article.meta.json', '{}');
  put('seed/gold.json', JSON.stringify({
    published: '2017-04-04', claims: [], unattributed: [], dates: [], places: [], events: [],
    casualties: [{ text_has: 'Two civilians', kind: 'killed', group: 'civilians', min: 2, max: 2 }],
  }));
  return root;
}

test('runEval reads every set from a data folder, times it and scores the function given', () => {
  const dataDir = miniData();
  const seen: string[] = [];
  // Says "2 killed, a grenade" about everything: right on T1 and the Airwars min/max, wrong on T2.
  const analyze: AnalyzeFn = (text) => {
    seen.push(text);
    return fakeAnalysis({ events: [fakeEvent({ type: 'Grenade', total: harm(2), civilians: harm(2) })] });
  };
  try {
    const report = runEval({ dataDir, analyze });
    assert.deepEqual(report.sets.map((s) => [s.set, s.items]), [['acled', 2], ['airwars', 1], ['re3d', 1], ['polnear', 1], ['seed', 1]]);
    const m = new Map(report.sets.flatMap((s) => s.measures.map((x) => [x.key, x.value] as const)));
    assert.equal(m.get('acled.fatalities.exact.all'), 0.5);
    assert.equal(m.get('acled.subEventType.accuracy'), 0.5);
    assert.equal(m.get('airwars.killed.both'), 1);
    assert.equal(m.get('airwars.strikeType.agree'), 0);
    assert.equal(m.get('re3d.Location.overlap.f1'), 0);
    assert.equal(m.get('polnear.source.exact.f1'), 0);
    assert.equal(m.get('seed.casualties'), 0);
    assert.ok(report.sets.every((s) => s.seconds >= 0));
    assert.ok(!seen.some((t) => t.includes('Summary')), 'the Airwars summary box is cut before analysis');
    const limited = runEval({ dataDir, analyze, sets: ['acled'], limit: 1 });
    assert.equal(limited.sets[0].items, 1);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('runEval refuses a missing data folder with a clear message', () => {
  assert.throws(() => runEval({ dataDir: join(tmpdir(), 'no-such-civwatch-data') }), /data folder not found/);
});
