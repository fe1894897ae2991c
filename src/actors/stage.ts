// Actor mentions with codes: lexicon phrases and proper-noun runs, combined with the titles
// written before them, then resolved within the document.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import type { ActorMention } from '../doc/layers.js';
import { findChunks } from './chunks.js';
import { composeMentions } from './mentions.js';
import { resolveCoreference } from './coref.js';
import { isHeadlineCase } from './headline-case.js';
import type { ActorLexicon } from './lexicon.js';

export function createActorsStage(lexicon: ActorLexicon): Stage {
  return {
    name: 'actors',
    requires: ['tokens', 'sentences'],
    provides: ['actors'],
    run(doc: Doc) {
      const tokens = doc.tokenTable;
      const mentions: ActorMention[] = [];
      doc.sentences.forEach((sentence, index) => {
        const chunks = findChunks(tokens, lexicon, sentence.tokenStart, sentence.tokenEnd);
        const facts = { headline: isHeadlineCase(tokens, sentence.tokenStart, sentence.tokenEnd) };
        mentions.push(...composeMentions(tokens, chunks, index, facts, doc.article.published, (person, date) => lexicon.roleAt(person, date), lexicon.placeCues));
      });
      doc.actorMentions = resolveCoreference(tokens, doc.sentences, mentions, lexicon.references);
    },
  };
}
