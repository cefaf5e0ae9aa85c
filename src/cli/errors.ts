import { CommanderError } from 'commander';
import { InputError } from '../input/input-error.js';

/** Exit codes: 0 done, 1 an input could not be analyzed, 2 the command line is wrong. */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

/**
 * A command-line mistake a person can fix (a bad option value, a missing argument): printed as
 * one line, exit code 2.
 *
 * @example
 * throw new UsageError('--published must be a date like 2017-04-04, got "yesterday"');
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The one line printed on standard error for an error, and the exit code. Never a stack trace,
 * unless `CIVWATCH_DEBUG` is set: an unexpected error says it is a bug and how to see more.
 *
 * @example
 * const { line, exitCode } = describeError(new InputError('empty', 'a.txt: the input is empty'));
 * // line === 'civwatch: a.txt: the input is empty', exitCode === 1
 */
export function describeError(error: unknown, env: NodeJS.ProcessEnv = process.env): { line: string; exitCode: number; stack?: string } {
  if (error instanceof InputError) return { line: `civwatch: ${oneLine(error.message)}`, exitCode: EXIT.input };
  if (error instanceof UsageError) return { line: `civwatch: ${oneLine(error.message)}`, exitCode: EXIT.usage };
  if (error instanceof CommanderError) return { line: '', exitCode: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  const stack = env.CIVWATCH_DEBUG && error instanceof Error ? error.stack : undefined;
  const hint = stack ? '' : ' (a bug: run again with CIVWATCH_DEBUG=1 for details)';
  return { line: `civwatch: internal error: ${oneLine(message)}${hint}`, exitCode: EXIT.internal, stack };
}

/** Collapse a message to one line, so that errors stay one line each on standard error. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
