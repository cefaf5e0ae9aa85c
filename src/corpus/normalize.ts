/**
 * Text normalization shared by copy detection and sentence provenance: two outlets printing the
 * same wire copy differ in curly vs straight quotes, dash styles, case, spacing and house
 * punctuation ("U.S." vs "US"), none of which should make the texts look different.
 */

/** Typographic variants folded to one form before anything is compared. */
const FOLDS: [RegExp, string][] = [
  // ‘single’ and “double” curly quotes, primes, guillemets: "the ‘safe’ zone" vs "the 'safe' zone".
  [/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  // En/em dashes, minus, hyphen variants: "Mosul — Iraqi forces" vs "Mosul - Iraqi forces".
  [/[\u2010-\u2015\u2212]/g, '-'],
  // No-break and other odd spaces.
  [/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' '],
];

/**
 * Normalize text for comparison: Unicode-compatible forms, accents dropped, lower case, quotes and dashes folded,
 * punctuation dropped (apostrophes and dots inside words are removed, so "U.S." and "US", "don't"
 * and "dont" agree), whitespace collapsed. Idempotent: normalizing twice changes nothing.
 *
 * @example
 * normalizeText('“Twelve” people — in Mosul’s U.S.-run camp.'); // 'twelve people in mosuls us run camp'
 */
export function normalizeText(text: string): string {
  // NFKD then dropping combining marks folds accents and optional vowel signs ("Raqqā" → "raqqa",
  // Arabic harakat), so transliteration and typing habits do not split one word into two.
  let t = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  for (const [re, to] of FOLDS) t = t.replace(re, to);
  return t
    .toLowerCase()
    .replace(/\p{M}+/gu, '') // "İ".toLowerCase() adds a combining dot
    .replace(/(\p{L})['.](?=\p{L})/gu, '$1') // inside words: "mosul's" → "mosuls", "u.s" → "us"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The words of a text after {@link normalizeText}.
 *
 * @example
 * words('An air strike hit Mosul, police said.'); // ['an', 'air', 'strike', 'hit', 'mosul', 'police', 'said']
 */
export function words(text: string): string[] {
  const n = normalizeText(text);
  return n === '' ? [] : n.split(' ');
}
