// CoNLL-U (universaldependencies.org/format.html) read and written. Training and scoring read
// syntactic words only: a multiword token's range line ("1-2 don't") and empty nodes ("8.1")
// are kept aside so the file can be written back, but never become tokens.

export interface ConlluToken {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root, else the 1-based index of the head; -1 when the file gives none ("_"). */
  head: number;
  deprel: string;
  /** SpaceAfter=No in MISC. */
  noSpaceAfter: boolean;
  misc: string;
}

export interface ConlluSentence {
  /** Comment lines as written, without the leading "# ". */
  comments: string[];
  tokens: ConlluToken[];
  /** Lines that are not syntactic words (multiword ranges, empty nodes), by the word they precede. */
  extraLines: Map<number, string[]>;
}

/** `source` names the file in error messages. */
export function parseConllu(text: string, source = 'CoNLL-U'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '') {
      if (current && current.tokens.length > 0) sentences.push(current);
      current = null;
      continue;
    }
    current ??= { comments: [], tokens: [], extraLines: new Map() };
    if (line.startsWith('#')) {
      current.comments.push(line.replace(/^#\s?/, ''));
      continue;
    }
    const columns = line.split('\t');
    if (columns.length !== 10) throw new Error(`${source}:${n + 1}: expected 10 tab-separated columns, found ${columns.length}`);
    const id = columns[0];
    if (!/^\d+$/.test(id)) {
      if (!/^\d+(-\d+|\.\d+)$/.test(id)) throw new Error(`${source}:${n + 1}: ID '${id}' is not a word, range or empty node`);
      const before = current.tokens.length;
      const kept = current.extraLines.get(before) ?? [];
      kept.push(line);
      current.extraLines.set(before, kept);
      continue;
    }
    if (Number(id) !== current.tokens.length + 1) throw new Error(`${source}:${n + 1}: word ID ${id} out of sequence`);
    const head = columns[6] === '_' ? -1 : Number(columns[6]);
    if (!Number.isInteger(head)) throw new Error(`${source}:${n + 1}: HEAD '${columns[6]}' is not a number`);
    const misc = columns[9];
    current.tokens.push({
      form: columns[1],
      lemma: columns[2],
      upos: columns[3],
      xpos: columns[4],
      feats: columns[5],
      head,
      deprel: columns[7],
      noSpaceAfter: misc.split('|').includes('SpaceAfter=No'),
      misc,
    });
  }
  if (current && current.tokens.length > 0) sentences.push(current);
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (token.head > sentence.tokens.length) throw new Error(`${source}: HEAD ${token.head} beyond the sentence's ${sentence.tokens.length} words`);
    }
  }
  return sentences;
}

/** One sentence as CoNLL-U lines, ending with the blank line that closes it. */
export function formatConllu(sentence: ConlluSentence): string {
  const lines = sentence.comments.map((comment) => `# ${comment}`);
  sentence.tokens.forEach((token, index) => {
    for (const extra of sentence.extraLines.get(index) ?? []) lines.push(extra);
    lines.push([index + 1, token.form, token.lemma || '_', token.upos || '_', token.xpos || '_', token.feats || '_',
      token.head < 0 ? '_' : token.head, token.deprel || '_', '_', token.misc || '_'].join('\t'));
  });
  for (const extra of sentence.extraLines.get(sentence.tokens.length) ?? []) lines.push(extra);
  return `${lines.join('\n')}\n\n`;
}
