import { describe, expect, it } from 'vitest';
import { AnnalistError } from '../errors.js';
import { readCorefDocuments } from './corefer-input.js';
import { defaultAnnalist } from '../../test/helpers/article.js';
import { corefer, type CorefDocument } from './corefer.js';

function document(id: string, text: string, triggers: string[]): CorefDocument {
  let from = 0;
  const mentions = triggers.map((trigger, index) => {
    const start = text.indexOf(trigger, from);
    from = start + trigger.length;
    return { id: `${id}:${index}`, start, end: start + trigger.length };
  });
  return { id, text, mentions };
}

describe('corefer', () => {
  const documents = [
    document('lima-1', 'A magnitude 6.1 earthquake struck near Lima, Peru on Monday, killing two people. The quake damaged homes in Lima.', ['earthquake', 'killing', 'quake', 'damaged']),
    document('lima-2', 'Two people died when a strong earthquake hit Lima, Peru. Peruvian officials said the quake destroyed dozens of homes near Lima.', ['died', 'earthquake', 'said', 'quake', 'destroyed']),
    document('java-1', 'An earthquake shook the Indonesian island of Java on Friday, and officials in Jakarta reported no deaths. Java residents fled their homes.', ['earthquake', 'reported', 'deaths', 'fled']),
  ];

  it('groups mentions of one earthquake across reports and keeps another earthquake apart', () => {
    const result = corefer(documents, defaultAnnalist().pipeline, defaultAnnalist().lexicons.eventFamilies);
    expect(result.stories.get('lima-1')).toBe(result.stories.get('lima-2'));
    expect(result.stories.get('java-1')).not.toBe(result.stories.get('lima-1'));
    const cluster = (id: string) => result.clusters.get(id);
    // "earthquake" and "quake" in both Lima reports; "killing" and "died" (one family).
    expect(new Set(['lima-1:0', 'lima-1:2', 'lima-2:1', 'lima-2:3'].map(cluster)).size).toBe(1);
    expect(cluster('lima-1:1')).toBe(cluster('lima-2:0'));
    expect(cluster('java-1:0')).not.toBe(cluster('lima-1:0'));
  });

  it('gives the same clusters whatever the order of the documents', () => {
    const forward = corefer(documents, defaultAnnalist().pipeline, defaultAnnalist().lexicons.eventFamilies).clusters;
    const backward = corefer([...documents].reverse(), defaultAnnalist().pipeline, defaultAnnalist().lexicons.eventFamilies).clusters;
    expect(new Map([...backward].sort())).toEqual(new Map([...forward].sort()));
  });

  it('names the line and the reason for bad input', () => {
    const line = (value: unknown) => JSON.stringify(value);
    expect(() => readCorefDocuments(`${line({ id: 'd', text: 'abc', mentions: [{ id: 'm', start: 2, end: 9 }] })}\n`, 'in.jsonl'))
      .toThrow(/in\.jsonl:1: mention 'm': span 2–9 is not inside the text/);
    expect(() => readCorefDocuments(`\n${line({ id: 'd', mentions: [] })}`, 'in.jsonl')).toThrow(AnnalistError);
    expect(() => readCorefDocuments(`\n${line({ id: 'd', mentions: [] })}`, 'in.jsonl')).toThrow(/in\.jsonl:2: field 'text'/);
  });
});
