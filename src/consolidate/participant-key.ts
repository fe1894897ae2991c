// One key per participant, so that mentions of the same actor meet across articles: the
// canonical name, else the country and sector (a state acting as a whole, "Iraqi police").
// "protesters" or "the officials" with neither name nor country identify nobody.
import type { ActorIdentity } from '../doc/layers.js';
import { phraseKey } from '../actors/phrase-key.js';

export function participantKey(identity: Pick<ActorIdentity, 'name' | 'country' | 'sector'>): string | null {
  if (identity.name) return `name:${phraseKey(identity.name)}`;
  return codingKey(identity);
}

/** The key a state or its government acting as a whole would have: what a named person's coding says they act for. */
export function codingKey(identity: Pick<ActorIdentity, 'country' | 'sector'>): string | null {
  return identity.country ? `code:${identity.country}${identity.sector ?? ''}` : null;
}
