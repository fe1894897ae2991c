import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAttributionLexicon } from './lexicon.js';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function folder(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'annalist-attribution-lexicon-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loadAttributionLexicon', () => {
  it('reads the built-in verbs, phrases (longest first) and clause markers', () => {
    const lexicon = loadAttributionLexicon();
    expect(lexicon.verbs.get('say')).toEqual({ kind: 'speech', hearer: false, object: 'claim' });
    expect(lexicon.verbs.get('tell')).toEqual({ kind: 'speech', hearer: true, object: 'claim' });
    expect(lexicon.verbs.get('condemn')?.object).toBe('target');
    expect(lexicon.nouns.get('allegation')).toEqual({ kind: 'speech', object: 'claim' });
    expect(lexicon.verbs.get('deny')?.kind).toBe('denial');
    expect(lexicon.phrases[0].words.length).toBeGreaterThanOrEqual(lexicon.phrases[lexicon.phrases.length - 1].words.length);
    expect(lexicon.phrases.find((p) => p.words.join(' ') === 'according to')?.source).toBe('after');
    expect(lexicon.markers.get('will')).toBe('future');
    expect(lexicon.verbPhrases.find((p) => p.words.join(' ') === 'take issue with')?.verb.kind).toBe('stance');
  });

  it('reads verb phrases, the user\'s among them, longest first', () => {
    const lexicon = loadAttributionLexicon([folder({ 'verb-phrases.tsv': 'phrase\tkind\nblow the whistle on\tspeech\n' })]);
    expect(lexicon.verbPhrases.find((p) => p.words[0] === 'blow')).toEqual({ words: ['blow', 'the', 'whistle', 'on'], verb: { kind: 'speech', hearer: false, object: 'claim' } });
    expect(lexicon.verbPhrases[0].words.length).toBeGreaterThanOrEqual(lexicon.verbPhrases[lexicon.verbPhrases.length - 1].words.length);
  });

  it('adds a user\'s folder to the built-in one', () => {
    const lexicon = loadAttributionLexicon([folder({ 'reporting-verbs.tsv': 'lemma\tkind\thearer\tobject\nharrumph\tspeech\tno\ttarget\n' })]);
    expect(lexicon.verbs.get('harrumph')).toEqual({ kind: 'speech', hearer: false, object: 'target' });
    expect(lexicon.verbs.get('say')).toBeDefined();
  });

  it('reads a user\'s table written before the object column: a stance has a target, the rest make claims', () => {
    const lexicon = loadAttributionLexicon([folder({ 'reporting-verbs.tsv': 'lemma\tkind\thearer\nharrumph\tspeech\tno\nscorn\tstance\tno\n' })]);
    expect(lexicon.verbs.get('harrumph')?.object).toBe('claim');
    expect(lexicon.verbs.get('scorn')?.object).toBe('target');
  });

  it('names the file, line and field of a bad row', () => {
    const extra = folder({ 'cue-phrases.tsv': 'phrase\tsource\nas told by\tbefore\n' });
    expect(() => loadAttributionLexicon([extra])).toThrow(/cue-phrases\.tsv:2: field 'source'/);
  });
});
