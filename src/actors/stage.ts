// Actor mentions with codes: lexicon phrases and proper-noun runs, combined with the titles
// written before them, then resolved within the document.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import type { ActorMention } from '../doc/layers.js';
import { findChunks } from './chunks.js';
import { composeMentions } from './mentions.js';
import { resolveCoreference } from './coref.js';
import { isHeadlineCase } from './headline-case.js';
import type { ActorLexicon, PersonRecord } from './lexicon.js';

export function createActorsStage(lexicon: ActorLexicon): Stage {
  const roleAt = (person: PersonRecord, date: string | null) => lexicon.roleAt(person, date);
  return {
    name: 'actors',
    requires: ['tokens', 'sentences'],
    provides: ['actors'],
    run(doc: Doc) {
      const tokens = doc.tokenTable;
      const mentions: ActorMention[] = [];
      doc.sentences.forEach((sentence, index) => {
        const chunks = findChunks(tokens, lexicon, sentence.tokenStart, sentence.tokenEnd);
        if (chunks.length === 0) return;
        // Headline case matters only to names the lexicons do not know: without one, it need not be asked.
        const headline = chunks.some((chunk) => chunk.entries.length === 0) && isHeadlineCase(tokens, sentence.tokenStart, sentence.tokenEnd);
        for (const mention of composeMentions(tokens, chunks, index, { headline }, doc.article.published, roleAt, lexicon.placeCues)) mentions.push(mention);
      });
      doc.actorMentions = resolveCoreference(tokens, doc.sentences, mentions, lexicon.references);
    },
  };
}
