// Who says so: quotes with their speakers and each sentence's reporting frame.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import type { AttributionFrame } from '../doc/layers.js';
import { findQuotes } from './quotes.js';
import { attributeSentence } from './cues.js';

export function createAttributionStage(): Stage {
  return {
    name: 'attribution',
    requires: ['tokens', 'sentences', 'actors'],
    provides: ['attributions'],
    run(doc: Doc) {
      const tokens = doc.tokenTable;
      const mentionText = (m: { tokenStart: number; tokenEnd: number }) => doc.tokenText(m.tokenStart, m.tokenEnd);
      const quotes = findQuotes(doc.cleanText, tokens, doc.actorMentions);
      const frames: AttributionFrame[] = [];
      doc.sentences.forEach((sentence, index) => {
        const quote = quotes.find((q) => q.cleanStart <= sentence.cleanStart + 1 && q.cleanEnd >= sentence.cleanEnd - 1 || q.cleanStart >= sentence.cleanStart && q.cleanEnd <= sentence.cleanEnd && q.cleanEnd - q.cleanStart > (sentence.cleanEnd - sentence.cleanStart) / 2);
        const { status, attribution } = attributeSentence(tokens, sentence, doc.actorMentions, mentionText);
        if (quote?.speaker) {
          frames.push({ sentence: index, contentStart: quote.cleanStart, contentEnd: quote.cleanEnd, status: 'asserted', attribution: { speaker: quote.speaker.identity.name ?? mentionText(quote.speaker), outlets: attribution.outlets, cue: 'quote' }, quoteSpeaker: quote.speaker });
        } else {
          frames.push({ sentence: index, contentStart: sentence.cleanStart, contentEnd: sentence.cleanEnd, status, attribution, quoteSpeaker: null });
        }
      });
      doc.attributions = frames;
    },
  };
}
