// The model that ships in models/syntax, on sentences of the kind annalist reads: the relations
// the event and attribution rules depend on.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnalistError } from '../errors.js';
import { SyntaxAnalyser } from './analyser.js';
import { DEFAULT_MODEL_DIR, loadSyntaxModel } from './load-model.js';
import { winkHints } from './wink-hints.js';

const analyser = new SyntaxAnalyser(loadSyntaxModel());

/** "word relation→head" for each word of a sentence given as space-separated tokens. */
function parse(sentence: string): string[] {
  const words = sentence.split(' ');
  const noSpace = words.map((_, i) => /^[.,]$/.test(words[i + 1] ?? ''));
  const { heads, labels, tags } = analyser.analyse(words, 0, words.length, undefined, winkHints(words, noSpace));
  return words.map((word, i) => `${word}/${analyser.upos[tags[i]]} ${analyser.labels[labels[i]]}→${heads[i] < 0 ? 'ROOT' : words[heads[i]]}`);
}

describe('the shipped syntax model', () => {
  it('subject and object of a transitive verb', () => {
    expect(parse('Police arrested two men on Tuesday .')).toEqual(expect.arrayContaining(['Police/NOUN nsubj→arrested', 'arrested/VERB root→ROOT', 'men/NOUN obj→arrested']));
  });

  it('a passive with its agent', () => {
    expect(parse('The minister was arrested by police .')).toEqual(expect.arrayContaining(['minister/NOUN nsubj:pass→arrested', 'police/NOUN obl:agent→arrested']));
  });

  it('a clausal complement of a reporting verb', () => {
    expect(parse('He said the talks failed .')).toEqual(expect.arrayContaining(['said/VERB root→ROOT', 'failed/VERB ccomp→said']));
  });

  it('an oblique with its preposition', () => {
    expect(parse('Iran held talks with Russia .')).toEqual(expect.arrayContaining(['talks/NOUN obj→held', 'with/ADP case→Russia']));
  });
});

describe('loading the model', () => {
  it('refuses a model file that does not match its manifest, naming the file and the fix', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'annalist-model-'));
    copyFileSync(path.join(DEFAULT_MODEL_DIR, 'manifest.json'), path.join(dir, 'manifest.json'));
    writeFileSync(path.join(dir, 'model.bin'), 'not the model');
    let error: unknown;
    try {
      loadSyntaxModel(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AnnalistError);
    expect((error as AnnalistError).code).toBe('model');
    expect((error as Error).message).toMatch(/model\.bin: does not match its manifest .* retrain it \(npm run train:syntax\)/);
  });
});
