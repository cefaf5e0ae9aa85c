/**
 * One report job's payload: the report's text and metadata as read (`src/ingest/sources.ts`),
 * the ingest defaults of the command that queued it, and where it came from (for the
 * dead-letter list). Checked again by the worker: a job is data from outside the process.
 */
import { z } from 'zod';
import { contentHash } from '../ingest/ingest.js';
import type { InputDocument } from '../input/document.js';
import { DEFAULT_MAX_BYTES } from '../input/document.js';

const meta = z.object({
  id: z.string().optional(),
  url: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  byline: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
}).loose();

/** The payload schema (unknown metadata fields pass through to the analysis). */
export const reportJobSchema = z.object({
  text: z.string(),
  meta,
  defaults: z.object({ published: z.string().optional(), outlet: z.string().optional() }).optional(),
  where: z.string(),
});

export type ReportJob = z.infer<typeof reportJobSchema>;

/**
 * The job id of a report: `r-` and its content hash, so the same report queued twice (from two
 * files, or two runs) is one job while it is in the queue. (Once done and trimmed, queuing it
 * again makes a job that finds the report stored and writes nothing.)
 *
 * @example
 * reportJobId('Five civilians killed.') === reportJobId('five  civilians killed'); // true
 */
export function reportJobId(text: string): string {
  return `r-${contentHash(text)}`;
}

/**
 * The payload for a report read from `where`.
 *
 * @example
 * toReportJob({ text, meta: { title: 'Strike on Mosul' } }, 'feeds/a.jsonl:3', { published: '2017-03-20' });
 */
export function toReportJob(doc: InputDocument, where: string, defaults?: ReportJob['defaults']): ReportJob {
  const cleaned = defaults && Object.fromEntries(Object.entries(defaults).filter(([, v]) => v !== undefined));
  return { text: doc.text, meta: doc.meta as ReportJob['meta'], where, ...(cleaned && Object.keys(cleaned).length ? { defaults: cleaned } : {}) };
}

/**
 * Check a job's payload before ingesting it: the shape, and the text checks `civwatch ingest`
 * applies to files (not empty, no NUL byte, under the size limit). Throws an Error naming the
 * job's source; the worker lets it fail, so after its tries it lands in the dead-letter list.
 *
 * @example
 * parseReportJob({ text: 'Three civilians were killed.', meta: {}, where: 'a.txt' }).text; // 'Three civilians were killed.'
 * parseReportJob({ text: 'a\u0000b', meta: {}, where: 'x.bin' }); // throws: x.bin: looks like binary data …
 */
export function parseReportJob(data: unknown, maxBytes = DEFAULT_MAX_BYTES): ReportJob {
  const parsed = reportJobSchema.safeParse(data);
  if (!parsed.success) throw new Error(`malformed report job: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ')}`);
  const job = parsed.data;
  const nul = job.text.indexOf('\u0000');
  if (nul >= 0) throw new Error(`${job.where}: looks like binary data (NUL character at offset ${nul}), not text`);
  if (!/\S/.test(job.text)) throw new Error(`${job.where}: the report text is empty`);
  const bytes = Buffer.byteLength(job.text, 'utf8');
  if (bytes > maxBytes) throw new Error(`${job.where}: ${bytes} bytes is over the ${maxBytes}-byte limit`);
  return job;
}

/**
 * The input document a worker ingests.
 *
 * @example
 * const { text, meta } = toInputDocument(parseReportJob(job.data));
 */
export function toInputDocument(job: ReportJob): InputDocument {
  return { text: job.text, meta: job.meta as InputDocument['meta'] };
}
