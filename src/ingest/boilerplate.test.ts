import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../store/sqlite/store.js';
import { ingestReport } from './ingest.js';
import { COMMON_DAYS } from '../corpus/boilerplate.js';

// Written for these tests: invented strikes in invented words, each story with the same two
// paragraphs of wire background (more than half of each story's text), as wire services print them.
const BACKGROUND = `Monitoring groups say it is increasingly difficult to verify casualty figures because journalists have limited access to the province and telephone lines are frequently cut. Figures given by the warring parties often differ sharply, and independent investigators rely on witness accounts, photographs and satellite imagery.

The United Nations has repeatedly called on all parties to the conflict to take every feasible precaution to spare civilians, and has reminded them that explosive weapons in populated areas carry a high risk of indiscriminate harm. Its officials say those warnings have largely gone unheeded.

Earlier this month, the UN humanitarian office warned that fuel for hospital generators in the province would soon run out unless more supplies were allowed in.`;

// Each story's own news, in its own words.
const LEADS: [string, string][] = [
  ['Shells kill three in Saraqib', 'Three people died when shells landed on a row of shops in Saraqib on Friday morning, according to rescue workers. A fourth man lost both legs and was carried to a field clinic by his brothers.'],
  ['Drone hits car near Binnish', 'A drone struck a car on the road outside Binnish late on Saturday, killing the four relatives inside, a local council member said. The family had been driving back from a wedding.'],
  ['Five dead as school shelter is bombed in Ariha', 'Jets bombed a school used as a shelter in Ariha on Sunday. Five of the displaced families sleeping in its classrooms were killed, and teachers dug through the rubble with their hands until dawn.'],
  ['Market fire after strike in Jisr al-Shughur', 'Six traders were killed and the vegetable market of Jisr al-Shughur burned for hours after a missile hit it at midday on Monday, witnesses told our correspondent by telephone.'],
  ['Bakery queue struck in Maarat al-Numan', 'A strike on a bakery queue in Maarat al-Numan killed seven people on Tuesday, among them two girls, the town hospital said. Bread has been scarce there since the mills closed.'],
  ['Clinic damaged, eight dead in Kafr Nabl', 'Barrel bombs dropped from a helicopter damaged the only clinic in Kafr Nabl on Wednesday evening and killed eight people in the houses around it, nurses said.'],
  ['Water station hit in Khan Shaykhun', 'The pumping station that supplies Khan Shaykhun with water was destroyed in an air raid before sunrise on Thursday. Nine workers and neighbours were killed, the municipality said in a statement.'],
  ['Ten killed at Sarmin mosque', 'Ten worshippers leaving a mosque in Sarmin after evening prayers on Friday were killed by two missiles, relatives said, and a dozen more were wounded by glass and falling masonry.'],
];
const story = (i: number) => `${LEADS[i][0]}\n\n${LEADS[i][1]}\n\n${BACKGROUND}`;

test(`boilerplate printed on ${COMMON_DAYS}+ days makes no copy and no re-anchored date; a real copy among them is still found`, async () => {
  const store = openSqliteStore(':memory:');
  try {
    store.migrate();
    const outcomes = [];
    for (let i = 0; i < LEADS.length; i++) {
      outcomes.push(await ingestReport(store, { text: story(i), meta: { id: `s${i}`, published: `2019-05-${String(11 + i).padStart(2, '0')}`, outlet: `Outlet ${i}` } }));
    }
    // Before the background is common (printed on fewer than COMMON_DAYS days), it still reads
    // as shared text: the cut-off is for every story after that.
    const later = outcomes.slice(COMMON_DAYS);
    assert.ok(later.length >= 2);
    for (const o of later) {
      assert.equal(o.copyOf, null, `${o.id} is its own story`);
      assert.equal(o.stitched, false, `${o.id} is not stitched`);
      assert.equal(o.reanchored, false, `${o.id}: "Earlier this month" is its own, not an earlier story's`);
    }
    const origins = await store.getSentenceOrigins(later[0].id);
    assert.ok(origins.length > 0 && origins.every((x) => x.originReport === later[0].id), 'every sentence its own origin');
    // A syndicated copy of the last story under a new headline: a copy, boilerplate or not.
    const last = story(LEADS.length - 1).split('\n').slice(1).join('\n');
    const copy = await ingestReport(store, { text: `Missiles kill worshippers in Sarmin\n${last}`, meta: { id: 'copy', published: '2019-05-19', outlet: 'Reprint Daily' } });
    assert.equal(copy.copyOf, `s${LEADS.length - 1}`);
  } finally {
    store.close();
  }
});

test('NOT boilerplate: the same background on fewer days than the cut-off still counts as shared text', async () => {
  const store = openSqliteStore(':memory:');
  try {
    store.migrate();
    const a = await ingestReport(store, { text: story(0), meta: { id: 'a', published: '2019-05-11' } });
    const b = await ingestReport(store, { text: story(2), meta: { id: 'b', published: '2019-05-12' } });
    assert.equal(a.copyOf, null);
    assert.equal(b.copyOf, 'a', 'two stories sharing most of their text, below the cut-off: a copy, as before');
  } finally {
    store.close();
  }
});
