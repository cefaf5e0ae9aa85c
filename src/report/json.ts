import type { Report } from './types.js';

/** Serialise a report with all its spans; {@link reportFromJSON} reads it back unchanged. */
export function reportToJSON(report: Report): string {
  return JSON.stringify({ format: 'civwatch.report/1', meta: report.meta, text: report.text, spans: report.spans, warnings: report.warnings });
}

export function reportFromJSON(json: string): Report {
  const o = JSON.parse(json) as { format?: string } & Report;
  if (o.format !== 'civwatch.report/1') throw new Error(`not a civwatch.report/1 document (format: ${String(o.format)})`);
  return { meta: o.meta, text: o.text, spans: o.spans, warnings: o.warnings };
}
