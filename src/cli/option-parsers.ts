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

/** Milliseconds per duration unit (`civwatch watch --every 15m`). */
const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A duration such as `30s`, `15m`, `1h`, `1h30m` or `500ms`, in milliseconds (above 0).
 *
 * @example
 * parseDuration('15m'); // 900000
 * parseDuration('1h30m'); // 5400000
 */
export function parseDuration(value: string): number {
  const v = value.trim().toLowerCase();
  const parts = [...v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * DURATION_UNITS[p[2]], 0);
  if (!v || parts.map((p) => p[0]).join('') !== v || !(ms > 0) || !Number.isFinite(ms)) {
    throw new InvalidArgumentError('expected a duration like 30s, 15m, 1h or 1h30m.');
  }
  return Math.round(ms);
}
