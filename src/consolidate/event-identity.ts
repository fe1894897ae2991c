// Whether two event mentions report the same happening. Hard constraints first (dates that
// cannot overlap, codes of different roots), then a similarity in [0, 1] from the trigger
// family, the CAMEO code, the participants and whether the articles tell the same story.
import type { MentionFeatures, RoleHolder } from './mention-features.js';

/** Articles at least this alike (cosine) give their mentions full weight; less alike, proportionally less. */
const FULL_CONTEXT = 0.2;

/**
 * Two mentions that can never be one event, whatever else they share. A coded mention with no
 * date at all (an undated article, no date in the text) is one event with another article's
 * mention only if something said when: two undated lawsuits against one company in two
 * articles are two lawsuits as far as anyone can tell. Bare spans (`annalist corefer`) carry no
 * dates and are exempt.
 */
export function incompatible(a: MentionFeatures, b: MentionFeatures): boolean {
  if (a.date && b.date && (a.date.end < b.date.start || b.date.end < a.date.start)) return true;
  if ((a.date === null || b.date === null) && a.roles !== null && b.roles !== null && a.document !== b.document) return true;
  if (a.code && b.code && a.code.slice(0, 2) !== b.code.slice(0, 2)) return true;
  return reversed(a, b);
}

/** "A accused B" and "B accused A" are two events; "A met B" and "B met A" one. */
function reversed(a: MentionFeatures, b: MentionFeatures): boolean {
  if (!a.roles || !b.roles || !a.code || !b.code) return false;
  if (a.symmetric || b.symmetric) return false;
  const { actor: x, recipient: y } = a.roles;
  return x !== null && y !== null && x.key !== y.key && b.roles.actor?.key === y.key && b.roles.recipient?.key === x.key;
}

/** Share of the smaller participant set found in the other; null when either names nobody. */
function participantOverlap(a: MentionFeatures, b: MentionFeatures): number | null {
  if (a.participants.length === 0 || b.participants.length === 0) return null;
  const other = new Set(b.participants);
  const shared = a.participants.filter((p) => other.has(p)).length;
  return shared / Math.min(a.participants.length, b.participants.length);
}

/**
 * Coded mentions name their parties exactly, each in its role: the same actor and the same
 * recipient (or none named on one side; either order for a symmetric code). With nobody named
 * at all, only the same trigger words in one article make two mentions one event.
 */
function sameParties(a: MentionFeatures, b: MentionFeatures): boolean {
  const x = a.roles!;
  const y = b.roles!;
  if (x.actor === null && x.recipient === null || y.actor === null && y.recipient === null) {
    return a.document === b.document && a.lemma === b.lemma;
  }
  const shares = (p: RoleHolder | null, q: RoleHolder | null) =>
    p !== null && q !== null && (p.key === q.key || p.codeKey === q.key || q.codeKey === p.key);
  const fits = (p: RoleHolder | null, q: RoleHolder | null) => p === null || q === null || shares(p, q);
  if (fits(x.actor, y.actor) && fits(x.recipient, y.recipient) && (shares(x.actor, y.actor) || shares(x.recipient, y.recipient))) return true;
  return (a.symmetric || b.symmetric) && fits(x.actor, y.recipient) && fits(x.recipient, y.actor) && (shares(x.actor, y.recipient) || shares(x.recipient, y.actor));
}

/** How alike the action is: same family of trigger words, or same CAMEO code family. */
function actionSimilarity(a: MentionFeatures, b: MentionFeatures): number {
  if (a.lemma !== '' && a.lemma === b.lemma) return 1;
  if (a.code && b.code) {
    if (a.code === b.code) return 0.9;
    if (a.code.startsWith(b.code) || b.code.startsWith(a.code)) return 0.8;
    if (a.code.slice(0, 3) === b.code.slice(0, 3)) return 0.7;
    return 0.5;
  }
  return 0;
}

/**
 * `documents` is how alike the two mentions' articles are (1 within one article): a phone call
 * in an article about Venezuela and one in an article about Ukraine are less likely one call.
 */
export function mentionSimilarity(a: MentionFeatures, b: MentionFeatures, documents: number): number {
  if (incompatible(a, b)) return 0;
  const action = actionSimilarity(a, b);
  if (action === 0) return 0;
  const overlap = participantOverlap(a, b);
  if (a.roles && b.roles && !sameParties(a, b)) return 0;
  const context = Math.min(1, documents / FULL_CONTEXT);
  if (a.story === b.story) return action * context * (overlap === null ? 1 : 0.75 + 0.25 * overlap);
  // Across stories only a shared participant can make two reports one event.
  return overlap === null || overlap === 0 ? 0 : action * overlap * 0.9;
}
