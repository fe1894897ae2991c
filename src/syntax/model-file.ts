// The syntax model in one binary file: a JSON header (tag and label names, shapes) followed by
// the typed arrays of each linear model and of the word clusters, weights quantised to 16 bits
// with one scale per model. Sections start on 8-byte boundaries so they load as typed-array views.
import type { LinearModelData } from './linear-model.js';
import type { WordClusterData } from './word-clusters.js';
import type { TagDictionaryData } from './tag-dictionary.js';

const MAGIC = 'ANLSYN01';

export interface SyntaxModelData {
  tags: string[];
  labels: string[];
  tagger: LinearModelData;
  /** The second tagging pass, which reads the first's tags (null: one pass). */
  secondTagger: LinearModelData | null;
  moves: LinearModelData;
  labeler: LinearModelData;
  clusters: WordClusterData | null;
  /** Words always given one tag, unscored. */
  tagDictionary: TagDictionaryData | null;
}

type ArrayKind = 'u32' | 'u16' | 'u8' | 'i16';
interface Section {
  name: string;
  kind: ArrayKind;
  offset: number;
  length: number;
  /** For quantised weights: value = stored × scale. */
  scale?: number;
}

const LINEAR = ['tagger', 'secondTagger', 'moves', 'labeler'] as const;

export function writeSyntaxModel(model: SyntaxModelData): Buffer {
  const arrays: { name: string; kind: ArrayKind; data: Uint32Array | Uint16Array | Uint8Array | Int16Array; scale?: number }[] = [];
  for (const name of LINEAR) {
    const linear = model[name];
    if (!linear) continue;
    arrays.push({ name: `${name}.keys`, kind: 'u32', data: linear.keys });
    arrays.push({ name: `${name}.offsets`, kind: 'u32', data: linear.offsets });
    arrays.push({ name: `${name}.classes`, kind: 'u8', data: linear.entryClass });
    const { values, scale } = quantise(linear.entryWeight);
    arrays.push({ name: `${name}.weights`, kind: 'i16', data: values, scale });
  }
  if (model.tagDictionary) {
    arrays.push({ name: 'tagDictionary.words', kind: 'u32', data: model.tagDictionary.words });
    arrays.push({ name: 'tagDictionary.tags', kind: 'u8', data: model.tagDictionary.tags });
  }
  if (model.clusters) {
    arrays.push({ name: 'clusters.words', kind: 'u32', data: model.clusters.words });
    arrays.push({ name: 'clusters.coarse', kind: 'u16', data: model.clusters.coarse });
    arrays.push({ name: 'clusters.fine', kind: 'u16', data: model.clusters.fine });
  }
  const sections: Section[] = [];
  let offset = 0;
  for (const array of arrays) {
    sections.push({ name: array.name, kind: array.kind, offset, length: array.data.length, ...(array.scale === undefined ? {} : { scale: array.scale }) });
    offset = align(offset + array.data.byteLength);
  }
  const header = Buffer.from(JSON.stringify({
    tags: model.tags,
    labels: model.labels,
    classes: { tagger: model.tagger.classes, secondTagger: model.secondTagger?.classes ?? 0, moves: model.moves.classes, labeler: model.labeler.classes },
    sections,
  }));
  const start = align(MAGIC.length + 4 + header.length);
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  arrays.forEach((array, i) => Buffer.from(array.data.buffer, array.data.byteOffset, array.data.byteLength).copy(out, start + sections[i].offset));
  return out;
}

/** `source` names the file in errors. */
export function readSyntaxModel(bytes: Buffer, source: string): SyntaxModelData {
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${source} is not an annalist syntax model (expected it to start with ${MAGIC})`);
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as {
    tags: string[]; labels: string[]; classes: Record<(typeof LINEAR)[number], number>; sections: Section[];
  };
  const start = align(MAGIC.length + 4 + headerLength);
  // A copy aligned for typed-array views (a Buffer from readFileSync may sit at any offset of its pool).
  const body = new Uint8Array(bytes.length - start);
  body.set(bytes.subarray(start));
  const section = (name: string) => {
    const found = header.sections.find((s) => s.name === name);
    if (!found) throw new Error(`${source} has no section '${name}'`);
    return found;
  };
  const view = (name: string) => {
    const s = section(name);
    switch (s.kind) {
      case 'u32': return new Uint32Array(body.buffer, s.offset, s.length);
      case 'u16': return new Uint16Array(body.buffer, s.offset, s.length);
      case 'i16': return new Int16Array(body.buffer, s.offset, s.length);
      default: return new Uint8Array(body.buffer, s.offset, s.length);
    }
  };
  const linear = (name: (typeof LINEAR)[number]): LinearModelData => {
    const weights = view(`${name}.weights`) as Int16Array;
    const scale = section(`${name}.weights`).scale ?? 1;
    const entryWeight = new Float32Array(weights.length);
    for (let i = 0; i < weights.length; i++) entryWeight[i] = weights[i] * scale;
    return {
      classes: header.classes[name],
      keys: view(`${name}.keys`) as Uint32Array,
      offsets: view(`${name}.offsets`) as Uint32Array,
      entryClass: view(`${name}.classes`) as Uint8Array,
      entryWeight,
    };
  };
  const has = (name: string) => header.sections.some((s) => s.name === name);
  const hasClusters = has('clusters.words');
  return {
    tags: header.tags,
    labels: header.labels,
    tagger: linear('tagger'),
    secondTagger: has('secondTagger.keys') ? linear('secondTagger') : null,
    moves: linear('moves'),
    labeler: linear('labeler'),
    tagDictionary: has('tagDictionary.words') ? { words: view('tagDictionary.words') as Uint32Array, tags: view('tagDictionary.tags') as Uint8Array } : null,
    clusters: hasClusters ? { words: view('clusters.words') as Uint32Array, coarse: view('clusters.coarse') as Uint16Array, fine: view('clusters.fine') as Uint16Array } : null,
  };
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

/** Weights as 16-bit integers, scaled so the largest in size is 32767. */
function quantise(weights: Float32Array): { values: Int16Array; scale: number } {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? largest / 32767 : 1;
  const values = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) values[i] = Math.round(weights[i] / scale);
  return { values, scale };
}
