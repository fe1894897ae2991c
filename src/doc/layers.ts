// The layers stages add to a Doc. Mentions point at tokens (indexes), never copy strings;
// character offsets are in the clean text until export maps them back.
import type { Attribution, EventStatus, Sector } from '../contract.js';

export type LayerName = 'clean' | 'tokens' | 'sentences' | 'deps' | 'timexes' | 'actors' | 'attributions' | 'events';

export interface Sentence {
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  cleanStart: number;
  cleanEnd: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  cleanStart: number;
  cleanEnd: number;
  text: string;
  type: TimexType;
  /** TIMEX3-style value: 2018, 2018-09, 2018-09-14, P15M, PAST_REF … */
  value: string;
  /** Index of the sentence that holds the expression. */
  sentence: number;
  /** Which parser produced the value, for `annalist explain`. */
  rule: string;
}

export type ActorKind = 'person' | 'state' | 'organisation' | 'group' | 'outlet';

/** What a mention refers to, resolved against the lexicons and the text's own titles. */
export interface ActorIdentity {
  name: string | null;
  country: string | null;
  sector: Sector | null;
  kind: ActorKind;
  /** Whom the actor speaks or acts for ("Sessions spokesperson Matt Mackowiak": Pete Sessions). */
  principal?: string;
}

/**
 * How a mention names its actor, for the steps that treat one wording apart from another; `rule`
 * only says which recogniser found it.
 * - name: a name, known or not, a country, an organisation ("Nicolás Maduro", "Reuters")
 * - titled-name: a name after its title, which is the actor's role then ("then-Rep. Pete Sessions")
 * - surname-candidate: a lone capitalised word no lexicon knows, a surname if a full name ends in it
 * - title: a title alone ("the president"), which coreference may resolve to a person
 * - group: a group word ("U.S. officials")
 * - people: a country's people ("the Palestinians", "Iraqi Kurds"), who are many
 * - nationality: a nationality standing for its country ("Israeli jets")
 * - pronoun: "he", "its", "they"; a possessive one is a determiner, never an owner
 * - reference: a definite description of a named actor ("the agency")
 */
export type MentionForm = 'name' | 'titled-name' | 'surname-candidate' | 'title' | 'group' | 'people' | 'nationality' | 'pronoun' | 'reference';

export interface ActorMention {
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  sentence: number;
  identity: ActorIdentity;
  /** In-document entity id: mentions of the same actor share it. */
  entity: number;
  /** Followed by 's: a modifier ("Trump's attorney"), not the head of its noun phrase. */
  possessive: boolean;
  /** Role words read from the text ("then-Rep.", "Venezuelan President"), if any. */
  title: string | null;
  /** Lexicon record, for roles that depend on the event's date. */
  person: import('../actors/lexicon.js').PersonRecord | null;
  /** Which recogniser found the mention. */
  rule: string;
  form: MentionForm;
  /** "Sessions spokesperson Matt Mackowiak": the name written before the title, whom the actor works for. */
  principal?: TokenSpan;
}

/** A token range [tokenStart, tokenEnd). */
export interface TokenSpan {
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
}

/**
 * One attribution: a cue ("said", "told the Post", "according to"), its source ("three
 * sources familiar with the call", or null for "reportedly") and the content it reports.
 */
export interface AttributionFrame {
  /** Sentence of the cue. */
  sentence: number;
  cue: TokenSpan;
  source: TokenSpan | null;
  /** May start sentences before the cue, for a quote that runs over several. */
  content: TokenSpan;
  /**
   * More of the content: the rest of a clause the cue interrupts ("The deal, he said, is dead"),
   * the infinitive of "Iran is said to have attacked", and later quotes with no cue of their
   * own that go on with the same speaker's words.
   */
  continuations: TokenSpan[];
  /** Status of the content as the article presents it: reported, denied, or negated ("did not say"). */
  status: EventStatus;
  /**
   * The content is the source's claim ("said that …", "reported an attack"), not the target of a
   * stance ("condemned the attack"): only a claim gives the events in it its status and speaker.
   */
  claim: boolean;
  /** Speaker (resolved through coreference), outlets and the cue as written. */
  attribution: Attribution;
  /** The actor mention that speaks, resolved to its entity; null when the source is no actor. */
  speaker: ActorMention | null;
  /** Direct quotation: the speaker is "I" and "we" inside the content. */
  quoted: boolean;
  /** Which recogniser found the cue, e.g. `cue.verb-then-source.v1`. */
  rule: string;
}

export interface EventMention {
  sentence: number;
  triggerStart: number;
  /** Exclusive token index. */
  triggerEnd: number;
  actor: ActorMention | null;
  recipient: ActorMention | null;
  cameo: string;
  rule: string;
  status: EventStatus;
  attribution: Attribution;
  timex: Timex | null;
  confidence: number;
  /** True when an argument came from an earlier mention of the same event ("the call took place"). */
  anaphoric: boolean;
  /** Where `timex` came from when not from the event's own clause: the event referred to, or the narrative thread. */
  dateFrom?: 'antecedent' | 'narrative';
  /** The event is the speech act itself (an accusation in a quote): it happens when it is spoken. */
  speech?: boolean;
  /** Later mentions of the same event in this article, merged into this one. */
  merged: EventMention[];
  /** The relations of the parse that led from the trigger to the actor and to the recipient ("nsubj", "obl:with"), for `annalist explain`. */
  paths: { actor: string | null; recipient: string | null };
}

/** What became of one pattern match in the events stage, for `annalist explain`. */
export interface EventDecision {
  sentence: number;
  triggerStart: number;
  /** Exclusive token index. */
  triggerEnd: number;
  rule: string;
  cameo: string;
  /** coded: an event of its own; merged: one more mention of an event coded elsewhere; skipped: no event. */
  outcome: 'coded' | 'merged' | 'skipped';
  /** Why, in words. */
  reason: string;
}
