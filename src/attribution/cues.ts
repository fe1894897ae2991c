// Reporting cues inside a sentence: who says so, to which outlet, and how sure the article is.
import type { Attribution, EventStatus } from '../contract.js';
import type { ActorMention, Sentence } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';

const HEARSAY = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);
const ANONYMOUS_SOURCES = /^(sources?|people|persons?|officials?|an? (former )?(senior )?(\w+ )?official)\b/i;
const REPORTING_VERBS = new Set(['say', 'tell', 'report', 'confirm', 'add', 'claim', 'state', 'announce', 'reveal', 'write', 'dispute']);

export interface SentenceAttribution {
  status: EventStatus;
  attribution: Attribution;
}

export function attributeSentence(tokens: TokenTable, sentence: Sentence, mentions: readonly ActorMention[], mentionText: (m: ActorMention) => string): SentenceAttribution {
  const inSentence = mentions.filter((m) => m.tokenStart >= sentence.tokenStart && m.tokenEnd <= sentence.tokenEnd);
  const outlets = new Set<string>();
  let speaker: string | null = null;
  let cue: string | null = null;
  let hearsay = false;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const lower = tokens.lower[t];
    if (HEARSAY.has(lower)) {
      hearsay = true;
      cue ??= lower;
    } else if (lower === 'according' && tokens.lower[t + 1] === 'to') {
      hearsay = true;
      cue = 'according to';
      const source = inSentence.find((m) => m.tokenStart >= t + 2 && m.tokenStart <= t + 3);
      if (source) addSource(source);
    } else if (REPORTING_VERBS.has(tokens.lemma[t]) && tokens.pos[t] === 'VERB') {
      cue ??= tokens.text[t];
      const subject = [...inSentence].reverse().find((m) => m.tokenEnd <= t && m.tokenEnd >= t - 2);
      if (subject) addSource(subject);
      const recipient = inSentence.find((m) => m.tokenStart > t && m.tokenStart <= t + 3 && m.identity.kind === 'outlet');
      if (recipient) outlets.add(recipient.identity.name ?? mentionText(recipient));
      const by = tokens.lower[t + 1] === 'by' ? inSentence.find((m) => m.tokenStart === t + 2 || m.tokenStart === t + 3) : undefined;
      if (by) addSource(by);
    }
  }
  const status: EventStatus = hearsay || (speaker !== null && ANONYMOUS_SOURCES.test(speaker)) ? 'reported' : 'asserted';
  return { status, attribution: { speaker, outlets: [...outlets], cue } };

  function addSource(mention: ActorMention): void {
    if (mention.identity.kind === 'outlet') outlets.add(mention.identity.name ?? mentionText(mention));
    else speaker ??= mention.identity.name ?? mentionText(mention);
  }
}
