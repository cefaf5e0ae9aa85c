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
  let key = cache.get(name);
  if (key === undefined) {
    key = computeKey(name);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(name, key);
  }
  return key;
}

/** Reports repeat their names; keys are cached (bounded, cleared when full). */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function computeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Sun-letter assimilation is spelled every way ("ar-Raqqa", "al-Raqqa", "Dayr az Zawr",
    // "Deir ez-Zor"): every article form becomes "al" before another word.
    .replace(ARTICLE_FORMS, '$1al ');
}

const ARTICLE_FORMS = /(^| )(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ed|er|es|et|ez|en|ul|ud|us) (?=\S)/g;

/** Arabic article forms that transliterations write, drop or join differently. */
const ARTICLE = /^al\s+/;

/**
 * The key without a leading Arabic article: "al jadida" → "jadida". Returns null when there is
 * no article to drop.
 *
 * @example
 * withoutArticle('al jadida') // 'jadida'
 */
export function withoutArticle(key: string): string | null {
  const m = ARTICLE.exec(key);
  if (!m || key.length - m[0].length < 4) return null;
  return key.slice(m[0].length);
}
