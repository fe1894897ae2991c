// Who says so: every attribution in the article (cue, source, content, read from the dependency
// tree), its speaker resolved through the actors' coreference, and the status of its content.
// Attributions nest ("Reuters reported that officials said …"): the inner one is told on the
// outer one's word, so it carries the outer one's outlets too.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import type { ActorMention, AttributionFrame, TokenSpan } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import type { Attribution, EventStatus } from '../contract.js';
import { sentenceAt } from '../doc/sentence-at.js';
import type { DependencyTree } from '../doc/dependency-tree.js';
import { tokenAtOffset } from '../doc/token-at.js';
import type { AttributionLexicon } from './lexicon.js';
import { findQuotes, quoteIndexByToken } from './quotes.js';
import { findCueCandidates } from './cue-candidates.js';
import { RECOGNISERS } from './configuration.js';
import { selectFrames } from './select-frames.js';
import { attributionUnits } from './units.js';
import { findContinuations } from './continuations.js';
import { frameAt } from './frame-at.js';
import { outletsIn, outletsWritten, resolveSpeaker } from './speaker.js';
import { byStart, spansWithin } from '../doc/span-search.js';
import type { FrameDraft, SentenceContext } from './sentence-context.js';

/** Longest source, in tokens, that is worth naming as the speaker when it is no known actor. */
const MAX_SPEAKER_WORDS = 10;

export function createAttributionStage(lexicon: AttributionLexicon): Stage {
  return {
    name: 'attribution',
    requires: ['tokens', 'sentences', 'deps', 'timexes', 'actors'],
    provides: ['attributions'],
    run(doc: Doc) {
      const tokens = doc.tokenTable;
      const tree = doc.dependencyTree;
      const quotes = findQuotes(doc.cleanText, tokens);
      const quoteOf = quoteIndexByToken(tokens, quotes);
      const frames: AttributionFrame[] = [];
      const sentenceOfToken = (t: number) => sentenceAt(doc.sentences, tokens.start[t]);
      const names = articleNames(doc);
      const timed = timedTokens(doc);
      const mentionsInOrder = byStart(doc.actorMentions);
      for (const unit of attributionUnits(tokens, doc.sentences, lexicon)) {
        // A cue's source, hearer and speaker are in its own unit: each unit reads only its mentions.
        const mentions = spansWithin(mentionsInOrder, unit.tokenStart, unit.tokenEnd);
        const context: SentenceContext = { tokens, tree, start: unit.tokenStart, end: unit.tokenEnd, quotes, quoteOf, lexicon, mentions, timed };
        const drafts: FrameDraft[] = [];
        for (const candidate of findCueCandidates(context)) {
          for (const recognise of RECOGNISERS) {
            const draft = recognise(context, candidate);
            if (draft) {
              drafts.push(draft);
              break;
            }
          }
        }
        for (const draft of selectFrames(drafts)) frames.push(toFrame(doc, tree, sentenceOfToken(draft.cue.tokenStart), draft, quoteOf, names, mentions));
      }
      for (const [frame, spans] of findContinuations(frames, quotes, sentenceOfToken, tokens.length)) frame.continuations.push(...spans);
      // Outermost first, so that a frame two deep has its container's outlets, the container's own container's among them.
      const outermostFirst = [...frames].sort((a, b) => b.content.tokenEnd - b.content.tokenStart - (a.content.tokenEnd - a.content.tokenStart));
      for (const frame of outermostFirst) nestIn(frame, frameAt(frames, frame.cue.tokenStart, frame));
      doc.attributions = frames;
    },
  };
}

function timedTokens(doc: Doc): Uint8Array {
  const tokens = doc.tokenTable;
  const timed = new Uint8Array(tokens.length);
  for (const timex of doc.timexes) {
    for (let t = tokenAtOffset(tokens, timex.cleanStart); t < tokens.length && tokens.start[t] < timex.cleanEnd; t++) timed[t] = 1;
  }
  return timed;
}

/** How an article's mentions and spans read, and its outlets by how they are written (built at the first frame). */
interface ArticleNames {
  name: (m: { tokenStart: number; tokenEnd: number; identity: { name: string | null } }) => string;
  text: (span: TokenSpan) => string;
  written: () => ReadonlyMap<string, string>;
}

function articleNames(doc: Doc): ArticleNames {
  const name = (m: { tokenStart: number; tokenEnd: number; identity: { name: string | null } }) => m.identity.name ?? doc.tokenText(m.tokenStart, m.tokenEnd);
  const text = (span: TokenSpan) => doc.tokenText(span.tokenStart, span.tokenEnd);
  let written: ReadonlyMap<string, string> | undefined;
  return {
    name,
    text,
    written: () => (written ??= outletsWritten(doc.actorMentions, name, text)),
  };
}

/** `mentions`: the actor mentions of the cue's unit, in text order. */
function toFrame(doc: Doc, tree: DependencyTree, sentence: number, draft: FrameDraft, quoteOf: Int32Array, names: ArticleNames, mentions: readonly ActorMention[]): AttributionFrame {
  const tokens = doc.tokenTable;
  const speaker = draft.source ? resolveSpeaker(tree, draft.source, mentions) : null;
  const { name, text } = names;
  const outletMentions = mentions.filter((m) => m.identity.kind === 'outlet');
  const outlets = outletsIn([draft.source, draft.hearer], outletMentions, name, text, names.written());
  // A source that is an outlet goes to `outlets`, not `speaker`.
  const sourceIsOutlet = draft.source !== null && outletsIn([draft.source], outletMentions, name, text, names.written()).length > 0 && !speaker?.identity.name;
  const attribution: Attribution = { speaker: sourceIsOutlet ? null : speakerName(doc, draft.source, speaker, name, outletMentions), outlets, cue: text(draft.cue) };
  return {
    sentence,
    cue: draft.cue,
    source: draft.source,
    content: draft.content,
    continuations: [...draft.more],
    status: frameStatus(draft),
    claim: draft.claim && !indirectQuestion(tokens, draft.content),
    attribution,
    speaker: speaker && speaker.identity.kind !== 'outlet' ? speaker : null,
    quoted: quoteOf[draft.content.tokenStart] >= 0,
    rule: draft.rule,
  };
}

/**
 * The speaker's canonical name; else the source as written ("three sources familiar with the
 * call"); null for an outlet (it goes to `outlets`) or an unresolved pronoun.
 */
function speakerName(doc: Doc, source: TokenSpan | null, speaker: AttributionFrame['speaker'], name: (m: NonNullable<AttributionFrame['speaker']>) => string,
  outletMentions: readonly ActorMention[]): string | null {
  if (speaker?.identity.kind === 'outlet') return null;
  if (speaker?.identity.name) return name(speaker);
  if (!source || source.tokenEnd - source.tokenStart > MAX_SPEAKER_WORDS) return speaker ? name(speaker) : null;
  const tokens = doc.tokenTable;
  if (source.tokenEnd - source.tokenStart === 1 && tokens.pos[source.tokenStart] === 'PRON') return null;
  if (outletMentions.some((m) => m.tokenStart >= source.tokenStart && m.tokenEnd <= source.tokenEnd)) return null;
  return doc.tokenText(source.tokenStart, source.tokenEnd);
}

/**
 * "denied that …", "denied meeting …" → denied (but "denies knowledge of the attack" denies no
 * attack); "did not say that …" → negated; any other source → reported.
 */
function frameStatus(draft: FrameDraft): EventStatus {
  if (draft.verb?.kind === 'denial' && draft.proposition) return 'denied';
  if (draft.negated) return 'negated';
  return 'reported';
}

/** Words that open an indirect question: "did not say [when the move would take place]", "asked [whether …]". */
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'when', 'where', 'what', 'who', 'which', 'whom']);

/**
 * A question is no claim: "The spokesman did not say why the three had been detained" and "Marsh
 * did not say when the move would take place" neither claim nor deny the detention and the move.
 */
function indirectQuestion(tokens: TokenTable, content: TokenSpan): boolean {
  return QUESTION_WORDS.has(tokens.lower[content.tokenStart]);
}

/**
 * A frame inside another's content is told on the outer source's word: "Reuters reported that
 * officials said …" names Reuters as the outlet of the officials' claim; "denied reports that
 * Brown is preparing …", "denied accusations that he threatened …" deny what the reports claim.
 */
function nestIn(frame: AttributionFrame, container: AttributionFrame | null): void {
  if (!container) return;
  for (const outlet of container.attribution.outlets) if (!frame.attribution.outlets.includes(outlet)) frame.attribution.outlets.push(outlet);
  if (frame.claim && frame.status === 'reported' && (container.status === 'denied' || container.status === 'negated')) frame.status = container.status;
}
