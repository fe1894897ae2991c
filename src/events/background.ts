// Clauses that describe a participant rather than tell the sentence's news: a participle that
// describes a noun ("officials accused by Washington of corruption", "demonstrators jailed since
// the autumn") and a relative clause inside the sentence ("Petro, who accused Venezuela of fraud
// last year, met Lula"). What happens there is background, and is not coded. A relative clause
// that ends the sentence carries the story on ("… and President Marcos, who thanked Tokyo"), and a
// headline's participle is its news ("Venezuela accused by Colombia of drug trafficking"): those are coded,
// with their own arguments only.
import type { DependencyTree } from '../doc/dependency-tree.js';

/** Why the trigger anchored at `anchor` is background, or null when it is not. */
export function backgroundReason(tree: DependencyTree, anchor: number, sentenceEnd: number): string | null {
  const { tokens } = tree;
  let clause = anchor;
  while (tree.head(clause) >= 0 && (tree.relation(clause) === 'conj' || tokens.deprel[clause] === 'xcomp')) clause = tree.head(clause);
  const relation = tokens.deprel[clause];
  const described = tree.head(clause);
  // A verb describing a noun without a subject of its own is a participle, whatever its Penn tag.
  // "a boy whose killing by police sparked anger": a gerund with an owner is a noun, no participle.
  if (relation === 'acl' && tokens.pos[clause] === 'VERB' && tree.child(clause, 'nsubj') < 0 && tree.child(clause, 'nmod:poss') < 0) {
    // A headline has no verb of its own: the noun it is about is its root.
    if (described >= 0 && tree.head(described) < 0 && tokens.pos[described] !== 'VERB') return null;
    return 'a participle describing the noun before it (acl, a reduced relative clause): background, not an event the sentence tells';
  }
  // "Accused of corruption, the minister resigned", "officials accused by Washington" read as an
  // adverbial clause: a bare passive participle, with no subject or auxiliary, describes a participant too.
  if (relation === 'advcl' && tokens.xpos[clause] === 'VBN' && tree.child(clause, 'nsubj') < 0 && tree.child(clause, 'nsubj:pass') < 0
    && tree.child(clause, 'aux') < 0 && tree.child(clause, 'aux:pass') < 0 && tree.child(clause, 'mark') < 0) {
    return 'a bare passive participle (advcl) describing a participant: background, not an event the sentence tells';
  }
  // "Officials accused by Washington of corruption met the minister", parsed with "accused" as the main
  // verb and "met" joined to it: a passive with an agent and no auxiliary is a participle, when another
  // verb is the sentence's ("Venezuela accused by Colombia of drug trafficking", a headline, has none).
  let verb = anchor;
  while (tokens.deprel[verb] === 'xcomp' && tree.head(verb) >= 0) verb = tree.head(verb);
  if (tree.child(verb, 'obl:agent') >= 0 && tree.child(verb, 'aux:pass') < 0 && tree.child(verb, 'aux') < 0
    && tree.children(verb).some((c) => tree.relation(c) === 'conj' && (tokens.pos[c] === 'VERB' || tokens.pos[c] === 'AUX'))) {
    return 'a participle with its agent and no auxiliary (a reduced relative clause the parser took for the verb): background, not an event the sentence tells';
  }
  if (relation === 'acl:relcl' && tree.span(clause)[1] < lastWord(tree, sentenceEnd)) {
    return 'inside a relative clause (acl:relcl) the sentence goes on after: background, not an event the sentence tells';
  }
  return null;
}

/** The end of the sentence's last word that is not punctuation (exclusive). */
function lastWord(tree: DependencyTree, sentenceEnd: number): number {
  let t = sentenceEnd - 1;
  while (t > 0 && tree.tokens.pos[t] === 'PUNCT') t--;
  return t + 1;
}
