import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnalistError } from '../errors.js';
import { isFurnitureLine, loadFurnitureLines, parseFurnitureLines, phraseKey } from './furniture-lexicon.js';

describe('furniture lexicon', () => {
  it('reads phrases and whole-line patterns, skipping comments and blank lines', () => {
    const lexicon = parseFurnitureLines('# comment\n\nShare this:\n/read more: .+/i\n', 'test.txt');
    expect([...lexicon.phrases]).toEqual(['share this']);
    expect(isFurnitureLine(lexicon, '  SHARE\u00a0this ')).toBe(true);
    expect(isFurnitureLine(lexicon, 'Read more: Maduro talks')).toBe(true);
    expect(isFurnitureLine(lexicon, 'He wanted to share this.')).toBe(false);
    expect(isFurnitureLine(lexicon, 'Please read more: it helps')).toBe(false);
  });

  it('compares phrases without case, spacing or a trailing colon', () => {
    expect(phraseKey(' Read  More : ')).toBe('read more');
  });

  it('names file and line of a broken pattern', () => {
    const parse = () => parseFurnitureLines('Tweet\n/share (on/\n', 'mine.txt');
    expect(parse).toThrow(AnnalistError);
    expect(parse).toThrow(/^mine\.txt:2: invalid regular expression/);
  });

  it('loads the default lexicon shipped in lexicons/clean', () => {
    const lexicon = loadFurnitureLines();
    expect(lexicon.phrases.has('advertisement')).toBe(true);
    expect(lexicon.patterns.length).toBeGreaterThan(0);
  });

  it('adds the phrases of a furniture-lines.txt at a --lexicon location', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'annalist-furniture-'));
    writeFileSync(path.join(dir, 'furniture-lines.txt'), 'Teilen\n');
    const lexicon = loadFurnitureLines([dir]);
    expect(lexicon.phrases.has('teilen')).toBe(true);
    expect(lexicon.phrases.has('advertisement')).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
