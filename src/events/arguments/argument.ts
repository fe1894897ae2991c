// What the argument rules find, and the relation path that led to each party, which `annalist
// explain` shows ("nsubj", "conj < nsubj", "obl:with", "xcomp < obj").
import type { ActorMention } from '../../doc/layers.js';

export interface Party {
  mention: ActorMention;
  /** The relations from the trigger to the party, as read. */
  path: string;
}

export interface Arguments {
  actors: Party[];
  recipient: Party | null;
  /** "Iran and Russia agreed to cooperate": each actor acts on each other one; `recipient` is null. */
  reciprocal: boolean;
  /** "met Manalo and President Marcos": recipients coordinated with `recipient`, each its own event. */
  alsoRecipients: Party[];
  /**
   * The recipient slot holds something that is no actor the pattern allows ("struck the ball",
   * "attacked government red tape"): the sense is another one, and the match is not coded.
   */
  wrongKind: string | null;
}
