import type { BatchSummary } from './batch.js';

/**
 * The live progress line: reports read, rate, copies found, incidents touched.
 *
 * @example
 * progressLine({ read: 120, seconds: 8, copies: 14, incidentsTouched: 40, … }); // '120 reports · 15.0/s · 14 copies · 40 incidents touched'
 */
export function progressLine(s: BatchSummary): string {
  const rate = s.seconds > 0 ? s.read / s.seconds : 0;
  const parts = [`${s.read} reports`, `${rate.toFixed(1)}/s`, `${s.copies} ${s.copies === 1 ? 'copy' : 'copies'}`, `${s.incidentsTouched} incidents touched`];
  if (s.duplicates) parts.splice(2, 0, `${s.duplicates} already stored`);
  if (s.failed) parts.push(`${s.failed} failed`);
  return parts.join(' · ');
}

/**
 * The summary printed when a batch ends.
 *
 * @example
 * summaryText(summary); // 'ingest: 31 reports read in 4.2 s: 30 stored, 1 duplicate skipped, …'
 */
export function summaryText(s: BatchSummary): string {
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  return [
    `ingest: ${n(s.read, 'report')} read in ${s.seconds.toFixed(1)} s (${(s.seconds > 0 ? s.read / s.seconds : 0).toFixed(1)}/s)`,
    `  stored ${s.stored}, duplicates skipped ${s.duplicates}, copies ${s.copies}, stitched ${s.stitched}, re-anchored ${s.reanchored}, failed ${s.failed}`,
    `  incidents created ${s.incidentsCreated}, updated ${s.incidentsUpdated}`,
  ].join('\n');
}

/**
 * A throttled progress writer for a terminal: rewrites one line (carriage return) at most every
 * `everyMs`, and clears it before other output and at the end.
 *
 * @example
 * const p = progressWriter(process.stderr); p.update(summary); … p.done();
 */
export function progressWriter(stream: { write(s: string): boolean }, everyMs = 200): { update(s: BatchSummary): void; clear(): void; done(s?: BatchSummary): void } {
  let last = 0;
  let shown = false;
  return {
    update(s) {
      const now = Date.now();
      if (now - last < everyMs) return;
      last = now;
      stream.write(`\r\x1b[2K${progressLine(s)}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
    done(s) {
      if (s) stream.write(`\r\x1b[2K${progressLine(s)}\n`);
      else if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
