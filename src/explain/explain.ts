// `annalist explain`: for a sentence, everything the layers found in it and why each pattern
// match became an event or did not. Built from the Doc only: what it shows is what ran.
import type { EventRecord } from '../contract.js';
import type { Doc } from '../doc/doc.js';
import type { TokenSpan } from '../doc/layers.js';

export interface SentenceExplanation {
  article_id: string;
  /** 1-based, as people count. */
  sentence: number;
  sentences: number;
  /** Offsets into the original article text. */
  start: number;
  end: number;
  text: string;
  /** `head`: the index in this list of the token's head, -1 for the sentence's root; `deprel` its relation. */
  tokens: { text: string; pos: string; lemma: string; head: number; deprel: string }[];
  actors: { text: string; name: string | null; country: string | null; sector: string | null; kind: string; title: string | null; principal: string | null; entity: number; rule: string }[];
  dates: { text: string; type: string; value: string; rule: string }[];
  attributions: { cue: string; source: string | null; content: string; status: string; speaker: string | null; rule: string }[];
  /** `paths`: the relations of the parse that led from the trigger to the actor and the recipient, for a coded match. */
  decisions: { trigger: string; rule: string; cameo: string; outcome: string; reason: string; event: EventRecord | null; paths: { actor: string | null; recipient: string | null } | null }[];
}

export function explainDoc(doc: Doc, records: EventRecord[], only?: number): SentenceExplanation[] {
  const indexes = only === undefined ? doc.sentences.map((_, i) => i) : [only - 1];
  return indexes.filter((i) => i >= 0 && i < doc.sentences.length).map((i) => explainSentence(doc, records, i));
}

function explainSentence(doc: Doc, records: EventRecord[], index: number): SentenceExplanation {
  const tokens = doc.tokenTable;
  const sentence = doc.sentences[index];
  const { start, end } = doc.toOriginal(sentence.cleanStart, sentence.cleanEnd);
  const spanText = (span: TokenSpan) => doc.tokenText(span.tokenStart, span.tokenEnd);
  const mentionAt = (sentenceIndex: number, triggerStart: number, rule: string) =>
    doc.eventMentions.findIndex((e) => e.sentence === sentenceIndex && e.triggerStart === triggerStart && e.rule === rule);
  const tokenRows = [];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const head = tokens.head[t];
    tokenRows.push({ text: tokens.text[t], pos: tokens.pos[t], lemma: tokens.lemma[t], head: head < 0 ? -1 : head - sentence.tokenStart, deprel: tokens.deprel[t] });
  }
  return {
    article_id: doc.article.id,
    sentence: index + 1,
    sentences: doc.sentences.length,
    start,
    end,
    text: doc.article.text.slice(start, end),
    tokens: tokenRows,
    actors: doc.actorMentions.filter((m) => m.sentence === index).map((m) => ({
      text: doc.tokenText(m.tokenStart, m.tokenEnd), name: m.identity.name, country: m.identity.country, sector: m.identity.sector,
      kind: m.identity.kind, title: m.title, principal: m.identity.principal ?? null, entity: m.entity, rule: m.rule,
    })),
    dates: doc.timexes.filter((t) => t.sentence === index).map((t) => ({ text: t.text, type: t.type, value: t.value, rule: t.rule })),
    attributions: doc.attributions.filter((f) => f.sentence === index).map((f) => ({
      cue: spanText(f.cue), source: f.source ? spanText(f.source) : null, content: spanText(f.content),
      status: f.status, speaker: f.attribution.speaker, rule: f.rule,
    })),
    decisions: doc.eventDecisions.filter((d) => d.sentence === index).map((d) => {
      const at = d.outcome === 'coded' ? mentionAt(d.sentence, d.triggerStart, d.rule) : -1;
      return {
        trigger: doc.tokenText(d.triggerStart, d.triggerEnd), rule: d.rule, cameo: d.cameo, outcome: d.outcome, reason: d.reason,
        event: at >= 0 ? records[at] ?? null : null,
        paths: at >= 0 ? doc.eventMentions[at].paths : null,
      };
    }),
  };
}
