// Tokens as columns, wink-nlp style: a token is an index, its properties live in flat arrays.
// Offsets are in the *clean* text (see src/clean/offset-map.ts for the way back).

export const TokenFlag = {
  /** wink-nlp's negation scope (after "not", "never", "n't"). */
  negated: 1,
  /** First character is an upper-case letter. */
  capitalized: 2,
  /** Whitespace (including line breaks) precedes the token. */
  spaceBefore: 4,
  /** A paragraph break (blank line) precedes the token. */
  paragraphBefore: 8,
} as const;

export class TokenTable {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly flags: Uint8Array;
  /** Token text as written. */
  readonly text: string[];
  /** Lower-cased text with typographic apostrophes folded, for matching. */
  readonly lower: string[];
  readonly lemma: string[];
  /** Universal POS tag (PROPN, VERB, …). */
  readonly pos: string[];
  /** Penn Treebank tag (VBD, NNS, …), set by the syntax stage; '' before it runs. */
  readonly xpos: string[];
  /** Head of each token as a token index, -1 for a sentence's root or a token not parsed (the syntax stage). */
  readonly head: Int32Array;
  /** Universal Dependencies relation to the head (nsubj, obl:agent, …); '' for a token not parsed. */
  readonly deprel: string[];

  constructor(length: number) {
    this.length = length;
    this.start = new Int32Array(length);
    this.end = new Int32Array(length);
    this.flags = new Uint8Array(length);
    this.text = new Array<string>(length);
    this.lower = new Array<string>(length);
    this.lemma = new Array<string>(length);
    this.pos = new Array<string>(length);
    this.xpos = new Array<string>(length).fill('');
    this.head = new Int32Array(length).fill(-1);
    this.deprel = new Array<string>(length).fill('');
  }

  has(token: number, flag: number): boolean {
    return (this.flags[token] & flag) !== 0;
  }
}
