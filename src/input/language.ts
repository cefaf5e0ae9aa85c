import { franc } from 'franc-min';

/** How much of the text is read to tell its language: a paragraph or two is plenty for
 * trigram profiles, and reading more costs as much as tokenizing the whole report. */
const SAMPLE_CHARS = 1000;

/**
 * English function words: in running English prose about a quarter or more of the words are
 * among these; in French, Spanish or German prose hardly any are ("a", "in" and "on" aside).
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'were', 'that', 'for', 'on', 'with', 'as', 'by',
  'at', 'from', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'said', 'had', 'has', 'have',
  'been', 'which', 'who', 'after', 'an', 'but', 'not', 'this', 'be', 'are', 'or', 'its',
]);

/** Share of function words above which a sample is taken as English without trigram scoring. */
const ENGLISH_SHARE = 0.25;

/**
 * ISO 639-3 code of the text's language; `und` for text too short to tell (under ~10 words).
 * Most reports are English, so a cheap check comes first: when a quarter or more of the first
 * {@link SAMPLE_CHARS} characters' words are English function words, the text is English.
 * Otherwise franc-min's trigram profiles decide (and name the language for the warning).
 *
 * @example
 * detectLanguage('Three civilians were killed when a shell hit their house, residents said.'); // 'eng'
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f']+/g) ?? [];
  if (words.length >= 20) {
    let hits = 0;
    for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
    if (hits / words.length >= ENGLISH_SHARE) return 'eng';
  }
  return franc(sample, { minLength: 40 });
}
