/** Why an input could not be read. Stable codes: scripts and tests match on them, not on the message. */
export type InputErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'encoding'
  | 'fetch-failed'
  | 'timeout'
  | 'http-status'
  | 'content-type'
  | 'bad-record';

/**
 * An input that cannot be analyzed: the message is one line a person can act on, naming the
 * input (file, URL, `standard input`, or `reports.jsonl line 3`).
 *
 * @example
 * throw new InputError('empty', 'report.txt: the file is empty');
 */
export class InputError extends Error {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InputError';
    this.code = code;
  }
}
