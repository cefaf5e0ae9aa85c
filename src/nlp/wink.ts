import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { withLinearFeatures } from './linear-features.js';

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | null = null;

/** The shared wink-nlp instance (the model loads once per process, ~100 ms), with the model's
 * quadratic feature regexes replaced by linear code (linear-features.ts). */
export function wink(): WinkNLP {
  instance ??= winkNLP(withLinearFeatures(model));
  return instance;
}
