// Maps offsets in the cleaned text back to the original text. Cleaners never rewrite the
// article: they propose edits, and this map is the only bridge between the two views.

export interface TextEdit {
  /** Original-text range replaced by `replacement`. */
  start: number;
  end: number;
  replacement: string;
  /** Name of the cleaner that proposed the edit, for `annalist explain`. */
  cleaner: string;
}

interface Segment {
  cleanStart: number;
  cleanEnd: number;
  originalStart: number;
  originalEnd: number;
  /** True when clean and original characters correspond one for one (kept, or replaced at equal length). */
  verbatim: boolean;
}

export class OffsetMap {
  private readonly segments: Segment[];
  private readonly originalLength: number;

  constructor(segments: Segment[], originalLength: number) {
    this.segments = segments;
    this.originalLength = originalLength;
  }

  /** Original offset of the character at `cleanOffset` (for span starts). */
  toOriginalStart(cleanOffset: number): number {
    const segment = this.find((s) => cleanOffset < s.cleanStart ? -1 : cleanOffset >= s.cleanEnd ? 1 : 0);
    if (!segment) return cleanOffset <= 0 ? 0 : this.originalLength;
    return segment.verbatim ? segment.originalStart + (cleanOffset - segment.cleanStart) : segment.originalStart;
  }

  /** Original offset just past the character before `cleanOffset` (for span ends). */
  toOriginalEnd(cleanOffset: number): number {
    const segment = this.find((s) => cleanOffset <= s.cleanStart ? -1 : cleanOffset > s.cleanEnd ? 1 : 0);
    if (!segment) return cleanOffset <= 0 ? 0 : this.originalLength;
    return segment.verbatim ? segment.originalStart + (cleanOffset - segment.cleanStart) : segment.originalEnd;
  }

  /**
   * Original range of a clean range. A span that crosses a deletion covers the deleted text
   * ("Trump’s" spans the hover card between "Trump" and "’s"). An empty range stays empty:
   * at a deletion boundary the start would otherwise land after the end.
   */
  toOriginalRange(cleanStart: number, cleanEnd: number): { start: number; end: number } {
    const start = this.toOriginalStart(cleanStart);
    if (cleanEnd <= cleanStart) return { start, end: start };
    return { start, end: this.toOriginalEnd(cleanEnd) };
  }

  /** Binary search; `compare` says whether the wanted offset lies before (-1), in (0) or after (1) a segment. */
  private find(compare: (segment: Segment) => number): Segment | undefined {
    let low = 0;
    let high = this.segments.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const side = compare(this.segments[mid]);
      if (side === 0) return this.segments[mid];
      if (side < 0) high = mid - 1;
      else low = mid + 1;
    }
    return undefined;
  }
}

/**
 * Applies edits to `original` and returns the cleaned text with its offset map.
 * Overlapping edits are merged: the union of their ranges is replaced by the replacement
 * of the edit that starts first (the longer one when two start together, the one listed
 * first when they also end together), so "delete this hover card" wins over "fix a space in it".
 * An edit outside the text or with end before start is a cleaner bug and throws.
 */
export function applyEdits(original: string, edits: readonly TextEdit[]): { text: string; map: OffsetMap; applied: TextEdit[] } {
  for (const edit of edits) {
    if (!(Number.isInteger(edit.start) && Number.isInteger(edit.end) && edit.start >= 0 && edit.start <= edit.end && edit.end <= original.length)) {
      throw new RangeError(`cleaner ${edit.cleaner} proposed the edit [${edit.start}, ${edit.end}) on a text of length ${original.length}`);
    }
  }
  // Array.prototype.sort is stable, so edits with the same range keep their given order.
  const sorted = edits.filter((edit) => edit.end > edit.start || edit.replacement.length > 0)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const applied: TextEdit[] = [];
  for (const edit of sorted) {
    const last = applied[applied.length - 1];
    if (last && edit.start < last.end) {
      if (edit.end > last.end) applied[applied.length - 1] = { ...last, end: edit.end };
      continue;
    }
    applied.push(edit);
  }

  const segments: Segment[] = [];
  let clean = '';
  let cursor = 0;
  const keep = (start: number, end: number) => {
    if (end <= start) return;
    segments.push({ cleanStart: clean.length, cleanEnd: clean.length + (end - start), originalStart: start, originalEnd: end, verbatim: true });
    clean += original.slice(start, end);
  };
  for (const edit of applied) {
    keep(cursor, edit.start);
    if (edit.replacement.length > 0) {
      const verbatim = edit.replacement.length === edit.end - edit.start;
      segments.push({ cleanStart: clean.length, cleanEnd: clean.length + edit.replacement.length, originalStart: edit.start, originalEnd: edit.end, verbatim });
      clean += edit.replacement;
    }
    cursor = edit.end;
  }
  keep(cursor, original.length);
  return { text: clean, map: new OffsetMap(segments, original.length), applied };
}
