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
  it('reads the built-in clause-taking verbs and dated event nouns', () => {
    const { clauseTakingVerbs, datedEventNouns } = loadEventLexicon();
    expect(clauseTakingVerbs.has('say')).toBe(true);
    expect(clauseTakingVerbs.has('ease')).toBe(false);
    expect(datedEventNouns.get('call')).toEqual(['04']);
    expect(datedEventNouns.get('incident')).toEqual(['15', '16', '17', '18', '19', '20']);
  });

  it('adds a user\'s verbs, and a user\'s row for a noun replaces the built-in one', () => {
    const verbs = userFile('clause-taking-verbs.tsv', 'lemma\nwhisper\n');
    const nouns = userFile('dated-event-nouns.tsv', 'noun\tcodes\ncall\t041\nsummit\t04 05\n');
    const lexicon = loadEventLexicon([verbs, nouns]);
    expect(lexicon.clauseTakingVerbs.has('whisper')).toBe(true);
    expect(lexicon.clauseTakingVerbs.has('say')).toBe(true);
    expect(lexicon.datedEventNouns.get('call')).toEqual(['041']);
    expect(lexicon.datedEventNouns.get('summit')).toEqual(['04', '05']);
  });

  it('names file:line and the field of a bad row (negative)', () => {
    const nouns = userFile('dated-event-nouns.tsv', 'noun\tcodes\nsummit\tconsult\n');
    expect(() => loadEventLexicon([nouns])).toThrow(new RegExp(`${nouns}:2: field 'codes.0'`));
  });
});

describe('a clause-taking verb of the user\'s (--lexicon)', () => {
  it('reaches argument finding: after "whispered", "Colombia" is the subject of what is reported', () => {
    const article = makeArticle('Diplomats whispered Colombia attacked Venezuela.', '2024-03-14');
    const attacker = (annalist: Annalist) => annalist.extract(article).events.find((e) => e.cameo.startsWith('18'))?.actor?.text;
    expect(attacker(defaultAnnalist())).toBe('Diplomats');
    expect(attacker(createAnnalist({ lexicons: [userFile('clause-taking-verbs.tsv', 'lemma\nwhisper\n')] }))).toBe('Colombia');
  });
});
