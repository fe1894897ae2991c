// The one wink-nlp instance: loading the model compiles its automata, so it happens once.
// Its pipe holds what the nlp stage reads (sentences, negation, POS and lemmas): wink's named
// entities and sentiment are never read, and cost about a quarter of its time.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | null = null;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return instance;
}
