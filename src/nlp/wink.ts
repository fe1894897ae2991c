// The one wink-nlp instance: loading the model compiles its automata, so it happens once.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: ReturnType<typeof winkNLP> | null = null;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}
