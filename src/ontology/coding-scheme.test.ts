import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../lexicons.js';
import { codingScheme, schemeMarkdown } from './coding-scheme.js';

const lexicons = loadLexicons();
const entries = codingScheme(lexicons.codes, lexicons.eventPatterns);

describe('the coding scheme', () => {
  it('lists every CAMEO code with its QuadClass, Goldstein score, PLOVER mapping and patterns', () => {
    expect(entries.map((entry) => entry.code)).toEqual(lexicons.codes.codes().sort());
    expect(entries.find((entry) => entry.code === '041')).toMatchObject({
      name: 'Discuss by telephone', root: '04', quad_class: 1, goldstein: 1, plover: { type: 'CONSULT', mode: 'phone' },
      patterns: expect.arrayContaining(['041.phone-call.v1']),
    });
    // Every pattern appears once, under its own code.
    expect(entries.flatMap((entry) => entry.patterns).sort()).toEqual(lexicons.eventPatterns.map((pattern) => pattern.id).sort());
  });

  it('is current in docs/coding-scheme.md (npm run docs:scheme regenerates it)', () => {
    const page = readFileSync(fileURLToPath(new URL('../../docs/coding-scheme.md', import.meta.url)), 'utf8');
    expect(page).toBe(schemeMarkdown(entries));
  });
});
