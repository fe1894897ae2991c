// The wink-nlp instance: loading the model compiles its automata, so it happens once.
// Its pipe holds what the nlp stage reads (sentences, negation, POS and lemmas): wink's named
// entities and sentiment cost about a quarter of its time, so sentiment has an instance of its
// own, loaded only by the exports that give an article's tone.
//
// wink learns every word it has not seen into its lexicon, and its tokenizer keeps a known word
// whole: after "She denies he is Mr Blunkett's." (kept as one token before the full stop), every
// later "Blunkett's" stayed one token in every later article, where a fresh process splits off
// "'s". An article's tokens, and so its events, depended on what the process had read before.
// So the tokenizer is shown only the words the model shipped with (and those its own patterns
// added while loading): a raw token is split the same way wherever and whenever it occurs.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkModel = Parameters<typeof winkNLP>[0];
type LexemeHash = Record<string, number | undefined>;
interface Lexemes { hash: LexemeHash; list: string[] }
interface IsolatableModel {
  core(): { features: { lexeme: Lexemes } };
  featureFn(config: unknown): Record<string, unknown>;
}

type Pipe = Parameters<typeof winkNLP>[1];
type Loaded = { nlp: ReturnType<typeof winkNLP>; lexemes: Lexemes };

// What the nlp stage reads; and sentiment, for exports that give an article's tone (GDELT AvgTone).
const PIPELINE: Pipe = ['sbd', 'negation', 'pos'];
const SENTIMENT: Pipe = ['sbd', 'negation', 'sentiment'];

let instance: Loaded | null = null;
let sentimentInstance: Loaded | null = null;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= loadIsolated(PIPELINE);
  return instance.nlp;
}

/** A second instance whose pipe scores sentiment; loaded only by an export that needs it. */
export function winkSentiment(): ReturnType<typeof winkNLP> {
  sentimentInstance ??= loadIsolated(SENTIMENT);
  return sentimentInstance.nlp;
}

/** How many words wink's lexicon holds, learned ones included: a learned word is stored once. */
export function winkLexiconSize(): number {
  instance ??= loadIsolated(PIPELINE);
  return instance.lexemes.list.length;
}

/**
 * wink's cache takes `features.lexeme.hash` once, when it is built, for its lookups, and reads
 * `features.lexeme` afresh whenever it adds a word. Lookups get a view that hides learned words,
 * except from wink's feature functions (they look up the word being added); additions get the
 * full table, so a learned word is stored once and reused.
 */
function loadIsolated(pipe: Pipe): Loaded {
  const shipped = model as unknown as IsolatableModel;
  // Words at or past this index were learned from articles; set once loading is done.
  let firstLearned = Infinity;
  let inFeature = 0;
  let lexemes: Lexemes | undefined;
  let table: LexemeHash = {};
  const isolated: IsolatableModel = Object.assign(Object.create(null), model, {
    core() {
      const core = shipped.core();
      lexemes = core.features.lexeme;
      table = lexemes.hash;
      lexemes.hash = new Proxy(table, {
        get: (target, key) => {
          const index = target[key as string];
          return index !== undefined && index >= firstLearned && inFeature === 0 ? undefined : index;
        },
      });
      return core;
    },
    featureFn(config: unknown) {
      const features = shipped.featureFn(config);
      for (const [name, feature] of Object.entries(features)) {
        if (typeof feature !== 'function') continue;
        features[name] = (...args: unknown[]) => {
          inFeature++;
          try {
            return feature(...args);
          } finally {
            inFeature--;
          }
        };
      }
      return features;
    },
  });
  const nlp = winkNLP(isolated as unknown as WinkModel, pipe);
  if (lexemes === undefined) throw new Error('wink-nlp did not load its core model');
  lexemes.hash = table;
  firstLearned = lexemes.list.length;
  return { nlp, lexemes };
}
