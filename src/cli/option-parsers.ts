import { InvalidArgumentError } from 'commander';
import { isValidIsoDate } from '../input/iso-date.js';

/**
 * Option parsers shared by the commands: each throws commander's InvalidArgumentError, which
 * commander turns into a one-line usage error (exit 2).
 *
 * @example
 * new Option('--published <date>').argParser(parseDate);
 */
export function parseDate(value: string): string {
  if (!isValidIsoDate(value)) throw new InvalidArgumentError('expected a calendar date like 2017-04-04.');
  return value;
}

/** A whole number above 0 (a byte limit). */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number of bytes above 0.');
  return n;
}

/** A number above 0 (a time limit in seconds). */
export function parsePositiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0.');
  return n;
}
