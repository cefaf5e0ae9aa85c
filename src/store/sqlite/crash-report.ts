import { reportFixture } from '../fixtures.js';

const PLACES = ['Tal Afar', 'Hawija', 'Qayyarah', 'Baiji', 'Sinjar'];

/**
 * A made-up report for the crash test with many sentences, figures and attributed statements (so rows of every kind).
 *
 * @example
 * crashReport(3).id; // 'crash-000003'
 */
export function crashReport(n: number) {
  const place = PLACES[n % PLACES.length];
  const sentences = Array.from({ length: 30 }, (_, k) =>
    k % 3 === 0
      ? `Police said ${k + 2} civilians were hurt near the ${place} checkpoint number ${n}-${k}.`
      : `Shops near the bus station in ${place} stayed closed for day ${k} of report ${n}.`);
  const id = `crash-${String(n).padStart(6, '0')}`;
  return reportFixture({ id, text: sentences.join(' '), title: `Report ${n} from ${place}`, published: '2017-03-20' });
}

