import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attribution, EventStatus } from '../contract.js';
import { defaultAnnalist, extract, makeArticle, runUpTo, withTrace } from '../../test/helpers/article.js';
import { loadAttributionLexicon } from '../attribution/lexicon.js';
import { createAnnalist, type Annalist } from '../pipeline.js';
import { statusAt } from './status.js';

const { markers } = loadAttributionLexicon();

/** statusAt for the trigger word `trigger` of a one-sentence text, under a sentence frame. */
function statusOf(text: string, trigger: string, frame: EventStatus = 'asserted'): EventStatus {
  const doc = runUpTo('nlp', text, '2019-12-08');
  const tokens = doc.tokenTable;
  const t = tokens.text.indexOf(trigger);
  expect(t, `token "${trigger}"`).toBeGreaterThanOrEqual(0);
  const sentence = doc.sentences.find((s) => s.tokenStart <= t && t < s.tokenEnd)!;
  return statusAt(tokens, t, sentence.tokenStart, frame, markers);
}

describe('statusAt', () => {
  it('"did not meet" → negated', () => {
    expect(statusOf('Venezuela did not meet with Colombia.', 'meet')).toBe('negated');
  });

  it('"never met", "didn’t attack" → negated', () => {
    expect(statusOf('Venezuela never met with Colombia.', 'met')).toBe('negated');
    expect(statusOf('Colombia didn’t attack Venezuela.', 'attack')).toBe('negated');
    expect(statusOf("Colombia didn't attack Venezuela.", 'attack')).toBe('negated');
  });

  it('"denied meeting" → denied', () => {
    expect(statusOf('Venezuela denied meeting with Colombia.', 'meeting')).toBe('denied');
    expect(statusOf('Venezuela denies meeting Colombian officials.', 'meeting')).toBe('denied');
  });

  it('"could strike", "might attack" → hypothetical', () => {
    expect(statusOf('Iran could strike Israel.', 'strike')).toBe('hypothetical');
    expect(statusOf('Colombia might attack Venezuela.', 'attack')).toBe('hypothetical');
  });

  it('"will visit", "plans to visit" → future', () => {
    expect(statusOf('Colombia will visit Venezuela.', 'visit')).toBe('future');
    expect(statusOf('Petro plans to visit Caracas.', 'visit')).toBe('future');
  });

  it('a plain past-tense verb keeps the sentence frame (negative)', () => {
    expect(statusOf('Colombia attacked Venezuela.', 'attacked')).toBe('asserted');
    expect(statusOf('Colombia attacked Venezuela.', 'attacked', 'reported')).toBe('reported');
  });

  it('a negation in an earlier clause does not reach past a comma or "that"', () => {
    expect(statusOf('Iran did not object, and Colombia attacked Venezuela.', 'attacked')).toBe('asserted');
    expect(statusOf('Nobody could deny that Colombia attacked Venezuela.', 'attacked')).toBe('asserted');
  });

  it('looks back at most five tokens', () => {
    expect(statusOf('Colombia will, according to the plan agreed last week by both, visit Venezuela.', 'visit')).not.toBe('future');
  });
});

describe('event status through the pipeline', () => {
  const cases: [string, string, EventStatus][] = [
    ['Venezuela did not meet with Colombia.', '040', 'negated'],
    ['Venezuela denied meeting with Colombia.', '040', 'denied'],
    ['Iran could strike Israel.', '190', 'hypothetical'],
    ['Colombia will visit Venezuela.', '042', 'future'],
    ['Colombia attacked Venezuela.', '180', 'asserted'],
    ['Colombia reportedly attacked Venezuela.', '180', 'reported'],
  ];

  it.each(cases)('%j → %s event is %s', (text, cameo, status) => {
    const { doc, events } = extract(text, '2019-12-08');
    withTrace(doc, () => {
      const event = events.find((e) => e.cameo.startsWith(cameo));
      expect(event, `a ${cameo} event`).toBeDefined();
      expect(event!.status).toBe(status);
    });
  });

  // The innermost report that holds the trigger speaks for the event: its status, its speaker, the outlets of the reports around it.
  const told: [string, string, EventStatus, Partial<Attribution>][] = [
    ['Venezuela denied that Colombia attacked its border post.', '18', 'denied', { speaker: 'Venezuela', cue: 'denied' }],
    ['Gustavo Petro told The Washington Post that Colombia attacked Venezuela.', '18', 'reported', { speaker: 'Gustavo Petro', outlets: ['The Washington Post'], cue: 'told' }],
    ['Reuters reported that officials said Colombia attacked Venezuela.', '18', 'reported', { speaker: 'officials', outlets: ['Reuters'], cue: 'said' }],
    // A report inside a denial is denied with it.
    ['Venezuela denied reports that Colombia attacked its border post.', '18', 'denied', {}],
    // A stance's infinitive ("continued to shell") is no claim of its own: the report around it speaks.
    ['Colombia continued to shell Venezuela, officials said.', '19', 'reported', { speaker: 'officials', cue: 'said' }],
  ];

  it.each(told)('%j: the %s event is %s, told by %j', (text, root, status, attribution) => {
    const { doc, events } = extract(text, '2019-12-08');
    withTrace(doc, () => {
      const event = events.find((e) => e.cameo.startsWith(root));
      expect(event?.status).toBe(status);
      expect(event?.attribution).toMatchObject(attribution);
    });
  });

  it('"if" makes an event hypothetical, "plans to" future, even inside reported content', () => {
    const hypothetical = extract('Maduro said Colombia would attack Venezuela if talks failed.', '2019-12-08');
    withTrace(hypothetical.doc, () => expect(hypothetical.events.find((e) => e.cameo.startsWith('18'))?.status).toBe('hypothetical'));
    const future = extract('Officials said Petro will visit Caracas.', '2019-12-08');
    withTrace(future.doc, () => expect(future.events.find((e) => e.cameo.startsWith('04'))?.status).toBe('future'));
  });

  it('a denial of something else leaves the event alone: "denies knowledge of the attack" (negative)', () => {
    expect(statusOf('Hegseth denies knowledge of the second attack.', 'attack')).toBe('asserted');
  });
});

describe('a clause marker of the user\'s (--lexicon)', () => {
  it('reaches the events stage: with "nearly" marked hypothetical, "nearly attacked" is no longer asserted', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'annalist-markers-'));
    try {
      const file = path.join(dir, 'clause-markers.tsv');
      writeFileSync(file, 'word\tstatus\nnearly\thypothetical\n');
      const article = makeArticle('Colombia nearly attacked Venezuela.', '2019-12-08');
      const attack = (annalist: Annalist) => annalist.extract(article).events.find((e) => e.cameo.startsWith('18'));
      expect(attack(defaultAnnalist())?.status).toBe('asserted');
      expect(attack(createAnnalist({ lexicons: [file] }))?.status).toBe('hypothetical');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
