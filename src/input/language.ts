import { franc } from 'franc-min';

/** How much of the text is read to tell its language: a paragraph or two is plenty for
 * trigram profiles, and reading more costs as much as tokenizing the whole report. */
const SAMPLE_CHARS = 1000;

/**
 * ISO 639-3 code of the text's language, by franc-min trigram profiles over the first
 * {@link SAMPLE_CHARS} characters; `und` for text too short to tell (under ~10 words).
 *
 * @example
 * detectLanguage('Three civilians were killed when a shell hit their house, residents said.'); // 'eng'
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  return franc(sample, { minLength: 40 });
}
