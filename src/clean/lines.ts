// Line helpers shared by the cleaners that delete whole lines (comment forms, share
// furniture, a repeated headline). A deleted line takes one neighbouring line break with it,
// so no cleaner leaves a hole of blank lines behind and no whitespace pass is needed.
import type { TextEdit } from './offset-map.js';

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character, before `\n` or `\r\n`. */
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let newline = text.indexOf('\n', start);
    if (newline < 0) newline = text.length;
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    start = newline + 1;
  }
  return lines;
}

// Scrapes carry NBSPs and invisible characters inside furniture ("Leave a\u00a0Reply");
// cleaners read the original text, so comparisons must see past them.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

// Whatever normalizeLine would change: an invisible character, whitespace other than a lone
// space, or a space at either end. Most lines of prose have none and are returned as they are.
const NEEDS_NORMALIZING = /[\u00AD\u200B-\u200D\u2060\uFEFF]|[^\S ]|  |^ | $/;

/** Line text for comparison: invisible characters dropped, any whitespace run one space, trimmed. */
export function normalizeLine(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

export function isBlank(line: Line): boolean {
  return normalizeLine(line.text) === '';
}

/** `strong` lines are noise on their own; `weak` ones only next to a strong one ("Name *" in a comment form). */
export type LineKind = 'strong' | 'weak' | null;

/**
 * Runs of noise lines, separated from each other by blank lines only, that hold at least
 * one strong line; as inclusive line-index pairs.
 */
export function findLineBlocks(lines: readonly Line[], classify: (line: Line) => LineKind): Array<{ first: number; last: number }> {
  const blocks: Array<{ first: number; last: number }> = [];
  let first = -1;
  let last = -1;
  let strong = false;
  const close = () => {
    if (first >= 0 && strong) blocks.push({ first, last });
    first = -1;
    strong = false;
  };
  for (let index = 0; index < lines.length; index++) {
    if (isBlank(lines[index])) continue;
    const kind = classify(lines[index]);
    if (kind === null) {
      close();
      continue;
    }
    if (first < 0) first = index;
    last = index;
    strong ||= kind === 'strong';
  }
  close();
  return blocks;
}

/**
 * One edit deleting lines `first`..`last` and the blank lines on one side of them. Of the
 * two line breaks around the block it keeps the wider one, so "A\n\nShare this:\nB" becomes
 * "A\n\nB"; at the end of the text it also drops the break before the block, so the text
 * ends on its last real line.
 */
export function deleteLineBlock(lines: readonly Line[], first: number, last: number, cleaner: string): TextEdit {
  let previous = first - 1;
  while (previous >= 0 && isBlank(lines[previous])) previous--;
  let next = last + 1;
  while (next < lines.length && isBlank(lines[next])) next++;
  const blockStart = lines[first].start;
  const blockEnd = lines[last].end;
  if (previous < 0 && next >= lines.length) return { start: blockStart, end: blockEnd, replacement: '', cleaner };
  if (previous < 0) return { start: blockStart, end: lines[next].start, replacement: '', cleaner };
  if (next >= lines.length) return { start: lines[previous].end, end: lines[lines.length - 1].end, replacement: '', cleaner };
  const deleteBreaksBefore = next - last >= first - previous;
  return deleteBreaksBefore
    ? { start: lines[previous].end, end: blockEnd, replacement: '', cleaner }
    : { start: blockStart, end: lines[next].start, replacement: '', cleaner };
}
