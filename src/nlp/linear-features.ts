/**
 * Linear replacements for wink-eng-lite-web-model's lexeme features whose regexes backtrack
 * quadratically on one long token. The model's `feature.js` tests `/[a-z].*\.$/i` for `isAbbrev`
 * (an unknown word ending in a dot after a letter): unanchored, so for a token of n characters
 * with no final dot each of its n starting letters runs `.*` to the end and back (n² steps: one
 * token of 20,000 letters took 2 s of analysis, 40,000 about 8 s). Same answers, one pass.
 *
 * | feature | model's test | here | example |
 * |---|---|---|---|
 * | isAbbrev | `/[a-z].*\.$/i` | last char `.`, a letter before it | `Lt.` → 1, `...` → 0, `U.S.` → 1 |
 */
import type { Model } from 'wink-nlp';

/** A feature extractor from the model: word → number. */
type FeatureMethods = Record<string, (word: string, ...rest: unknown[]) => unknown>;
type FeatureFn = (...args: unknown[]) => FeatureMethods;

/**
 * 1 when the word ends in `.` with an ASCII letter somewhere before that dot, else 0: what
 * `/[a-z].*\.$/i.test(word)` answers, in linear time.
 *
 * @example
 * isAbbrev('Gen.'); // 1
 * isAbbrev('...'); // 0
 */
export function isAbbrev(word: string): 0 | 1 {
  if (word.length < 2 || word.charCodeAt(word.length - 1) !== 0x2e) return 0;
  for (let i = word.length - 2; i >= 0; i--) {
    const c = word.charCodeAt(i) | 0x20; // ASCII lower case
    if (c >= 0x61 && c <= 0x7a) return 1;
  }
  return 0;
}

/** The replaced features, by name (rows of the table above). */
export const LINEAR_FEATURES: Readonly<Record<string, (word: string) => unknown>> = { isAbbrev };

/**
 * The model with its feature extractor wrapped so the features in {@link LINEAR_FEATURES} are the
 * linear ones; everything else is the model's own.
 *
 * @example
 * winkNLP(withLinearFeatures(model));
 */
export function withLinearFeatures<M extends Model>(model: M): M {
  const original = model.featureFn as FeatureFn;
  const featureFn: FeatureFn = (...args) => Object.assign(original(...args), LINEAR_FEATURES);
  return Object.assign(Object.create(null) as M, model, { featureFn });
}
