import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnalistError } from '../errors.js';
import {
  CAMEO_FILE,
  CAMEO_PLOVER_FILE,
  DEFAULT_CODES_DIR,
  PLOVER_LEGACY_FILE,
  PLOVER_TYPES,
  loadOntology,
  quadClassForRoot,
} from './ontology.js';

const ontology = loadOntology();

describe('known codes', () => {
  it('041 is a phone call: verbal cooperation, PLOVER CONSULT by phone', () => {
    const d = ontology.describe('041');
    expect(d).toMatchObject({ code: '041', name: 'Discuss by telephone', rootCode: '04', rootName: 'CONSULT', quadClass: 1, goldstein: 1.0 });
    expect(d.plover).toMatchObject({ type: 'CONSULT', mode: 'phone', source: 'cameo2plover' });
  });

  it('1054 demands easing of sanctions: verbal conflict, PLOVER REQUEST yield, economic', () => {
    const d = ontology.describe('1054');
    expect(d.name).toBe('Demand easing of economic sanctions, boycott, or embargo');
    expect(d).toMatchObject({ rootCode: '10', quadClass: 3, goldstein: -5.0 });
    expect(d.plover).toEqual({ type: 'REQUEST', mode: 'yield', context: ['economic'], source: 'cameo2plover' });
  });

  it('190 is conventional military force: material conflict, ASSAULT', () => {
    const d = ontology.describe('190');
    expect(d).toMatchObject({ name: 'Use conventional military force', quadClass: 4, goldstein: -10 });
    expect(d.plover.type).toBe('ASSAULT');
  });

  it('112 accuse maps to ACCUSE, and so does 09 investigate', () => {
    expect(ontology.describe('112').plover).toMatchObject({ type: 'ACCUSE', mode: 'disapprove' });
    expect(ontology.describe('091').plover).toMatchObject({ type: 'ACCUSE', mode: 'investigate', context: ['crime', 'corruption'] });
  });

  it('054 diplomatic recognition is SUPPORT with Goldstein 6.0', () => {
    expect(ontology.describe('054')).toMatchObject({ name: 'Grant diplomatic recognition', quadClass: 1, goldstein: 6.0 });
    expect(ontology.describe('054').plover.type).toBe('SUPPORT');
  });

  it('splits 08 YIELD into CONCEDE (081-083) and RETREAT (084-087)', () => {
    expect(ontology.describe('0831').plover.type).toBe('CONCEDE');
    expect(ontology.describe('0871').plover).toMatchObject({ type: 'RETREAT', mode: 'ceasefire' });
  });

  it('marks the CAMEO 01 and 02 families, which PLOVER drops, as annalist choices', () => {
    expect(ontology.describe('020').plover).toMatchObject({ type: 'REQUEST', source: 'annalist' });
    expect(ontology.describe('016').plover).toMatchObject({ type: 'REJECT', source: 'annalist' });
  });

  it('moves the pro_autocracy context that the conversion table put in 175 mode slot', () => {
    expect(ontology.describe('175').plover).toMatchObject({ type: 'ASSAULT', mode: null, context: ['pro_autocracy', 'military'] });
  });
});

describe('unknown codes', () => {
  it('falls back to the nearest known parent', () => {
    const d = ontology.describe('0419');
    expect(d).toMatchObject({ code: '041', requested: '0419', name: 'Discuss by telephone' });
    expect(ontology.describe('049')).toMatchObject({ code: '04', requested: '049', quadClass: 1 });
    expect(ontology.isKnown('0419')).toBe(false);
    expect(ontology.isKnown('041')).toBe(true);
  });

  it('throws for a code with no known parent, and for what is not a code', () => {
    expect(() => ontology.describe('21')).toThrow(AnnalistError);
    expect(() => ontology.describe('219')).toThrow(/unknown CAMEO code '219'/);
    expect(() => ontology.describe('abc')).toThrow(/not a CAMEO code/);
    expect(() => ontology.describe('0')).toThrow(/not a CAMEO code/);
  });
});

describe('the whole table', () => {
  const codes = ontology.codes();

  it('holds every root and the CAMEO 1.1b3 sub-codes', () => {
    for (let root = 1; root <= 20; root++) expect(ontology.isKnown(String(root).padStart(2, '0'))).toBe(true);
    for (const code of ['0211', '0256', '0874', '1041', '1056', '1125', '1246', '1385', '1454', '1663', '1724', '1833', '2042']) {
      expect(ontology.isKnown(code), code).toBe(true);
    }
    expect(codes.length).toBeGreaterThan(300);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every code one of the 16 PLOVER types', () => {
    for (const code of codes) expect(PLOVER_TYPES, code).toContain(ontology.describe(code).plover.type);
  });

  it('keeps QuadClass consistent with the root', () => {
    for (const code of codes) {
      const d = ontology.describe(code);
      expect(d.quadClass, code).toBe(quadClassForRoot(code.slice(0, 2)));
      expect(d.goldstein, code).toBeGreaterThanOrEqual(-10);
      expect(d.goldstein, code).toBeLessThanOrEqual(10);
    }
  });

  it('loads the shipped tables from lexicons/codes beside src/ and dist/', () => {
    expect(DEFAULT_CODES_DIR.endsWith(path.join('lexicons', 'codes'))).toBe(true);
  });
});

describe('legacy PLOVER names', () => {
  it('maps the names used by PLOVER_GSR_CAMEO to current types', () => {
    expect(ontology.ploverTypeForLegacy('DISAPPROVE')).toBe('ACCUSE');
    expect(ontology.ploverTypeForLegacy('INVESTIGATE')).toBe('ACCUSE');
    expect(ontology.ploverTypeForLegacy('DEMAND')).toBe('REQUEST');
    expect(ontology.ploverTypeForLegacy('fight')).toBe('ASSAULT');
  });

  it('passes current names through and refuses what has no single successor', () => {
    expect(ontology.ploverTypeForLegacy('CONSULT')).toBe('CONSULT');
    expect(ontology.ploverTypeForLegacy('DOCUMENT')).toBeNull();
    expect(ontology.ploverTypeForLegacy('YIELD')).toBeNull();
  });
});

describe('malformed tables', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  // A copy of the shipped tables with one line of one file replaced.
  function withLine(file: string, match: RegExp, replacement: string): { dir: string; line: number } {
    dir = mkdtempSync(path.join(tmpdir(), 'annalist-ontology-'));
    for (const name of [CAMEO_FILE, CAMEO_PLOVER_FILE, PLOVER_LEGACY_FILE]) {
      copyFileSync(path.join(DEFAULT_CODES_DIR, name), path.join(dir, name));
    }
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    const index = lines.findIndex((line) => match.test(line));
    expect(index).toBeGreaterThan(0);
    lines[index] = replacement;
    writeFileSync(path.join(dir, file), lines.join('\n'));
    return { dir, line: index + 1 };
  }

  function loadError(at: string): AnnalistError {
    try {
      loadOntology(at);
    } catch (error) {
      expect(error).toBeInstanceOf(AnnalistError);
      return error as AnnalistError;
    }
    throw new Error('expected loadOntology to throw');
  }

  it('names file:line and the field for a bad Goldstein score', () => {
    const { dir: at, line } = withLine(CAMEO_FILE, /^041\t/, '041\tDiscuss by telephone\t1\tone');
    const error = loadError(at);
    expect(error.code).toBe('lexicon');
    expect(error.input).toBe(`${path.join(at, CAMEO_FILE)}:${line}`);
    expect(error.message).toMatch(/goldstein: expected a Goldstein score/);
  });

  it('rejects a QuadClass that contradicts the root', () => {
    const { dir: at, line } = withLine(CAMEO_FILE, /^190\t/, '190\tUse conventional military force\t3\t-10.0');
    const error = loadError(at);
    expect(error.input).toBe(`${path.join(at, CAMEO_FILE)}:${line}`);
    expect(error.message).toMatch(/quad_class: QuadClass 3 contradicts root 19/);
  });

  it('says when columns are separated by spaces', () => {
    const { dir: at, line } = withLine(CAMEO_FILE, /^041\t/, '041 Discuss by telephone 1 1.0');
    expect(loadError(at).message).toMatch(new RegExp(`:${line}: \\(row\\): no tabs`));
  });

  it('suggests the current name for an old PLOVER type', () => {
    const { dir: at, line } = withLine(CAMEO_PLOVER_FILE, /^112\t/, '112\tDISAPPROVE\tdisapprove\t\tuser');
    const error = loadError(at);
    expect(error.input).toBe(`${path.join(at, CAMEO_PLOVER_FILE)}:${line}`);
    expect(error.message).toMatch(/plover_type: 'DISAPPROVE' is not a PLOVER type .*now ACCUSE/);
  });

  it('rejects a mapping for a code cameo.tsv does not define', () => {
    const { dir: at } = withLine(CAMEO_PLOVER_FILE, /^112\t/, '1129\tACCUSE\tallege\t\tuser');
    expect(loadError(at).message).toMatch(/cameo: 1129 is not in cameo\.tsv/);
  });

  it('lets a new code in cameo.tsv inherit its parent mapping', () => {
    const { dir: at } = withLine(CAMEO_FILE, /^1125\t/, '1125\tAccuse of espionage, treason\t3\t-2.0\n1129\tAccuse of election fraud\t3\t-2.0\tuser row');
    const extended = loadOntology(at);
    expect(extended.isKnown('1129')).toBe(true);
    expect(extended.describe('1129').plover).toEqual({ type: 'ACCUSE', mode: 'disapprove', context: [], source: 'parent' });
  });

  it('reports a missing table by its path', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'annalist-ontology-'));
    const error = loadError(dir);
    expect(error.code).toBe('lexicon');
    expect(error.message).toMatch(/cannot read lexicon table/);
  });
});
