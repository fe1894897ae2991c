import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultAnnalist, makeArticle } from '../../test/helpers/article.js';
import { createAnnalist, type Annalist } from '../pipeline.js';
import { loadEventLexicon } from './event-lexicon.js';

const dir = mkdtempSync(path.join(tmpdir(), 'annalist-event-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A user's lexicon file `name` holding `text`. */
function userFile(name: string, text: string): string {
  const folder = mkdtempSync(path.join(dir, 'user-'));
  writeFileSync(path.join(folder, name), text);
  return path.join(folder, name);
}

describe('loadEventLexicon', () => {
  it('reads the built-in target nouns and dated event nouns', () => {
    const { targetNouns, datedEventNouns } = loadEventLexicon();
    expect(targetNouns.has('station')).toBe(true);
    expect(targetNouns.has('tape')).toBe(false);
    expect(datedEventNouns.get('call')).toEqual(['04']);
    expect(datedEventNouns.get('incident')).toEqual(['15', '16', '17', '18', '19', '20']);
  });

  it('adds a user\'s target nouns, and a user\'s row for a noun replaces the built-in one', () => {
    const targets = userFile('target-nouns.tsv', 'noun\tkind\npipeline\tplace\n');
    const nouns = userFile('dated-event-nouns.tsv', 'noun\tcodes\ncall\t041\nsummit\t04 05\n');
    const lexicon = loadEventLexicon([targets, nouns]);
    expect(lexicon.targetNouns.has('pipeline')).toBe(true);
    expect(lexicon.targetNouns.has('station')).toBe(true);
    expect(lexicon.datedEventNouns.get('call')).toEqual(['041']);
    expect(lexicon.datedEventNouns.get('summit')).toEqual(['04', '05']);
  });

  it('names file:line and the field of a bad row (negative)', () => {
    const nouns = userFile('dated-event-nouns.tsv', 'noun\tcodes\nsummit\tconsult\n');
    expect(() => loadEventLexicon([nouns])).toThrow(new RegExp(`${nouns}:2: field 'codes.0'`));
  });
});

describe('a target noun of the user\'s (--lexicon)', () => {
  it('reaches argument reading: "attacked the pipeline" keeps its violent sense once "pipeline" is a target', () => {
    const article = makeArticle('Colombia attacked the pipeline.', '2024-03-14');
    const attacks = (annalist: Annalist) => annalist.extract(article).events.filter((e) => e.cameo.startsWith('18')).map((e) => e.actor?.text);
    expect(attacks(defaultAnnalist())).toEqual([]);
    expect(attacks(createAnnalist({ lexicons: [userFile('target-nouns.tsv', 'noun\tkind\npipeline\tplace\n')] }))).toEqual(['Colombia']);
  });
});
