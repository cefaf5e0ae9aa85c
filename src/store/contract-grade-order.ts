/**
 * The Store contract, grade history order: records come back in the order they were stored,
 * whatever their `at` says (machines' clocks disagree), so the last record — the current
 * decision — is the last one written. See `contract.ts`.
 */
import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { GradeRecord } from '../corpus/types.js';
import { grade } from '../corpus/grade.js';
import type { WithStore } from './contract.js';
import { incidentFixture } from './fixtures.js';

const auto = (g: GradeRecord['grade'], at: string): GradeRecord => ({ grade: g, reasons: [`automatic: ${g}`], at, by: 'auto' });

/** Register the grade-order contract tests. */
export function runGradeOrderContract(withStore: WithStore): void {
  describe('grade history order', () => {
    withStore('an analyst grade stamped by a slow clock stays last and current (get and list)', async (s) => {
      const first = auto('weak', '2026-03-01T10:00:00Z');
      await s.putIncident(incidentFixture({ id: 'skew', grade: 'weak', gradeReasons: first.reasons, gradeHistory: [first] }), []);
      const second = auto('fair', '2026-03-01T12:00:00Z');
      await s.putGrade('skew', second);
      // The analyst's machine is two hours behind: their decision, written last, is stamped earliest.
      const human: GradeRecord = { grade: 'discounted', reasons: ['the outlet retracted the report'], at: '2026-03-01T08:00:00Z', by: 'human' };
      await s.putGrade('skew', human);
      const got = await s.getIncident('skew');
      assert.deepEqual(got?.gradeHistory, [first, second, human], 'insertion order, not the order of `at`');
      assert.equal(got?.grade, 'discounted');
      const listed = (await s.listIncidents({ limit: 10 })).items.find((i) => i.id === 'skew');
      assert.deepEqual(listed?.gradeHistory, [first, second, human], 'a listing page reads history in the same order');
      assert.equal(grade({ perpetrator: null, gradeHistory: got!.gradeHistory }, []).grade, 'discounted', "the analyst's grade stands");
    });

    withStore('a later automatic record stamped before the analyst is appended after it; re-putting history adds nothing', async (s) => {
      const human: GradeRecord = { grade: 'confirmed', reasons: ['acknowledged by the coalition'], at: '2026-03-02T09:00:00Z', by: 'human' };
      const first = auto('weak', '2026-03-02T08:00:00Z');
      await s.putIncident(incidentFixture({ id: 'skew2', grade: 'confirmed', gradeReasons: human.reasons, gradeHistory: [first, human] }), []);
      const late = auto('fair', '2026-03-02T07:00:00Z'); // a worker whose clock runs behind
      await s.putIncident(incidentFixture({ id: 'skew2', grade: 'fair', gradeReasons: late.reasons, gradeHistory: [first, human, late] }), []);
      const got = await s.getIncident('skew2');
      assert.deepEqual(got?.gradeHistory, [first, human, late]);
      assert.notEqual(got?.gradeHistory.at(-1)?.by, 'human', 'the automatic record written after the analyst is last');
      await s.putIncident(incidentFixture({ id: 'skew2', grade: 'fair', gradeReasons: late.reasons, gradeHistory: [late, first, human] }), []);
      assert.deepEqual((await s.getIncident('skew2'))?.gradeHistory, [first, human, late], 'known records are not moved or doubled');
    });
  });
}
