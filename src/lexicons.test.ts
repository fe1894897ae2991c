import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { thrownAnnalistError as loadError } from '../test/helpers/errors.js';
import { lexiconPath } from './lexicon-path.js';
import { LEXICON_FILE_NAMES, loadLexicons, loadTextLexicons } from './lexicons.js';

const dir = mkdtempSync(path.join(tmpdir(), 'annalist-lexicons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh folder holding `files` (name → text). */
function folder(name: string, files: Record<string, string>): string {
  const made = mkdtempSync(path.join(dir, `${name}-`));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(made, file), text);
  return made;
}

describe('loadLexicons', () => {
  const mine = folder('mine', {
    'people.tsv': 'name\taliases\tcountry\tsector\trole\tstart\tend\nAda Quill\tQuill\tGBR\tGOV\tminister\t\t\n',
    'title-abbreviations.txt': 'insp\n',
    'furniture-lines.txt': 'Teilen\n',
    'mine.jsonl': JSON.stringify({ id: '040.parley.v1', cameo: '040', trigger: ['parley'] }) + '\n',
  });

  it('reads every lexicon of a --lexicon folder after the built-in one', () => {
    const lexicons = loadLexicons([mine]);
    expect(lexicons.actors.people.get('Ada Quill')?.periods[0].role).toBe('minister');
    expect(lexicons.titleAbbreviations.has('insp')).toBe(true);
    expect(lexicons.titleAbbreviations.has('rep')).toBe(true);
    expect(lexicons.furnitureLines.phrases.has('teilen')).toBe(true);
    expect(lexicons.eventPatterns.at(-1)?.id).toBe('040.parley.v1');
  });

  it('reads a --lexicon file as the lexicon it is named after', () => {
    const lexicons = loadTextLexicons([path.join(mine, 'title-abbreviations.txt')]);
    expect(lexicons.titleAbbreviations.has('insp')).toBe(true);
    expect(lexicons.furnitureLines.phrases.has('teilen')).toBe(false);
  });

  it('refuses a missing location and a file named for no lexicon, naming them', () => {
    const missing = path.join(dir, 'no-such-folder');
    expect(loadError(() => loadLexicons([missing]))).toMatchObject({ code: 'lexicon', input: missing });
    const misnamed = path.join(folder('misnamed', { 'markers.tsv': 'word\tstatus\n' }), 'markers.tsv');
    const error = loadError(() => loadTextLexicons([misnamed]));
    expect(error.input).toBe(misnamed);
    expect(error.message).toMatch(/'markers\.tsv' is not a lexicon name.*clause-markers\.tsv/);
  });

  it('knows the name of every built-in lexicon that --lexicon extends', () => {
    // The CAMEO tables are read from lexicons/codes alone; event patterns are any .jsonl file.
    const fixed = ['cameo.tsv', 'cameo-plover.tsv', 'plover-legacy-names.tsv'];
    const builtIn = readdirSync(lexiconPath()).flatMap((sub) => readdirSync(lexiconPath(sub)))
      .filter((name) => !name.endsWith('.jsonl') && !fixed.includes(name));
    expect([...LEXICON_FILE_NAMES].sort()).toEqual(builtIn.sort());
  });
});
