// annalist's own format: each EventRecord exactly as the data contract defines it.
import type { EventRecord } from '../contract.js';
import type { ExportFormat } from './format.js';

export const jsonl: ExportFormat = {
  name: 'jsonl',
  description: 'one annalist event record (JSON) per line',
  extension: 'jsonl',
  mediaType: 'application/x-ndjson',
  *write(events: Iterable<EventRecord>) {
    for (const event of events) yield `${jsonLine(event)}\n`;
  },
};

/**
 * JSON.stringify leaves U+2028 and U+2029 unescaped; they are valid JSON, but line
 * readers such as Python's str.splitlines() break a record at them. Scraped text has them.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
