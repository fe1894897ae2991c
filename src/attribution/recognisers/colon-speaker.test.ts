import { describe, expect, it } from 'vitest';
import { attributions, withCue } from '../../../test/helpers/attributions.js';

describe('colonSpeaker', () => {
  it('a speaker\'s name and a colon: transcripts and headlines', () => {
    attributions('TAPPER: Do you think he has campaigned as a healer?', (found) => {
      expect(withCue(found, ':')).toMatchObject({ source: 'TAPPER', content: 'Do you think he has campaigned as a healer', rule: 'cue.speaker-colon.v1' });
    });
  });

  it('a heading with a colon is no speaker (negative)', () => {
    attributions('Question: What do you call a boy who calls himself a girl?', (found) => expect(found.filter((f) => f.cue === ':')).toEqual([]));
  });
});
