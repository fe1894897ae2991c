// What a reporting verb reports, read from the tree: its clausal complement ("said [that Iran
// attacked]", "said: [“…”]"), the clause it hangs on ("[Iran attacked the base], officials said"),
// its infinitive ("vowed [to retaliate]"), else its object ("confirmed [the call]") or what it is
// about ("warned [of an attack]"). Hearer verbs keep their object apart ("told [the Post] that").
// The readings are tried in order. Some read complements the parser mislabels (misreadComplement,
// secondSubject, subjected; src/attribution/misparses.ts); the last three fall back on where
// words stand when the parse gives nothing: a quote in the sentence before or after
// (adjacentQuote), what precedes a tag that ends its sentence (tagAtEnd), what follows the verb
// in its own subtree (rest).
import type { TokenSpan } from '../doc/layers.js';
import type { ReportingVerb } from './lexicon.js';
import { clauseSpans, trimmed } from './clause-span.js';
import { isClosingQuote, isOpeningQuote, quoteStartingAt, type SentenceContext } from './sentence-context.js';
import { loweredReport, misreadRelative } from './misparses.js';
import { subjectOf } from './verb-source.js';
import { subtree, childOf } from './tree-spans.js';

export interface VerbContent {
  /** The content, then the rest of it where the cue interrupts it. */
  pieces: TokenSpan[];
  hearer: TokenSpan | null;
  /** A proposition, not a thing: "denied [meeting Maduro]", "denied [reports that …]", not "denied [knowledge of the attack]". */
  proposition: boolean;
  claim: boolean;
}

/** What every reading looks at: the verb, its dependents outside the cue (in text order), its object and hearer. */
interface Verb {
  context: SentenceContext;
  cue: TokenSpan;
  verb: number;
  reporting: ReportingVerb;
  dependents: number[];
  /** The object, when it is no hearer; -1 otherwise. */
  object: number;
  hearer: number;
}

type Reading = Omit<VerbContent, 'hearer'>;
type ContentReading = (v: Verb) => Reading | null;

/** Prepositions whose object a verb speaks about: "warned of", "called for", "commented on", "referring to", "sided with". */
const ABOUT = new Set(['about', 'of', 'against', 'over', 'for', 'on', 'to', 'with', 'at']);
const PREDICATE_POS = new Set(['VERB', 'AUX']);
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const CONTENT_POS = new Set([...NOMINAL_POS, 'VERB', 'ADJ']);
/** Marks that end a content before its tag. */
const BREAKS = new Set([',', '—', '–']);
/** Dependents that make a subject head a clause: "[Democrats] had “put the biggest crack” …, she said". */
const CLAUSAL = new Set(['acl', 'parataxis', 'advcl', 'ccomp', 'cop']);
/** A tag's own adverbials: "[Asked if …], Trump replied", "[In a statement], the ministry said". */
const ADVERBIAL = new Set(['advcl', 'obl', 'advmod', 'mark']);
/** What may follow the verb in a tag that ends its sentence: "…, he said [on Monday] [in a statement]." */
const TAG_TAIL = new Set(['obl', 'advmod', 'punct']);
/** Relations of a phrase that may name the hearer after "to". */
const NOMINAL_RELATIONS = new Set(['obl', 'obj', 'iobj', 'nmod']);
/** Heads of an object that is someone spoken to: "told [the Post]", "warned [Iran]", not "asked [a question]". */
const PERSON_POS = new Set(['PROPN', 'PRON']);

/** The clause under `head`, less `cut` and less the reports that go with the verb instead (loweredReport). */
const clause = (v: Verb, head: number, cut: readonly number[] = []): Reading | null => {
  const pieces = clauseSpans(v.context, head, [...cut, ...reportsLoweredInto(v.context, head, v.verb)]);
  return pieces.length > 0 ? { pieces, proposition: true, claim: true } : null;
};
const dependent = (v: Verb, ...relations: string[]) => v.dependents.find((c) => relations.includes(v.context.tokens.deprel[c])) ?? -1;

/** "said [that Iran attacked]", "said: [“…”]"; a report the parser attached inside is cut out (loweredReport). */
const complement: ContentReading = (v) => {
  const head = dependent(v, 'ccomp', 'parataxis', 'csubj');
  if (head < 0 || laterReportBefore(v, head)) return null;
  return withLead(v, head, clause(v, head));
};

/**
 * "vowed [to retaliate]", "urged the council [to act]", "called the plan [a failure]". What a verb
 * of stance or intention has in its infinitive has not happened on its word ("continued to bomb",
 * "plans to visit"): a claim only where its object would be ("is said to have attacked").
 */
const infinitive: ContentReading = (v) => {
  const head = dependent(v, 'xcomp');
  const reading = head < 0 ? null : withLead(v, head, clause(v, head));
  return reading && { ...reading, claim: v.reporting.object === 'claim' };
};

/** "[Iran attacked the base], officials said": UD hangs the verb on the clause it reports. */
const hungOnClause: ContentReading = (v) => {
  const { tree } = v.context;
  const head = tree.head(v.verb);
  return head >= 0 && head < v.verb && tree.relation(v.verb) === 'parataxis' && closingTag(v) ? clause(v, head, [v.verb]) : null;
};

/** "[Assange has been detained …], the rights group says": a fronted finite clause with no "if" or "when", before a tag, is the content, not an adverbial. */
const frontedClause: ContentReading = (v) => {
  const { tree } = v.context;
  if (!closingTag(v)) return null;
  const head = v.dependents.find((c) => c < v.verb && tree.relation(c) === 'advcl' && tree.child(c, 'mark') < 0 && childOf(tree, c, 'nsubj', 'nsubj:pass') >= 0);
  return head === undefined ? null : clause(v, head);
};

/**
 * "[Democrats had “put the biggest crack” in the glass ceiling], she said", "“[Well, Donald,
 * those days are over],” Clinton said": of two subjects, the one nearer the verb is its own and
 * the other heads the content.
 */
const secondSubject: ContentReading = (v) => {
  const { tree, tokens } = v.context;
  const own = subjectOf(v.context, v.verb);
  if (own < 0 || !closingTag(v)) return null;
  const other = v.dependents.find((c) => c !== own && c < v.verb && tokens.deprel[c] === 'nsubj' && [...tree.children(c)].some((d) => CLAUSAL.has(tree.relation(d))));
  return other === undefined ? null : clause(v, other, [...tree.children(other)].filter((c) => c > own));
};

/** "told reporters [that …]", "said on Twitter [that …]": a clause the parser hung on the hearer or an adjunct. */
const misreadComplement: ContentReading = (v) => {
  const { tree, tokens } = v.context;
  for (const nominal of v.dependents) {
    // The object's own clause ("denied claims that …") is part of the object.
    if (nominal < v.cue.tokenEnd || tree.relation(nominal) === 'nsubj' || nominal === v.object) continue;
    const span = subtree(tree, nominal);
    for (let t = span.tokenStart; t < span.tokenEnd; t++) {
      if (t === nominal || !tree.dominates(nominal, t) || !NOMINAL_POS.has(tokens.pos[tree.head(t)])) continue;
      if (tree.relation(t) === 'ccomp' || misreadRelative(v.context, t)) return clause(v, t);
    }
  }
  return null;
};

/**
 * "confirmed [the call]", "denied [meeting Maduro]", "denied [reports that …]". A relative clause
 * after a comma is the writer's aside on the thing, no part of it: "criticized [Clinton's email
 * use], which an FBI investigation said was “extremely careless”", "taking swipes at [Marco
 * Rubio], who he dubbed “the little senator”".
 */
const object: ContentReading = (v) => {
  if (v.object < 0) return null;
  const { tokens, lexicon, tree } = v.context;
  const asides = [...tree.children(v.object)].filter((c) => tokens.deprel[c] === 'acl:relcl' && tokens.text[subtree(tree, c).tokenStart - 1] === ',');
  const pieces = clauseSpans(v.context, v.object, asides);
  const proposition = PREDICATE_POS.has(tokens.pos[v.object]) || lexicon.nouns.has(tokens.lemma[v.object].toLowerCase());
  return pieces.length > 0 ? { pieces, proposition, claim: proposition || v.reporting.object === 'claim' } : null;
};

/** "warned [of an attack]", "thanked Obama for [taking these steps]", not "said on [Monday]". */
const about: ContentReading = (v) => {
  const { tree, tokens, timed } = v.context;
  const head = v.dependents.find((c) => c > v.verb && c !== v.hearer && tree.relation(c) === 'obl' && !timed[c] && ABOUT.has(tokens.lower[tree.child(c, 'case')] ?? ''));
  if (head === undefined) return null;
  const pieces = clauseSpans(v.context, head, [tree.child(head, 'case')]);
  return pieces.length > 0 ? { pieces, proposition: false, claim: v.reporting.object === 'claim' } : null;
};

/** "Issa said, “Well, this is where her judgment is in question.”", the quote's head read as an obl: a dependent with a subject of its own is a clause. */
const subjected: ContentReading = (v) => {
  const { tree } = v.context;
  const head = v.dependents.find((c) => c > v.verb && c !== v.hearer && [...tree.children(c)].some((d) => tree.relation(d) === 'nsubj' || tree.relation(d) === 'csubj'));
  return head === undefined ? null : clause(v, head);
};

/** "posted a comment, saying, “…”": the clause the parser hung on the verb before the participle follows the participle. */
const nextSibling: ContentReading = (v) => {
  const { tree, tokens } = v.context;
  const head = tree.head(v.verb);
  if (head < 0) return null;
  let next = subtree(tree, v.verb).tokenEnd;
  while (tokens.text[next] === ',' || tokens.text[next] === ':') next++;
  const sibling = [...tree.children(head)].find((c) => subtree(tree, c).tokenStart === next || c === next);
  return sibling !== undefined && (tree.relation(sibling) === 'parataxis' || tree.relation(sibling) === 'ccomp') ? clause(v, sibling) : null;
};

/**
 * A quote right before the verb's tag or right after its clause: no tree reaches into another
 * sentence: "He said: | “We are ready.”" (the quote opens the next sentence) and "“Are the
 * emails missing?” | Trump said." (the splitter cut the quote from its tag; src/attribution/units.ts
 * keeps them in one unit).
 */
const adjacentQuote: ContentReading = (v) => {
  const { context, verb } = v;
  const { tokens, tree, quotes, quoteOf } = context;
  const scope = subtree(tree, tree.head(verb) >= 0 && tree.relation(verb) === 'conj' ? tree.head(verb) : verb);
  let before = tagStart(v) - 1;
  while (before >= context.start && tokens.pos[before] === 'PUNCT' && !isClosingQuote(context, before)) before--;
  let after = scope.tokenEnd;
  if (tokens.text[after] === ',') after++;
  const quote = before >= context.start && isClosingQuote(context, before) ? quotes[quoteOf[before]] : quoteStartingAt(context, after);
  return quote ? { pieces: [{ tokenStart: quote.tokenStart, tokenEnd: quote.tokenEnd }], proposition: true, claim: true } : null;
};

/**
 * "The next record is almost complete, [frontman Anthony Kiedis recently revealed].": with no
 * complement the parser could give, a tag that ends its sentence after a comma reports what
 * precedes it.
 */
const tagAtEnd: ContentReading = (v) => {
  if (!closingTag(v)) return null;
  const { tree } = v.context;
  let root = v.verb;
  while (tree.head(root) >= 0) root = tree.head(root);
  // The tag's own adverbial opening the sentence ("[Asked if …], Trump replied, …") is no part of what was said.
  const sentenceStart = subtree(tree, root).tokenStart;
  const opening = v.dependents.find((c) => c < tagStart(v) && ADVERBIAL.has(tree.relation(c)) && subtree(tree, c).tokenStart === sentenceStart);
  const start = opening === undefined ? sentenceStart : subtree(tree, opening).tokenEnd;
  const span = trimmed(v.context, { tokenStart: start, tokenEnd: tagStart(v) - 1 });
  return span && span.tokenEnd - span.tokenStart >= 2 ? { pieces: [span], proposition: true, claim: true } : null;
};

/**
 * "Clinton suggested the United States should send more forces", read with "States" as an obl and
 * "send" as an adverbial: with no complement the parser could give, the rest of what the verb
 * governs after the cue and its hearer is the content, times left out ("said on Monday").
 */
const rest: ContentReading = (v) => {
  const { tree, tokens, timed } = v.context;
  const after = v.dependents.filter((c) => c > v.verb && c !== v.hearer && tokens.pos[c] !== 'PUNCT' && !timed[c] && tree.relation(c) !== 'advmod');
  if (after.length === 0) return null;
  const span = trimmed(v.context, { tokenStart: subtree(tree, after[0]).tokenStart, tokenEnd: subtree(tree, after[after.length - 1]).tokenEnd });
  // "concessions Maduro had agreed [to]": a stranded preposition is no content.
  if (!span || !Array.from({ length: span.tokenEnd - span.tokenStart }, (_, i) => tokens.pos[span.tokenStart + i]).some((pos) => CONTENT_POS.has(pos))) return null;
  return { pieces: [span], proposition: false, claim: v.reporting.object === 'claim' };
};

const READINGS: readonly ContentReading[] = [
  complement, infinitive, hungOnClause, frontedClause, secondSubject, misreadComplement, object, about, subjected, nextSibling, adjacentQuote, tagAtEnd, rest,
];

export function verbContent(context: SentenceContext, cue: TokenSpan, verb: number, reporting: ReportingVerb): VerbContent | null {
  const { tree, tokens } = context;
  const dependents: number[] = [];
  for (let t = cue.tokenStart; t < cue.tokenEnd; t++) for (const c of tree.children(t)) if (c < cue.tokenStart || c >= cue.tokenEnd) dependents.push(c);
  dependents.sort((a, b) => a - b);
  const iobj = dependents.find((c) => tokens.deprel[c] === 'iobj') ?? -1;
  const obj = dependents.find((c) => tokens.deprel[c] === 'obj') ?? -1;
  const hasClause = dependents.some((c) => ['ccomp', 'parataxis', 'xcomp'].includes(tree.relation(c)));
  // "told [the Post] (that …)": a hearer verb's object is who is spoken to when there is content besides, or when it names someone.
  const heard = iobj >= 0 ? iobj : reporting.hearer && obj >= 0 && (hasClause || PERSON_POS.has(tokens.pos[obj]) || context.mentions.some((m) => m.tokenStart <= obj && obj < m.tokenEnd)) ? obj : -1;
  const v: Verb = { context, cue, verb, reporting, dependents, object: obj === heard ? -1 : obj, hearer: heard };
  // "confirmed [to The Hill] on Sunday that …", also where the parser hangs "to The Hill" on "Sunday".
  const to = dependents.find((c) => c > verb && tokens.lower[subtree(tree, c).tokenStart] === 'to' && NOMINAL_RELATIONS.has(tree.relation(c)));
  const hearerHead = heard >= 0 ? heard : (to ?? -1);
  const hearer = hearerHead >= 0 ? (clauseSpans(context, hearerHead, clausesUnder(context, hearerHead))[0] ?? null) : null;
  for (const read of READINGS) {
    const reading = read(v);
    const pieces = reading ? outside(reading.pieces, cue) : [];
    if (reading && pieces.length > 0) return { ...reading, pieces, hearer };
  }
  return null;
}

/** The clauses hung inside a phrase ("Sunday [that the call took place]"): no part of a hearer. */
function clausesUnder(context: SentenceContext, head: number): number[] {
  const { tree } = context;
  const span = subtree(tree, head);
  const clauses: number[] = [];
  for (let t = span.tokenStart; t < span.tokenEnd; t++) if (t !== head && (tree.relation(t) === 'acl' || tree.relation(t) === 'ccomp')) clauses.push(t);
  return clauses;
}

/** The pieces without the cue's own words ("takes issue [with] the rules": "with" is the cue's, whatever the parse). */
function outside(pieces: readonly TokenSpan[], cue: TokenSpan): TokenSpan[] {
  return pieces.flatMap((piece) => [
    { tokenStart: piece.tokenStart, tokenEnd: Math.min(piece.tokenEnd, cue.tokenStart) },
    { tokenStart: Math.max(piece.tokenStart, cue.tokenEnd), tokenEnd: piece.tokenEnd },
  ]).filter((part) => part.tokenEnd > part.tokenStart);
}

/**
 * Where the verb's tag starts: at the noun the parser hung it on ("…,” [a former official]
 * told/acl the Post", "…, [frontman] Anthony Kiedis revealed/acl:relcl"), else at its subject
 * before it ("…, [the Post] reported"), else at the verb.
 */
function tagStart(v: Verb): number {
  const { tree } = v.context;
  const subject = subjectOf(v.context, v.verb);
  const head = tree.head(v.verb);
  const own = subject >= 0 && subject < v.verb ? trimmedStart(v, subtree(tree, subject).tokenStart) : v.verb;
  // The noun counts only right before the tag: a relative clause on a word further back is no tag of that word.
  const hungOn = head >= 0 && head === own - 1 && tree.relation(v.verb) === 'acl';
  return hungOn ? trimmedStart(v, subtree(tree, head).tokenStart) : own;
}

/** `start`, past punctuation that is no opening quote mark. */
function trimmedStart(v: Verb, start: number): number {
  const { tokens } = v.context;
  while (start < v.verb && tokens.pos[start] === 'PUNCT' && !isOpeningQuote(v.context, start)) start++;
  return start;
}

/** "…, the rights group says [on Monday].": the tag follows a comma, a dash or a closing quote, and only adjuncts follow the verb. */
function closingTag(v: Verb): boolean {
  const { tree, tokens } = v.context;
  const before = tagStart(v) - 1;
  if (before <= v.context.start || !(BREAKS.has(tokens.text[before]) || isClosingQuote(v.context, before))) return false;
  // A bare noun phrase after the verb is a misread object ("a poll shows [Sanders] leading"), no adjunct.
  return v.dependents.every((c) => c < v.verb || c === v.hearer || TAG_TAIL.has(tree.relation(c)) && (tree.relation(c) !== 'obl' || tree.child(c, 'case') >= 0 || v.context.timed[c] === 1));
}

/** "said [the call] — held on Monday — [focused on …]": a verb of saying takes no object before its clause; the parser gave the clause's subject to the verb. */
function withLead(v: Verb, head: number, reading: Reading | null): Reading | null {
  if (!reading || v.object < 0 || v.object > head) return reading;
  const joined = trimmed(v.context, { tokenStart: subtree(v.context.tree, v.object).tokenStart, tokenEnd: reading.pieces[0].tokenEnd });
  return joined ? { ...reading, pieces: [joined, ...reading.pieces.slice(1)] } : reading;
}

/** "posted a comment, [saying], “…”": another reporting verb of this one stands between it and the clause, which is that verb's. */
function laterReportBefore(v: Verb, head: number): boolean {
  const { tokens, lexicon } = v.context;
  return v.dependents.some((c) => c > v.verb && c < head && tokens.pos[c] === 'VERB' && lexicon.verbs.has(tokens.lemma[c].toLowerCase()));
}

/** Reporting verbs in the content under `head` that go with `verb` instead (loweredReport): no part of its content. */
function reportsLoweredInto(context: SentenceContext, head: number, verb: number): number[] {
  const span = subtree(context.tree, head);
  const lowered: number[] = [];
  for (let t = span.tokenStart; t < span.tokenEnd; t++) if (context.tokens.pos[t] === 'VERB' && loweredReport(context, t) === verb) lowered.push(t);
  return lowered;
}
