/**
 * Place-name keys: the one way names are compared, in the gazetteer index and in the text.
 * Diacritics and apostrophe-like marks are dropped ("Khuzā‘ah" → "khuzaah"), hyphens, dots and
 * underscores become spaces ("Deir al-Balah" → "deir al balah"), case is folded.
 */

const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`ʿʾʻ´]/g;
const SEPARATORS = /[-‐‑–_.,()/]/g;

/**
 * The lookup key of a place name.
 *
 * @example
 * placeKey('Dayr al Balaḩ') // 'dayr al balah'
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Arabic article forms that transliterations write, drop or join differently. */
const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ad|ed|er|es|et|ez|en)\s+/;

/**
 * The key without a leading Arabic article: "al jadida" → "jadida". Returns null when there is
 * no article to drop.
 *
 * @example
 * withoutArticle('al jadida') // 'jadida'
 */
export function withoutArticle(key: string): string | null {
  const m = ARTICLE.exec(key);
  if (!m || key.length - m[0].length < 3) return null;
  return key.slice(m[0].length);
}
