/** Sort key of a row in a paged listing: its date (or '~', after every date, when it has none) and id. */
export type CursorKey = [string, string];

/** Sorts rows with no date after dated ones, in SQL and in cursors alike. */
export const NO_DATE = '~';

/** The listing's first sort key in SQL: the date, undated rows last (id breaks ties). */
export const ORDER_KEY = `COALESCE(date_from, '${NO_DATE}')`;

/**
 * Opaque page cursor: base64url of the last row's sort key.
 *
 * @example
 * decodeCursor(encodeCursor(['2017-03-17', 'inc-1'])); // ['2017-03-17', 'inc-1']
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key inside a cursor; throws a plain error for a cursor this store did not make. */
export function decodeCursor(cursor: string): CursorKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new Error(`invalid page cursor "${cursor}"`);
  }
  if (!Array.isArray(key) || key.length !== 2 || !key.every((k) => typeof k === 'string')) {
    throw new Error(`invalid page cursor "${cursor}"`);
  }
  return key as CursorKey;
}

/** Full-text query from user words: each word quoted (FTS syntax characters are not operators), all required. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"`).join(' ') : null;
}
