// An article's text cut at every evidence and trigger boundary, so a client can highlight
// the sentence behind each event while rendering the text itself as plain text.
import type { EventRecord } from '../contract.js';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the events whose evidence covers this segment. */
  evidence: string[];
  /** Ids of the events one of whose other sentences (other_evidence) covers it. */
  other_evidence: string[];
  /** Ids of the events whose trigger covers it. */
  trigger: string[];
}

interface Range { start: number; end: number }

const covers = (span: Range, start: number, end: number) => span.start <= start && end <= span.end;

/** Contiguous segments covering the whole text; neighbours differ in what covers them. */
export function evidenceSegments(text: string, events: readonly EventRecord[]): Segment[] {
  const clamp = (offset: number) => Math.max(0, Math.min(text.length, offset));
  const cuts = new Set<number>([0, text.length]);
  for (const event of events) {
    for (const span of [event.evidence, event.trigger, ...event.other_evidence]) {
      cuts.add(clamp(span.start));
      cuts.add(clamp(span.end));
    }
  }
  const offsets = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    const [start, end] = [offsets[i], offsets[i + 1]];
    const coveredBy = (spans: (event: EventRecord) => Range[]) =>
      events.filter((event) => spans(event).some((span) => covers(span, start, end))).map((event) => event.id);
    const evidence = coveredBy((event) => [event.evidence]);
    const otherEvidence = coveredBy((event) => event.other_evidence);
    const trigger = coveredBy((event) => [event.trigger]);
    const previous = segments.at(-1);
    if (previous && sameIds(previous.evidence, evidence) && sameIds(previous.other_evidence, otherEvidence) && sameIds(previous.trigger, trigger)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), evidence, other_evidence: otherEvidence, trigger });
    }
  }
  return segments;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
