// An article's text cut at every evidence and trigger boundary, so a client can highlight
// the sentence behind each event while rendering the text itself as plain text.
import type { EventRecord } from '../contract.js';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the events whose evidence covers this segment. */
  evidence: string[];
  /** Ids of the events whose trigger covers it. */
  trigger: string[];
}

const covers = (span: { start: number; end: number }, start: number, end: number) => span.start <= start && end <= span.end;

/** Contiguous segments covering the whole text; neighbours differ in what covers them. */
export function evidenceSegments(text: string, events: readonly EventRecord[]): Segment[] {
  const clamp = (offset: number) => Math.max(0, Math.min(text.length, offset));
  const cuts = new Set<number>([0, text.length]);
  for (const event of events) {
    for (const span of [event.evidence, event.trigger]) {
      cuts.add(clamp(span.start));
      cuts.add(clamp(span.end));
    }
  }
  const offsets = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    const [start, end] = [offsets[i], offsets[i + 1]];
    const evidence = events.filter((event) => covers(event.evidence, start, end)).map((event) => event.id);
    const trigger = events.filter((event) => covers(event.trigger, start, end)).map((event) => event.id);
    const previous = segments.at(-1);
    if (previous && sameIds(previous.evidence, evidence) && sameIds(previous.trigger, trigger)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), evidence, trigger });
    }
  }
  return segments;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
