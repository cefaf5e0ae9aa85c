import type { ReportMeta } from '../report/types.js';

/** One report as read from its input, before analysis: the text and what is known about it. */
export interface InputDocument {
  text: string;
  meta: Partial<ReportMeta>;
}

/** Default limit on one input's size: 5 MB, far above any news report. */
export const DEFAULT_MAX_BYTES = 5_000_000;

/**
 * A size for error messages: `5 MB`, `300 kB`, `12 bytes`.
 *
 * @example
 * formatBytes(5_000_000); // '5 MB'
 */
export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${+(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1_000) return `${+(n / 1_000).toFixed(1)} kB`;
  return `${n} bytes`;
}
