import { createHash } from 'node:crypto';

/**
 * A short stable id for a report given without one: the first 12 hex digits of the SHA-256 of its
 * text, so the same text always gets the same id.
 *
 * @example
 * reportId('Three civilians were killed.'); // 12 hex digits, the same on every run
 */
export function reportId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}
