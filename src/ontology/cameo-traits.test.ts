import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCameoTraits } from './cameo-traits.js';

const dir = mkdtempSync(path.join(tmpdir(), 'annalist-traits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A user's cameo-traits.tsv holding `rows` under the header. */
function userTraits(rows: string): string {
  const file = path.join(mkdtempSync(path.join(dir, 'user-')), 'cameo-traits.tsv');
  writeFileSync(file, `code\ttraits\tnote\n${rows}`);
  return file;
}

describe('CAMEO traits', () => {
  const traits = loadCameoTraits();

  it('symmetric: consult, telephone, meet at a third place, negotiate, and their sub-codes', () => {
    for (const code of ['040', '041', '0411', '044', '046']) expect(traits.has(code, 'symmetric'), code).toBe(true);
    // A bare root may be a visit; a visit, hosting and mediation have a direction.
    for (const code of ['04', '042', '043', '045', '036', '057', '190']) expect(traits.has(code, 'symmetric'), code).toBe(false);
  });

  it('reciprocal: roots 03 to 06, but not a visit or hosting', () => {
    for (const code of ['03', '036', '04', '040', '041', '045', '046', '057', '06', '061']) expect(traits.has(code, 'reciprocal'), code).toBe(true);
    for (const code of ['042', '0421', '043', '01', '07', '112', '190']) expect(traits.has(code, 'reciprocal'), code).toBe(false);
  });

  it('lets a user\'s row replace the built-in one', () => {
    const extended = loadCameoTraits([userTraits('043\treciprocal\tmy hosts\n057\tsymmetric\n')]);
    expect(extended.has('043', 'reciprocal')).toBe(true);
    expect(extended.has('057', 'symmetric')).toBe(true);
    expect(extended.has('041', 'symmetric')).toBe(true);
  });

  it('names file:line and the field of a bad row, and a code given twice (negative)', () => {
    const unknown = userTraits('041\tsymetric\n');
    expect(() => loadCameoTraits([unknown])).toThrow(new RegExp(`${unknown}:2: traits.0: expected traits separated by ";"`));
    const badCode = userTraits('41\tsymmetric\n');
    expect(() => loadCameoTraits([badCode])).toThrow(new RegExp(`${badCode}:2: code: expected a CAMEO code`));
    const twice = userTraits('041\tsymmetric\n041\treciprocal\n');
    expect(() => loadCameoTraits([twice])).toThrow(new RegExp(`${twice}:3: code: 041 appears twice \\(first on line 2\\)`));
  });
});
