// Event mentions: pattern triggers (lexical), their arguments read off the dependency parse
// (src/events/configuration.ts), status, date; then event anaphora ("the call") and
// within-article merging, so one event mentioned four times is one event.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import type { ActorMention, EventDecision, EventMention } from '../doc/layers.js';
import { decide } from './decisions.js';
import type { Lexicons } from '../lexicons.js';
import { TriggerIndex } from './trigger-index.js';
import { argumentContext } from './arguments/context.js';
import { anchorOf } from './arguments/reader.js';
import { createArgumentReader } from './configuration.js';
import { inContentOf } from './content-scope.js';
import { backgroundReason } from './background.js';
import { statusAt } from './status.js';
import { frameAt } from '../attribution/frame-at.js';
import { attachedTimex } from './attach-date.js';
import { eventDates } from '../time/event-dates.js';
import { nominalTrigger, resolveEventAnaphora } from './anaphora.js';
import { mergeWithinArticle } from './merge-within-article.js';
import { byStart, spansWithin } from '../doc/span-search.js';
import { dateFromEventAnaphora } from './date-anaphora.js';
import { dateFromNarrative } from './narrative-date.js';

/** `index`: the patterns' triggers, compiled once for the pipeline (the syntax stage picks sentences with it too). */
export function createEventsStage(lexicons: Pick<Lexicons, 'eventPatterns' | 'attribution' | 'events' | 'cameoTraits'>,
  index = new TriggerIndex(lexicons.eventPatterns)): Stage {
  const reader = createArgumentReader(lexicons.cameoTraits, lexicons.events.targetNouns);
  const markers = lexicons.attribution.markers;
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'deps', 'timexes', 'actors', 'attributions'],
    provides: ['events'],
    run(doc: Doc) {
      const tokens = doc.tokenTable;
      const tree = doc.dependencyTree;
      const found: EventMention[] = [];
      const skipped: EventDecision[] = [];
      const dates = eventDates(doc.timexes);
      const mentionsInOrder = byStart(doc.actorMentions);
      doc.sentences.forEach((sentence, sentenceIndex) => {
        const matches = index.match(tokens, sentence.tokenStart, sentence.tokenEnd);
        if (matches.length === 0) return;
        const context = argumentContext(tree, codingMentionsIn(mentionsInOrder, sentence.tokenStart, sentence.tokenEnd), sentence.tokenStart, sentence.tokenEnd,
          lexicons.events.targetNouns);
        const anchors = matches.map((match) => anchorOf(context, match));
        matches.forEach((match, m) => {
          const pattern = match.pattern;
          const anchor = anchors[m];
          const frame = frameAt(doc.attributions, match.tokenStart);
          const quoteSpeaker = frame?.quoted ? frame.speaker : null;
          const skip = (reason: string) => skipped.push({ sentence: sentenceIndex, triggerStart: match.tokenStart, triggerEnd: match.tokenEnd, rule: pattern.id, cameo: pattern.cameo, outcome: 'skipped', reason });
          // "the detained journalists": a participle describing a noun is no act the sentence tells.
          if (tokens.deprel[anchor] === 'amod') return skip('a participle describing a noun (amod), not an act the sentence tells');
          const governor = matches.findIndex((other, o) => o !== m && other.pattern.scope === 'clause' && inContentOf(tree, anchors[o], anchor));
          if (governor >= 0) return skip(`what “${doc.tokenText(matches[governor].tokenStart, matches[governor].tokenEnd)}” is about (its content in the parse), not an event of its own`);
          const background = backgroundReason(tree, anchor, sentence.tokenEnd);
          if (background) return skip(background);
          const read = reader.read(context, match);
          if (read.wrongKind) return skip(`${read.wrongKind}: the word has another sense here`);
          let actors = read.actors.map((party) => party.mention);
          const recipient = read.recipient?.mention ?? null;
          const paths = { actor: read.actors[0]?.path ?? null, recipient: read.recipient?.path ?? null };
          if (pattern.actor === 'speaker') {
            if (!quoteSpeaker) return skip('the pattern codes what a speaker says, and this is not inside a quote with a known speaker');
            if (!recipient || recipient.entity === quoteSpeaker.entity) {
              return skip(recipient ? 'the speaker would be their own target' : 'no target found for what the speaker says');
            }
            actors = [quoteSpeaker];
            paths.actor = 'speaker';
          }
          if (pattern.requireRecipient && !recipient && !read.reciprocal) return skip('the pattern codes an act done to someone, and no one is named as its target');
          const base = {
            sentence: sentenceIndex,
            triggerStart: match.tokenStart,
            triggerEnd: match.tokenEnd,
            recipient,
            cameo: pattern.cameo,
            rule: pattern.id,
            status: statusAt(tokens, match.tokenStart, sentence.tokenStart, frame?.status ?? 'asserted', markers),
            attribution: frame?.attribution ?? { speaker: null, outlets: [], cue: null },
            timex: attachedTimex(tree, dates, sentenceIndex, anchor, match.tokenStart, match.tokenEnd, sentence.tokenStart, sentence.tokenEnd),
            confidence: pattern.confidence,
            anaphoric: false,
            merged: [],
            speech: pattern.actor === 'speaker',
            paths,
          } satisfies Omit<EventMention, 'actor'>;
          if (actors.length === 0) found.push({ ...base, actor: null });
          // "Iran and Russia agreed to cooperate": each with each other.
          const others = read.alsoRecipients.map((party) => party.mention);
          const pairs = read.reciprocal ? actors.flatMap((actor) => actors.filter((other) => other.entity !== actor.entity).map((other) => [actor, other] as const))
            : actors.flatMap((actor) => [recipient, ...others].map((party) => [actor, party] as const));
          for (const [actor, party] of pairs) found.push({ ...base, actor, recipient: party });
        });
      });
      doc.eventMentions = dateFromNarrative(dateFromEventAnaphora(doc, mergeWithinArticle(resolveEventAnaphora(found, nominalTrigger(tokens)), lexicons.cameoTraits), lexicons.events.datedEventNouns));
      doc.eventDecisions = decide(found, doc.eventMentions, skipped);
    },
  };
}

/** Outlets report and anonymous sources ("three sources familiar with the call") tell: neither codes to an actor. */
function codingMentionsIn(inOrder: readonly ActorMention[], sentenceStart: number, sentenceEnd: number): ActorMention[] {
  return spansWithin(inOrder, sentenceStart, sentenceEnd).filter((m) => m.identity.kind !== 'outlet' && codes(m));
}

const codes = (m: ActorMention) => m.identity.name !== null || m.identity.country !== null || m.identity.sector !== null;
