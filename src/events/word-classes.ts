// Word classes the argument rules share: where a clause breaks, which words govern a noun phrase,
// which start or modify one.

export const CLAUSE_BREAKS = new Set([';', '—', '–', ':', 'but', 'however', 'while', 'although', 'because', 'when', 'after', 'before', 'which', 'who', 'whom', 'where', '“', '”', '"']);

export const PREPOSITIONS = new Set(['with', 'to', 'from', 'of', 'by', 'about', 'for', 'against', 'on', 'in', 'at', 'into', 'upon', 'over', 'toward', 'towards', 'between', 'among', 'targeting', 'regarding', 'as',
  'through', 'across', 'near', 'outside', 'inside', 'throughout', 'around', 'under', 'via', 'within', 'along', 'beyond', 'behind', 'amid', 'during', 'despite']);

export const SKIPPABLE_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PART']);

/** Words that start a noun phrase. */
export const OBJECT_START_POS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/** Words between a preposition or verb and the noun phrase it governs ("through central Tbilisi"). */
export const NP_MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM']);

export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their']);
