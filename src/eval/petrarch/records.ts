// PETRARCH validation records: <Sentence> elements with <EventCoding> golds and a <Text>.
// The files are not all well-formed XML, so each Sentence element is read on its own.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AnnalistError } from '../../errors.js';

export interface PetrarchCoding {
  event: string;
  source: string;
  target: string;
}

export interface PetrarchSentence {
  id: string;
  category: string;
  /** YYYY-MM-DD from the record's date attribute. */
  date: string | null;
  text: string;
  codings: PetrarchCoding[];
  /** The file's own flag: records it marks evaluate="false" test features PETRARCH lacks. */
  evaluate: boolean;
  file: string;
}

const SENTENCE = /<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g;
const CODING = /<EventCoding\b([^>]*)\/?>/g;
const TEXT = /<Text>([\s\S]*?)<\/Text>/;

function attributes(raw: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of raw.matchAll(/(\w+)\s*=\s*"([^"]*)"/g)) found[name] = value;
  return found;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);

export function parsePetrarchRecords(xml: string, file: string): PetrarchSentence[] {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
  const sentences: PetrarchSentence[] = [];
  for (const [, rawAttributes, body] of withoutComments.matchAll(SENTENCE)) {
    const attrs = attributes(rawAttributes);
    const text = TEXT.exec(body)?.[1];
    if (!attrs.id || text === undefined) continue;
    const date = /^\d{8}$/.test(attrs.date ?? '') ? `${attrs.date.slice(0, 4)}-${attrs.date.slice(4, 6)}-${attrs.date.slice(6)}` : null;
    const codings = [...body.matchAll(CODING)].map(([, raw]) => {
      const coding = attributes(raw);
      return { event: coding.eventcode ?? '', source: coding.sourcecode ?? '', target: coding.targetcode ?? '' };
    }).filter((coding) => /^\d{2,4}$/.test(coding.event));
    sentences.push({
      id: attrs.id, category: attrs.category ?? '', date, text: decode(text).replace(/\s+/g, ' ').trim(),
      codings, evaluate: attrs.evaluate !== 'false', file,
    });
  }
  return sentences;
}

/** Every record in a file, or in the .xml files of a folder; the first record of an id wins. */
export function readPetrarchRecords(location: string): PetrarchSentence[] {
  let files: string[];
  try {
    files = statSync(location).isDirectory()
      ? readdirSync(location).filter((name) => name.endsWith('.xml')).sort().map((name) => path.join(location, name))
      : [location];
  } catch (error) {
    throw new AnnalistError('input', `cannot read PETRARCH records: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { input: location });
  }
  const seen = new Set<string>();
  const records: PetrarchSentence[] = [];
  for (const file of files) {
    for (const record of parsePetrarchRecords(readFileSync(file, 'utf8'), file)) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      records.push(record);
    }
  }
  return records;
}
