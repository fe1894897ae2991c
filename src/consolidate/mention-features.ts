// What the identity of an event mention rests on, whether the mention was coded by our own
// patterns (consolidation) or handed to us as a span (`annalist corefer`).
import type { EventStatus } from '../contract.js';

export interface MentionFeatures {
  id: string;
  /** The article (document) the mention is in. */
  document: string;
  /** The story (cluster of articles about the same happening) of its document. */
  story: string;
  /** Lemma of the trigger's head word, in its event family ("decision" → "decide"). */
  lemma: string;
  /** CAMEO code when a pattern coded the mention; null when it is only a span. */
  code: string | null;
  /** The code's two parties are interchangeable (lexicons/codes/cameo-traits.tsv): "A met B" is "B met A". */
  symmetric: boolean;
  /** Keys of who takes part (canonical names, else CAMEO actor codes). */
  participants: string[];
  /** First and last day the mention's date can fall on (YYYY-MM-DD); null when undated. */
  date: { start: string; end: string } | null;
  status: EventStatus;
  /** Who acted on whom, when the mention was coded; null for a bare span. */
  roles: { actor: RoleHolder | null; recipient: RoleHolder | null } | null;
}

/** A party in its role: its participant key, and the key of its CAMEO coding ("Friedrich Merz" is also DEUGOV). */
export interface RoleHolder {
  key: string;
  codeKey: string | null;
}
