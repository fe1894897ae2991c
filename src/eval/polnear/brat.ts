// PolNeAR's BRAT standoff: text-bound annotations (`T1\tCue 107 114\treports`, fragments
// joined by ';') and attribution relations (`E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`).
// BRAT counts Unicode code points; JavaScript strings count UTF-16 units, so every offset
// is converted against the article text before it is used.
import { AnnalistError } from '../../errors.js';

export type Role = 'cue' | 'source' | 'content';
export const ROLES: readonly Role[] = ['cue', 'source', 'content'];

/** One span as [start, end) fragments in JavaScript string offsets; discontinuous spans have several. */
export type Fragments = Array<[number, number]>;

export interface GoldAttribution {
  cue: Fragments | null;
  source: Fragments | null;
  content: Fragments | null;
}

const ROLE_OF_ARGUMENT: Record<string, Role> = { Cue: 'cue', Source: 'source', Content: 'content', Content2: 'content' };

/** Maps code-point offsets of `text` to JavaScript string offsets (identical until the first astral character). */
export function codePointOffsets(text: string): (codePoint: number) => number {
  const units: number[] = [];
  let unit = 0;
  for (const character of text) {
    units.push(unit);
    unit += character.length;
  }
  units.push(unit);
  return (codePoint: number) => {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint >= units.length) {
      throw new RangeError(`offset ${codePoint} is outside the text (${units.length - 1} code points)`);
    }
    return units[codePoint];
  };
}

/** The attributions of one `.ann` file; `input` names the file in errors. */
export function parseBrat(annotation: string, text: string, input: string): GoldAttribution[] {
  const toUnits = codePointOffsets(text);
  const spans = new Map<string, Fragments>();
  const relations: Array<{ line: number; args: string[] }> = [];
  annotation.split('\n').forEach((line, index) => {
    const cells = line.split('\t');
    // A span's text may hold a line break; its continuation lines carry no id and are skipped.
    if (/^T\d+$/.test(cells[0]) && cells.length >= 2) {
      spans.set(cells[0], parseFragments(cells[1], toUnits, `${input}:${index + 1}`));
    } else if (/^E\d+$/.test(cells[0]) && cells.length >= 2) {
      relations.push({ line: index + 1, args: cells[1].trim().split(/\s+/) });
    }
  });
  return relations.map(({ line, args }) => {
    const attribution: GoldAttribution = { cue: null, source: null, content: null };
    for (const arg of args) {
      const [name, id] = arg.split(':');
      const role = ROLE_OF_ARGUMENT[name];
      if (!role) continue;
      const fragments = spans.get(id);
      if (!fragments) throw new AnnalistError('gold', `relation refers to ${id}, which is not defined`, { input: `${input}:${line}` });
      attribution[role] = [...(attribution[role] ?? []), ...fragments];
    }
    return attribution;
  });
}

/** `Cue 107 114` or `Content 315 448;463 553` → fragments; the first word is the type. */
function parseFragments(typeAndRanges: string, toUnits: (codePoint: number) => number, input: string): Fragments {
  const ranges = typeAndRanges.slice(typeAndRanges.indexOf(' ') + 1).split(';');
  return ranges.map((range) => {
    const match = /^\s*(\d+) (\d+)\s*$/.exec(range);
    if (!match) throw new AnnalistError('gold', `malformed span '${typeAndRanges}'`, { input });
    try {
      const start = toUnits(Number(match[1]));
      const end = toUnits(Number(match[2]));
      if (end < start) throw new RangeError(`span ends before it starts (${range.trim()})`);
      return [start, end] as [number, number];
    } catch (error) {
      throw new AnnalistError('gold', (error as Error).message, { input, cause: error });
    }
  });
}
