import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { thrownAnnalistError as loadError } from '../../test/helpers/errors.js';
import { lexiconPath } from '../lexicon-path.js';
import { loadOntology } from '../ontology/ontology.js';
import { loadPatterns, patternSchema } from './pattern.js';

const dir = mkdtempSync(path.join(tmpdir(), 'annalist-patterns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
/** Writes lines to a fresh .jsonl file in the temp folder and returns its path. */
function patternFile(...lines: string[]): string {
  const file = path.join(dir, `p${++fileCount}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const good = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({ id, cameo: id.split('.')[0], trigger: ['parley|parleyed with'], recipient: ['obl:with'], ...extra });

describe('loadPatterns', () => {
  describe('built-in patterns', () => {
    const builtIn = loadPatterns();
    const files = readdirSync(lexiconPath('events')).filter((name) => name.endsWith('.jsonl'));

    it('every built-in pattern file loads and validates', () => {
      expect(files.length).toBeGreaterThan(0);
      expect(builtIn.length).toBeGreaterThan(0);
      for (const file of files) {
        const text = readFileSync(lexiconPath('events', file), 'utf8');
        text.split('\n').forEach((line, index) => {
          if (!line.trim() || line.trimStart().startsWith('//')) return;
          const parsed = patternSchema.safeParse(JSON.parse(line));
          expect(parsed.success, `${file}:${index + 1} ${parsed.success ? '' : parsed.error.issues[0].message}`).toBe(true);
        });
      }
    });

    it('pattern ids are unique and versioned', () => {
      const ids = builtIn.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/\.v\d+$/);
    });

    it('each file holds one CAMEO root, named by its file name ("04-consult.jsonl")', () => {
      for (const file of files) {
        const root = file.slice(0, 2);
        const inFile = loadPatterns().filter((p) => p.cameo.startsWith(root));
        expect(inFile.length, file).toBeGreaterThan(0);
      }
      for (const pattern of builtIn) expect(files.some((file) => pattern.cameo.startsWith(file.slice(0, 2))), pattern.id).toBe(true);
    });

    it('every pattern\'s code is a known CAMEO code', () => {
      const ontology = loadOntology();
      for (const pattern of builtIn) expect(ontology.isKnown(pattern.cameo), `${pattern.id}: ${pattern.cameo}`).toBe(true);
    });

    it('each pattern id starts with the pattern\'s CAMEO code', () => {
      for (const pattern of builtIn) expect(pattern.id.split('.')[0], pattern.id).toBe(pattern.cameo);
    });

    it('has one file for every CAMEO root, 01 to 20', () => {
      expect(files.map((file) => file.slice(0, 2)).sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    });

    it('fills the schema defaults', () => {
      for (const pattern of builtIn) {
        expect(Array.isArray(pattern.near)).toBe(true);
        expect(Array.isArray(pattern.unlessFollowedBy)).toBe(true);
        expect(['trigger', 'clause']).toContain(pattern.scope);
        expect(pattern.window).toBeGreaterThan(0);
        expect(['subject', 'modifier', 'speaker']).toContain(pattern.actor);
        expect(pattern.confidence).toBeGreaterThanOrEqual(0);
        expect(pattern.confidence).toBeLessThanOrEqual(1);
      }
    });
  });

  describe('extra pattern files', () => {
    it('adds the patterns of an extra file after the built-in ones, skipping blank and // lines', () => {
      const file = patternFile('// a user pattern', '', good('040.parley.v1'));
      const patterns = loadPatterns([file]);
      expect(patterns.at(-1)).toMatchObject({ id: '040.parley.v1', cameo: '040', near: [], window: 12, actor: 'subject' });
      expect(patterns.length).toBe(loadPatterns().length + 1);
    });

    it('reads only the .jsonl files of an extra folder', () => {
      const folder = path.join(dir, 'folder');
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'a.jsonl'), good('040.parley-a.v1') + '\n');
      writeFileSync(path.join(folder, 'notes.txt'), 'not a pattern\n');
      const ids = loadPatterns([folder]).map((p) => p.id);
      expect(ids).toContain('040.parley-a.v1');
    });

    it('names file:line and the field of a malformed pattern', () => {
      const file = patternFile(good('040.parley.v1'), JSON.stringify({ id: '040.bad.v1', cameo: 'four', trigger: ['parley'] }));
      const error = loadError(() => loadPatterns([file]));
      expect(error.code).toBe('lexicon');
      expect(error.message).toContain(`${file}:2`);
      expect(error.message).toContain('cameo');
    });

    it('names the field for a missing trigger, a bad id and a bad slot', () => {
      const missing = patternFile(JSON.stringify({ id: '040.x.v1', cameo: '040' }));
      expect(loadError(() => loadPatterns([missing])).message).toMatch(new RegExp(`${missing}:1.*trigger`));
      const badId = patternFile(JSON.stringify({ id: 'parley', cameo: '040', trigger: ['parley'] }));
      expect(loadError(() => loadPatterns([badId])).message).toMatch(new RegExp(`${badId}:1.*id`));
      const badSlot = patternFile(JSON.stringify({ id: '040.x.v1', cameo: '040', trigger: ['parley'], recipient: ['With Whom?'] }));
      expect(loadError(() => loadPatterns([badSlot])).message).toMatch(new RegExp(`${badSlot}:1.*recipient`));
      const badPos = patternFile(JSON.stringify({ id: '040.x.v1', cameo: '040', trigger: ['parley'], pos: 'ADJ' }));
      expect(loadError(() => loadPatterns([badPos])).message).toMatch(new RegExp(`${badPos}:1.*pos`));
    });

    it('defaults to clause scope and no unless words', () => {
      const [parsed] = loadPatterns([patternFile(good('040.parley-defaults.v1'))]).slice(-1);
      expect(parsed).toMatchObject({ scope: 'clause', unlessFollowedBy: [], unlessPrecededBy: [] });
    });

    it('rejects a trigger phrase that starts or ends with a gap, or has only optional words', () => {
      for (const phrase of ['* talks with', 'held talks *', 'a? the?']) {
        const file = patternFile(JSON.stringify({ id: '040.gap.v1', cameo: '040', trigger: [phrase] }));
        expect(loadError(() => loadPatterns([file])).message, phrase).toMatch(new RegExp(`${file}:1.*trigger`));
      }
    });

    it('names file:line of a line that is not JSON', () => {
      const file = patternFile(good('040.parley.v1'), '', '{"id": "040.broken.v1", ');
      const error = loadError(() => loadPatterns([file]));
      expect(error.code).toBe('lexicon');
      expect(error.message).toContain(`${file}:3`);
      expect(error.message).toMatch(/JSON/);
    });

    it('rejects an id defined twice in one file, naming the second line', () => {
      const file = patternFile(good('040.parley.v1'), good('040.parley.v1'));
      const error = loadError(() => loadPatterns([file]));
      expect(error.message).toContain(`${file}:2`);
      expect(error.message).toContain('040.parley.v1');
    });

    it('reports a missing extra path as a lexicon error naming it', () => {
      const missing = path.join(dir, 'no-such-file.jsonl');
      const error = loadError(() => loadPatterns([missing]));
      expect(error.code).toBe('lexicon');
      expect(error.message).toContain(missing);
    });

    it('rejects an extra pattern that reuses a built-in id', () => {
      const builtInId = loadPatterns()[0].id;
      const file = patternFile(good(builtInId));
      const error = loadError(() => loadPatterns([file]));
      expect(error.message).toContain(`${file}:1`);
      expect(error.message).toContain(builtInId);
    });
  });
});
