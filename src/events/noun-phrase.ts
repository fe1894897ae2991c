// Noun phrases around a mention: the mention a phrase starting at a token is headed by, and whether
// a mention is governed by a preposition or a verb.
import type { ActorMention } from '../doc/layers.js';
import type { TokenTable } from '../doc/token-table.js';
import { NP_MODIFIER_POS, PREPOSITIONS, SKIPPABLE_POS } from './word-classes.js';

const QUANTITIES = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions', 'tens', 'group', 'groups', 'crowd', 'crowds', 'band', 'bands', 'number', 'some', 'many', 'most', 'all', 'several']);

/** "Thousands of protesters rallied": the "of" after a quantity does not make its noun a prepositional object. */
export function isQuantityOf(tokens: TokenTable, of: number, sentenceStart: number): boolean {
  return tokens.lower[of] === 'of' && of > sentenceStart && (QUANTITIES.has(tokens.lower[of - 1]) || tokens.pos[of - 1] === 'NUM');
}

/** The mention starting at (or just after determiners at) `t`; a possessive hands over to what it owns. */
export function headMentionFrom(tokens: TokenTable, mentions: readonly ActorMention[], t: number, sentenceEnd: number): ActorMention | null {
  while (t < sentenceEnd && SKIPPABLE_POS.has(tokens.pos[t]) && !mentions.some((m) => m.tokenStart === t)) t++;
  let mention = mentions.find((m) => m.tokenStart === t);
  while (mention?.possessive) {
    const owned = mentions.find((m) => m.tokenStart > mention!.tokenEnd && m.tokenStart <= mention!.tokenEnd + 3);
    // "sanctions on Iran's oil sector", "an attempt on Putin's life": what is owned is no actor, so the owner is the one.
    // "its partners", "their positions": a possessive pronoun is a determiner; what it owns is not its owner.
    if (!owned) return mention.form === 'pronoun' ? null : mention;
    mention = owned;
  }
  return mention ?? null;
}

/** A mention that is the object of a preposition or a verb ("in Bogotá", "like Iran", "meeting Iran"). */
export function isGoverned(tokens: TokenTable, mentions: readonly ActorMention[], mention: ActorMention): boolean {
  let lead = mention.tokenStart - 1;
  while (lead >= 0 && lead >= mention.tokenStart - 3 && NP_MODIFIER_POS.has(tokens.pos[lead]) && !mentions.some((m) => m.tokenEnd === lead + 1)) lead--;
  return lead >= 0 && (PREPOSITIONS.has(tokens.lower[lead]) || tokens.lower[lead] === 'like' || tokens.pos[lead] === 'VERB' || tokens.pos[lead] === 'ADP');
}
