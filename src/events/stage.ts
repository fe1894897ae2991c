// Event mentions: pattern triggers, their arguments, status, date; then event anaphora
// ("the call") and within-article merging, so one event mentioned four times is one event.
import type { Stage } from '../stage.js';
import type { Doc } from '../doc/doc.js';
import type { ActorMention, EventDecision, EventMention } from '../doc/layers.js';
import { decide } from './decisions.js';
import type { Lexicons } from '../lexicons.js';
import { TriggerIndex } from './trigger-index.js';
import { codingMentionsIn, findArguments, subjectOf } from './arguments.js';
import { statusAt } from './status.js';
import { frameAt } from '../attribution/frame-at.js';
import { attachedTimex } from './attach-date.js';
import { eventDates } from '../time/event-dates.js';
import { nominalTrigger, resolveEventAnaphora } from './anaphora.js';
import { mergeWithinArticle } from './merge-within-article.js';
import { dateFromEventAnaphora } from './date-anaphora.js';
import { dateFromNarrative } from './narrative-date.js';

export function createEventsStage(lexicons: Pick<Lexicons, 'eventPatterns' | 'attribution' | 'events' | 'cameoTraits'>): Stage {
  const index = new TriggerIndex(lexicons.eventPatterns);
  const markers = lexicons.attribution.markers;
  const { clauseTakingVerbs, datedEventNouns } = lexicons.events;
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'timexes', 'actors', 'attributions'],
    provides: ['events'],
    run(doc: Doc) {
      const tokens = doc.tokenTable;
      const found: EventMention[] = [];
      const skipped: EventDecision[] = [];
      const dates = eventDates(doc.timexes);
      doc.sentences.forEach((sentence, sentenceIndex) => {
        let coding: ActorMention[] | undefined;
        for (const match of index.match(tokens, sentence.tokenStart, sentence.tokenEnd)) {
          const pattern = match.pattern;
          const frame = frameAt(doc.attributions, match.tokenStart);
          const quoteSpeaker = frame?.quoted ? frame.speaker : null;
          const skip = (reason: string) => skipped.push({ sentence: sentenceIndex, triggerStart: match.tokenStart, triggerEnd: match.tokenEnd, rule: pattern.id, cameo: pattern.cameo, outcome: 'skipped', reason });
          if (match.background) {
            skip(match.background);
            continue;
          }
          let { actors, recipient, reciprocal, alsoRecipients = [] } = findArguments(tokens, doc.actorMentions, match, sentence.tokenStart, sentence.tokenEnd, lexicons,
            (coding ??= codingMentionsIn(doc.actorMentions, sentence.tokenStart, sentence.tokenEnd)));
          if (pattern.actor === 'speaker') {
            if (!quoteSpeaker) {
              skip('the pattern codes what a speaker says, and this is not inside a quote with a known speaker');
              continue;
            }
            actors = [quoteSpeaker];
            const inSentence = doc.actorMentions.filter((m) => m.sentence === sentenceIndex && m.identity.kind !== 'outlet');
            recipient = pattern.recipientIsSubject ? subjectOf(tokens, inSentence, match.tokenStart, sentence.tokenStart, clauseTakingVerbs) : recipient;
            if (!recipient || recipient.entity === quoteSpeaker.entity) {
              skip(recipient ? 'the speaker would be their own target' : 'no target found for what the speaker says');
              continue;
            }
          }
          if (pattern.requireRecipient && !recipient && !reciprocal) {
            skip('the pattern codes an act done to someone, and no one is named as its target');
            continue;
          }
          const base = {
            sentence: sentenceIndex,
            triggerStart: match.tokenStart,
            triggerEnd: match.tokenEnd,
            recipient,
            cameo: pattern.cameo,
            rule: pattern.id,
            status: statusAt(tokens, match.tokenStart, sentence.tokenStart, frame?.status ?? 'asserted', markers),
            attribution: frame?.attribution ?? { speaker: null, outlets: [], cue: null },
            timex: attachedTimex(tokens, dates, sentenceIndex, match.tokenStart, match.tokenEnd, sentence.tokenStart, sentence.tokenEnd),
            confidence: pattern.confidence,
            anaphoric: false,
            merged: [],
            speech: pattern.actor === 'speaker',
          } satisfies Omit<EventMention, 'actor'>;
          if (actors.length === 0) found.push({ ...base, actor: null });
          // "Iran and Russia agreed to cooperate": each with each other.
          const pairs = reciprocal ? actors.flatMap((actor) => actors.filter((other) => other.entity !== actor.entity).map((other) => [actor, other] as const))
            : actors.flatMap((actor) => [recipient, ...alsoRecipients].map((party) => [actor, party] as const));
          for (const [actor, party] of pairs) found.push({ ...base, actor, recipient: party });
        }
      });
      doc.eventMentions = dateFromNarrative(dateFromEventAnaphora(doc, mergeWithinArticle(resolveEventAnaphora(found, nominalTrigger(tokens)), lexicons.cameoTraits), datedEventNouns));
      doc.eventDecisions = decide(found, doc.eventMentions, skipped);
    },
  };
}
