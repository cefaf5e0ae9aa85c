/**
 * The Store contract, boilerplate: `sentenceSpread` counts the distinct publication days of the
 * stored reports printing a sentence, up to a cap. See `contract.ts`.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { WithStore } from './contract.js';
import type { Store } from './store.js';
import { reportFixture } from './fixtures.js';

const BOILER = 'The United Nations has repeatedly called on all parties to spare civilians.';

async function put(s: Store, id: string, published: string | null, lead: string): Promise<void> {
  await s.putReport(reportFixture({ id, published, text: `${BOILER} ${lead}` }));
  await s.putSentenceHashes([
    { hash: 'boiler', report: id, sentence: 0, published },
    { hash: `lead-${lead.length}`, report: id, sentence: 1, published },
  ]);
}

/** Register the boilerplate contract tests. */
export function runSpreadContract(withStore: WithStore): void {
  describe('boilerplate', () => {
    withStore('sentenceSpread: distinct publication days per sentence hash (undated as one), up to the cap', async (s) => {
      await put(s, 'wire', '2017-03-20', 'Eleven people were killed in a strike on a house in al-Jadida.');
      await put(s, 'wire-copy', '2017-03-20', 'Eleven people were killed in a strike on a house in al-Jadida, police said.');
      await put(s, 'other', '2017-03-22', 'A car bomb killed four people at a checkpoint in the Zanjili district.');
      await put(s, 'third', '2017-03-25', 'Six people died when shells hit a market in the Old City of Mosul on Sunday.');
      await put(s, 'undated', null, 'Two boys were hurt by a mortar round that landed near their school in Abu Saif.');
      await put(s, 'undated-too', null, 'Residents said the shelling went on through the night and into the early morning.');
      const spread = await s.sentenceSpread(['boiler', 'lead-62', 'nowhere'], 10);
      assert.equal(spread.get('boiler'), 4, 'three days and "undated", the wire story and its copy of one day counting once');
      assert.equal(spread.get('lead-62'), 1);
      assert.equal(spread.has('nowhere'), false, 'a hash no report prints is absent');
      assert.equal((await s.sentenceSpread(['boiler', 'boiler'], 2)).get('boiler'), 2, 'counting stops at the cap');
      assert.equal((await s.sentenceSpread([], 5)).size, 0);
    });

    withStore('originSpread: distinct publication days of the sentences whose origin a sentence is, up to the cap', async (s) => {
      await put(s, 'wire', '2017-03-20', 'Eleven people were killed in a strike on a house in al-Jadida.');
      await put(s, 'wire-copy', '2017-03-20', 'Eleven people were killed in a strike on a house in al-Jadida, police said.');
      await put(s, 'other', '2017-03-22', 'A car bomb killed four people at a checkpoint in the Zanjili district.');
      await put(s, 'undated', null, 'Two boys were hurt by a mortar round that landed near their school in Abu Saif.');
      const origin = (report: string, sentence: number, from: string, at: number) =>
        ({ report, sentence, start: 0, end: 10, originReport: from, originSentence: at, similarity: 1 });
      await s.putSentenceOrigins([
        origin('wire', 0, 'wire', 0), origin('wire', 1, 'wire', 1),
        origin('wire-copy', 0, 'wire', 0), origin('wire-copy', 1, 'wire', 1),
        origin('other', 0, 'wire', 0), origin('other', 1, 'other', 1),
        origin('undated', 0, 'wire', 0),
      ]);
      const n = await s.originSpread([{ report: 'wire', sentence: 0 }, { report: 'wire', sentence: 1 }, { report: 'other', sentence: 1 }, { report: 'nowhere', sentence: 0 }], 10);
      assert.equal(n.get('wire#0'), 3, 'the 20th (twice), the 22nd and undated');
      assert.equal(n.get('wire#1'), 1, 'a wire sentence and its copy of the same day');
      assert.equal(n.get('other#1'), 1);
      assert.equal(n.has('nowhere#0'), false);
      assert.equal((await s.originSpread([{ report: 'wire', sentence: 0 }], 2)).get('wire#0'), 2, 'counting stops at the cap');
      assert.equal((await s.originSpread([], 5)).size, 0);
    });
  });
}
