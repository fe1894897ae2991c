import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAnnalist } from '../../../test/helpers/article.js';
import { evaluatePetrarch } from './evaluate.js';

const record = (id: string, event: string, source: string, target: string, text: string) =>
  `<Sentence category="VERB" date="20030101" id="${id}" evaluate="true">\n<EventCoding eventcode="${event}" sourcecode="${source}" targetcode="${target}" />\n<Text>${text}</Text>\n</Sentence>\n`;

describe('evaluatePetrarch', () => {
  it('scores only records whose gold actors are real countries, by their sets of CAMEO roots', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'annalist-petrarch-'));
    writeFileSync(path.join(dir, 'records.xml'), [
      record('REAL-01', '190', 'RUS', 'UKR', 'Russian troops attacked Ukrainian forces near Kharkiv.'),
      record('FICT-01', '050', 'ARN', 'GON', 'Arnor restored diplomatic ties with Gondor.'),
    ].join(''));
    const evaluation = evaluatePetrarch(dir, defaultAnnalist());
    expect(evaluation.read).toBe(2);
    expect(evaluation.scored.map((p) => p.id)).toEqual(['REAL-01']);
    expect(evaluation.scored[0].gold).toEqual(['19']);
    expect(evaluation.scored[0].codings.gold).toEqual([{ cameo: '190', actor: ['RUS'], recipient: ['UKR'] }]);
    expect(evaluation.arguments.agreement).toBeLessThanOrEqual(evaluation.agreement);
    expect(evaluation.agreement).toBe(evaluation.scored[0].predicted.join() === '19' ? 1 : 0);
  });

  it('a missing location is an input error naming it', () => {
    expect(() => evaluatePetrarch('/no/such/petrarch', defaultAnnalist())).toThrow(/PETRARCH/);
  });
});
