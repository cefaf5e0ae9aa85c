import { franc } from 'franc-min';

/**
 * ISO 639-3 code of the text's language, by franc-min trigram profiles; `und` for text too short
 * to tell (under ~10 words).
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  return franc(sample, { minLength: 40 });
}
