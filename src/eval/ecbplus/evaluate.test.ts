import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultAnnalist } from '../../../test/helpers/article.js';
import { AnnalistError } from '../../errors.js';
import { evaluateEcbPlus } from './evaluate.js';

const dir = mkdtempSync(path.join(tmpdir(), 'annalist-ecb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ecbDocument(id: string, topic: string, text: string, mentions: [string, string][]) {
  return JSON.stringify({
    id, topic, subtopic: topic, text,
    mentions: mentions.map(([trigger, cluster], index) => {
      const start = text.indexOf(trigger);
      return { id: `${id}:${index}`, start, end: start + trigger.length, text: trigger, cluster };
    }),
  });
}

describe('evaluateEcbPlus', () => {
  const file = path.join(dir, 'ecb.jsonl');
  writeFileSync(file, [
    ecbDocument('1_1ecb', '1', 'An earthquake struck Lima , Peru on Monday .', [['earthquake', 'quake'], ['struck', 'quake']]),
    ecbDocument('1_2ecb', '1', 'The quake that hit Lima , Peru killed two .', [['quake', 'quake'], ['killed', 'deaths']]),
    ecbDocument('2_1ecb', '2', 'Voters in Chile elected a new president .', [['elected', 'election']]),
  ].join('\n'));

  it('scores only the chosen topics, with every mention of the key counted', () => {
    const evaluation = evaluateEcbPlus(file, ['1'], defaultAnnalist().pipeline, defaultAnnalist().lexicons.eventFamilies);
    expect(evaluation).toMatchObject({ topics: ['1'], documents: 2, mentions: 4, goldClusters: 2, goldSubtopics: 1 });
    expect(evaluation.scores.conll).toBeGreaterThan(0);
    expect(evaluation.scores.conll).toBeLessThanOrEqual(1);
  });

  it('says when no document has the topics asked for, and when the file is missing', () => {
    expect(() => evaluateEcbPlus(file, ['9'], defaultAnnalist().pipeline, defaultAnnalist().lexicons.eventFamilies)).toThrow(AnnalistError);
    expect(() => evaluateEcbPlus(path.join(dir, 'missing.jsonl'), 'all', defaultAnnalist().pipeline, defaultAnnalist().lexicons.eventFamilies))
      .toThrow(/missing\.jsonl: cannot read the ECB\+ file/);
  });
});
