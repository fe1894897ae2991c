// The recipient slots a pattern names, read off the parse:
//   obj          the direct object ("accused Israel"); an indirect one first ("offered Togo aid"); for a
//                passive, its subject ("Iran was attacked"); for an event noun, what "of" joins ("the arrest of X")
//   iobj         the indirect object alone, the one given to ("gave Ukraine weapons")
//   obl:P        an oblique or noun modifier marked by P ("talks with Iran", "sanctions against Russia",
//                "protest in front of the embassy"), or the object of a participle P ("an operation targeting boats")
//   ccomp:nsubj  the subject of the clause a verb governs ("demanded that Iran withdraw")
//   owner        the owner of the pattern's last `near` word, or of the object ("Iran's decision", "U.S. sanctions")
import { mentionAt, phraseMarker, type ArgumentContext } from './context.js';
import { fillerAt, type SlotFiller } from './party.js';
import { isPassive } from './voice.js';

const NONE: SlotFiller = { kind: 'none' };

/** `words`: the trigger's own words ([start, end)), whose phrases a marked slot is looked for in too ("agreed to cooperate with Brazil"). */
export function readSlot(context: ArgumentContext, anchor: number, slot: string, nearEnd: number, subjectOf: (v: number) => SlotFiller,
  words: [number, number] = [anchor, anchor + 1]): SlotFiller {
  if (slot === 'obj') return objectOf(context, anchor, subjectOf, words);
  if (slot === 'iobj') return indirectObject(context, anchor);
  if (slot === 'ccomp:nsubj') {
    const clause = context.tree.child(anchor, 'ccomp');
    return clause < 0 ? NONE : fillerAt(context, context.tree.child(clause, 'nsubj'), 'ccomp > nsubj');
  }
  if (slot === 'owner') return ownerSlot(context, anchor, nearEnd);
  if (slot.startsWith('obl:')) return marked(context, anchor, slot.slice(4), words);
  return NONE;
}

function objectOf(context: ArgumentContext, v: number, subjectOf: (v: number) => SlotFiller, words: [number, number]): SlotFiller {
  const { tree, tokens } = context;
  if (tokens.pos[v] === 'NOUN' || tokens.pos[v] === 'PROPN') return markedChild(context, v, 'of', 'nmod:of');
  // "Iran was attacked", "officials accused by Washington": a passive's subject is the one acted on.
  if (isPassive(tree, v)) return subjectOf(v);
  const indirect = tree.child(v, 'iobj');
  if (indirect >= 0) return fillerAt(context, indirect, 'iobj');
  const direct = tree.child(v, 'obj');
  // "ordered the expulsion of the ambassador": when the object is a word of the trigger, the act's object is that noun's.
  if (direct >= words[0] && direct < words[1] && direct !== v) {
    const inner = objectOf(context, direct, subjectOf, words);
    if (inner.kind === 'party') return { ...inner, party: { mention: inner.party.mention, path: `obj > ${inner.party.path}` } };
  }
  if (direct >= 0) {
    // "rejected Thursday a United Nations appeal", parsed with two objects: the one that names a party.
    let thing: SlotFiller = NONE;
    for (const c of tree.children(v)) {
      if (tree.tokens.deprel[c] !== 'obj') continue;
      // "designated [the Houthis a terrorist organization]" read as one object: a predicate noun's subject is the party.
      const predicated = tree.child(c, 'nsubj');
      const filler = predicated >= 0 ? fillerAt(context, predicated, 'obj > nsubj') : fillerAt(context, c, 'obj');
      if (filler.kind === 'party') return filler;
      if (thing.kind === 'none') thing = filler;
    }
    return thing;
  }
  // "designated the Houthis a terrorist organization": the subject of a small clause the verb governs.
  for (const c of tree.children(v)) {
    const relation = tree.relation(c);
    if ((relation === 'xcomp' || relation === 'obl' || relation === 'ccomp') && tokens.pos[c] !== 'VERB' && tree.child(c, 'nsubj') >= 0) {
      const subject = fillerAt(context, tree.child(c, 'nsubj'), `${relation} > nsubj`);
      if (subject.kind === 'party') return subject;
    }
  }
  // "shot down a Russian drone", parsed with "down" as a preposition: a phrasal verb's particle marks its object.
  for (const c of tree.children(v)) if (tree.relation(c) === 'obl' && OBJECT_PARTICLES.has(tree.marker(c))) return fillerAt(context, c, 'obl (particle)');
  // "arrested and charged two men": the object attaches to the nearer verb and belongs to both.
  for (const c of tree.children(v)) {
    if (tree.relation(c) !== 'conj' || tree.child(c, 'nsubj') >= 0) continue;
    const shared = tree.child(c, 'obj');
    if (shared >= 0) return fillerAt(context, shared, 'conj > obj');
  }
  return NONE;
}

/** "gave Ukraine weapons", "offered Togo technical assistance": the indirect object, or the first of two objects. */
function indirectObject(context: ArgumentContext, v: number): SlotFiller {
  const { tree } = context;
  const indirect = tree.child(v, 'iobj');
  if (indirect >= 0) return fillerAt(context, indirect, 'iobj');
  let objects = 0;
  let first = -1;
  for (const c of tree.children(v)) {
    if (tree.tokens.deprel[c] !== 'obj') continue;
    if (objects++ === 0) first = c;
  }
  return objects > 1 ? fillerAt(context, first, 'obj (the first of two)') : NONE;
}

/** Relations a marked phrase is looked for through: the trigger's phrases, not other clauses. */
const PHRASE_RELATIONS = new Set(['obj', 'iobj', 'obl', 'nmod', 'nummod', 'compound', 'appos']);
const SEARCH_DEPTH = 3;

/**
 * An obl or nmod marked by `marker`, nearest the trigger first: its own ("talks with Iran"), then
 * one inside its phrases ("pledged $100 million in aid to Ukraine"), never in another clause; for a
 * noun a light verb governs ("held talks with Iran"), that verb's too.
 */
function marked(context: ArgumentContext, anchor: number, marker: string, words: [number, number]): SlotFiller {
  const { tree, tokens } = context;
  let level = [anchor];
  for (let t = words[0]; t < words[1]; t++) if (t !== anchor && tree.dominates(anchor, t)) level.push(t);
  for (let depth = 1; depth <= SEARCH_DEPTH && level.length > 0; depth++) {
    const next: number[] = [];
    for (const t of level) {
      const own = markedChild(context, t, marker, depth === 1 ? `obl:${marker}` : `… > obl:${marker}`);
      if (own.kind !== 'none') return own;
      for (const c of tree.children(t)) if (PHRASE_RELATIONS.has(tree.relation(c))) next.push(c);
    }
    level = next;
  }
  for (const c of tree.children(anchor)) {
    // "an operation targeting suspected boats": the participle's object.
    const relation = tree.relation(c);
    if ((relation === 'acl' || relation === 'advcl') && (tokens.lower[c] === marker || tokens.lemma[c] === marker)) {
      return fillerAt(context, tree.child(c, 'obj'), `acl:${marker} > obj`);
    }
  }
  if (tree.relation(anchor) === 'obj' && tree.head(anchor) >= 0) {
    const governing = markedChild(context, tree.head(anchor), marker, `obj < obl:${marker}`);
    if (governing.kind !== 'none') return governing;
  }
  return NONE;
}

function markedChild(context: ArgumentContext, t: number, marker: string, path: string): SlotFiller {
  const { tree } = context;
  for (const c of tree.children(t)) {
    const relation = tree.relation(c);
    if ((relation === 'obl' || relation === 'nmod' || relation === 'obj') && markedBy(phraseMarker(context, c), marker)) return fillerAt(context, c, path);
  }
  return NONE;
}

/** Particles a verb leaves before its preposition: "handed the suspect over to France" is marked "to". */
const PARTICLES = new Set(['over', 'up', 'out', 'down', 'back', 'off', 'away', 'on']);
/** Particles no preposition could be in their place: "shot down a drone", "beat up detainees", "wiped out the village". */
const OBJECT_PARTICLES = new Set(['up', 'out', 'down', 'off', 'away']);

/** Whether a phrase's markers are `marker`, maybe after a particle ("over to"); "along with" is not "with". */
function markedBy(markers: string, marker: string): boolean {
  if (markers === marker) return true;
  const space = markers.indexOf(' ');
  return space > 0 && PARTICLES.has(markers.slice(0, space)) && markers.slice(space + 1) === marker;
}

function ownerSlot(context: ArgumentContext, anchor: number, nearEnd: number): SlotFiller {
  const { tree, tokens } = context;
  const owned = nearEnd >= 0 ? nearEnd : tree.child(anchor, 'obj');
  if (owned < 0) return NONE;
  for (const c of tree.children(owned)) {
    const relation = tokens.deprel[c];
    if (relation !== 'nmod:poss' && relation !== 'compound' && relation !== 'amod') continue;
    const mention = mentionAt(context, c);
    if (mention) return { kind: 'party', party: { mention, path: `owner (${relation})` }, owned };
  }
  return NONE;
}
