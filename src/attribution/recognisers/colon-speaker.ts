// A speaker's name and a colon: "Sanders: Brexit's message could draw Trump support" (headlines),
// "TAPPER: Do you think …" (transcripts). The content is the rest of the sentence, not a subtree:
// the parser reads such lines as it would a heading, with the name or the colon's clause as root.
import { quoteStartingAt, wordsEnd, type Recogniser, type SentenceContext } from '../sentence-context.js';

export const colonSpeaker: Recogniser = (context, candidate) => {
  if (candidate.type !== 'colon') return null;
  const colon = candidate.cue.tokenStart;
  if (!namesSpeaker(context, colon)) return null;
  const quote = quoteStartingAt(context, colon + 1);
  const content = { tokenStart: colon + 1, tokenEnd: Math.max(wordsEnd(context), quote?.tokenEnd ?? 0) };
  if (content.tokenEnd <= content.tokenStart) return null;
  return {
    cue: candidate.cue, source: { tokenStart: context.start, tokenEnd: colon }, content, more: [], hearer: null, verb: null, negated: false,
    claim: true, proposition: true, priority: 0, rule: 'cue.speaker-colon.v1',
  };
};

/** "TAPPER:" (a transcript's capitals) or a known actor ("Sanders:"), not a heading ("Question:", "The Ninth Circle:"). */
function namesSpeaker(context: SentenceContext, colon: number): boolean {
  const { tokens } = context;
  let capitals = true;
  for (let t = context.start; t < colon; t++) if (/\p{Ll}/u.test(tokens.text[t])) capitals = false;
  if (capitals) return true;
  return context.mentions.some((m) => m.tokenStart >= context.start && m.tokenEnd <= colon && m.identity.kind !== 'state');
}
