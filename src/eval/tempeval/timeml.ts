// A lenient TimeML reader: the document's text is the TEXT element's content with every tag
// stripped and entities decoded, and each TIMEX3 inside it becomes a span over that text.
// TempEval-3 files are not always valid XML (a stray "&" or an unclosed tag), so no XML
// parser: tags are found with a regular expression and only TIMEX3 is interpreted.
import { AnnalistError } from '../../errors.js';

export interface GoldTimex {
  tid: string;
  /** JavaScript string offsets into `TimeMLDocument.text`. */
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDocument {
  id: string;
  /** Document creation time as YYYY-MM-DD, the publication date for anchoring; null when absent. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) found[match[1]] = decodeEntities(match[2]);
  return found;
}

/** Reads one .tml file's content; `source` names it in errors. */
export function parseTimeML(xml: string, source: string): TimeMLDocument {
  const open = /<TEXT(\s[^>]*)?>/i.exec(xml);
  if (!open) throw new AnnalistError('input', 'no <TEXT> element; not a TimeML document', { input: source });
  const close = xml.indexOf('</TEXT>', open.index + open[0].length);
  const body = xml.slice(open.index + open[0].length, close < 0 ? xml.length : close);

  let text = '';
  const timexes: GoldTimex[] = [];
  let current: { attributes: Record<string, string>; start: number } | null = null;
  let cursor = 0;
  for (const tag of body.matchAll(/<[^>]*>/g)) {
    text += decodeEntities(body.slice(cursor, tag.index));
    cursor = tag.index + tag[0].length;
    const name = /^<\/?\s*([\w:]+)/.exec(tag[0])?.[1]?.toUpperCase();
    if (name !== 'TIMEX3') continue;
    if (tag[0].startsWith('</')) {
      if (current) timexes.push(toGold(current.attributes, current.start, text));
      current = null;
    } else if (!tag[0].endsWith('/>')) {
      // A self-closing TIMEX3 has no text (an implicit duration): TempEval-3 scores only spans.
      current = { attributes: attributes(tag[0]), start: text.length };
    }
  }
  text += decodeEntities(body.slice(cursor));

  const id = /<DOCID>([^<]*)<\/DOCID>/i.exec(xml)?.[1]?.trim() || source.replace(/^.*\//, '').replace(/\.tml$/i, '');
  return { id, dct: creationDate(xml), text, timexes: timexes.filter((timex) => timex.text.trim() !== '') };
}

function toGold(attrs: Record<string, string>, start: number, text: string): GoldTimex {
  return { tid: attrs.tid ?? '', start, end: text.length, text: text.slice(start), type: attrs.type ?? '', value: attrs.value ?? '' };
}

/** The creation time's day: the DCT element's TIMEX3, else any TIMEX3 marked CREATION_TIME. */
function creationDate(xml: string): string | null {
  const dct = /<DCT>[\s\S]*?<TIMEX3([^>]*)>/i.exec(xml) ?? /<TIMEX3([^>]*functionInDocument="CREATION_TIME"[^>]*)>/i.exec(xml);
  const value = dct ? attributes(dct[1]).value : undefined;
  const day = value ? /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] : undefined;
  return day ?? null;
}
