// Features for the label of an arc, chosen when the dependent leaves the stack. By then the
// dependent has all its children (its case marker, auxiliary or "to" among them), and the
// head its children so far: "He was arrested" labels "He" nsubj:pass after "was" is aux:pass.
import { featureKey } from './feature-hash.js';
import type { ParseState } from './parse-state.js';
import type { SentenceAtoms } from './parser-features.js';

const NONE = 0xffff;

export const MAX_LABEL_FEATURES = 40;

const wordAt = (atoms: SentenceAtoms, i: number) => (i < 0 ? NONE : atoms.word[i]);
const tagAt = (atoms: SentenceAtoms, i: number) => (i < 0 ? NONE : atoms.tag[i]);
const labelAt = (state: ParseState, i: number) => (i < 0 ? NONE : state.label[i]);

export function labelFeatures(atoms: SentenceAtoms, state: ParseState, head: number, dependent: number, keys: Uint32Array): number {
  const n = state.n;
  const hw = atoms.word[head], ht = atoms.tag[head];
  const dw = atoms.word[dependent], dt = atoms.tag[dependent];
  const left = dependent < head ? 1 : 0;
  const gap = Math.abs(head - dependent);
  const d = gap < 5 ? gap : gap < 10 ? 5 : 6;
  const dL = state.leftmost[dependent], dL2 = state.leftmost2[dependent];
  const dR = state.rightmost[dependent], dR2 = state.rightmost2[dependent];
  const hL = state.leftmost[head], hR = state.rightmost[head];
  const before = dependent > 0 ? atoms.tag[dependent - 1] : NONE;
  const after = dependent + 1 < n ? atoms.tag[dependent + 1] : NONE;
  const headBefore = head > 0 && head < n ? atoms.tag[head - 1] : NONE;
  const headAfter = head + 1 < n ? atoms.tag[head + 1] : NONE;
  let k = 0;
  keys[k++] = featureKey(300, left);
  keys[k++] = featureKey(301, dw, left);
  keys[k++] = featureKey(302, dt, left);
  keys[k++] = featureKey(303, hw, left);
  keys[k++] = featureKey(304, ht, left);
  keys[k++] = featureKey(305, dt, ht, left);
  keys[k++] = featureKey(306, dw, ht, left);
  keys[k++] = featureKey(307, dt, hw, left);
  keys[k++] = featureKey(308, dw, hw, left);
  keys[k++] = featureKey(309, dt, ht, d * 2 + left);
  keys[k++] = featureKey(310, dw, dt);
  // The dependent's own children: "by" marks an agent, "to" an infinitive, "was" a passive.
  keys[k++] = featureKey(311, wordAt(atoms, dL), tagAt(atoms, dL), dt);
  keys[k++] = featureKey(312, labelAt(state, dL), dt);
  keys[k++] = featureKey(313, wordAt(atoms, dL2), labelAt(state, dL2));
  keys[k++] = featureKey(314, wordAt(atoms, dR), tagAt(atoms, dR), dt);
  keys[k++] = featureKey(315, labelAt(state, dR), labelAt(state, dR2));
  keys[k++] = featureKey(316, wordAt(atoms, dL), dt, ht * 2 + left);
  keys[k++] = featureKey(317, wordAt(atoms, dL), wordAt(atoms, dL2), dt);
  keys[k++] = featureKey(318, state.leftCount[dependent], state.rightCount[dependent], dt);
  // What the head has so far.
  keys[k++] = featureKey(320, labelAt(state, hL), ht, left);
  keys[k++] = featureKey(321, labelAt(state, hR), ht, left);
  keys[k++] = featureKey(322, wordAt(atoms, hL), labelAt(state, hL), dt * 2 + left);
  keys[k++] = featureKey(323, labelAt(state, hL), labelAt(state, state.leftmost2[head]), ht);
  keys[k++] = featureKey(324, labelAt(state, hR), dt, ht);
  // Neighbours.
  keys[k++] = featureKey(330, before, dt, left);
  keys[k++] = featureKey(331, dt, after, left);
  keys[k++] = featureKey(332, headBefore, ht, dt);
  keys[k++] = featureKey(333, ht, headAfter, dt);
  keys[k++] = featureKey(334, before, dt, ht);
  keys[k++] = featureKey(335, head === n ? 1 : 0, dt);
  return k;
}
