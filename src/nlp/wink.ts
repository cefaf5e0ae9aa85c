import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { withLinearFeatures } from './linear-features.js';

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | null = null;

/**
 * The annotations civwatch reads from wink: sentence boundaries and part-of-speech tags (tokens,
 * their types and spacing come with every document). wink's default pipe also runs its
 * named-entity, negation and sentiment automata, which nothing here reads; they cost about as
 * much as the rest of `readDoc` (docs/PERFORMANCE.md). Tagging does not depend on them: tokens,
 * tags, spacing and sentences are the same either way (src/nlp/wink.test.ts).
 */
export const WINK_PIPE = ['sbd', 'pos'];

/** The shared wink-nlp instance (the model loads once per process, ~100 ms), with the model's
 * quadratic feature regexes replaced by linear code (linear-features.ts). */
export function wink(): WinkNLP {
  instance ??= winkNLP(withLinearFeatures(model), WINK_PIPE);
  return instance;
}
