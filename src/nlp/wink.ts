import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | null = null;

/** The shared wink-nlp instance (the model loads once per process, ~100 ms). */
export function wink(): WinkNLP {
  instance ??= winkNLP(model);
  return instance;
}
