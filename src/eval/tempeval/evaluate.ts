// TempEval-3 on a folder of TimeML files (TBAQ-cleaned, or the platinum test set): each
// document's text goes through the clean, nlp and time stages with its creation time as the
// publication date, and the time layer is scored against the document's TIMEX3 spans.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AnnalistError, describeError } from '../../errors.js';
import { loadTextLexicons } from '../../lexicons.js';
import { createTimexPipeline } from '../../time/timex-pipeline.js';
import { toTimexRecords, type TimexRecord } from '../../time/timex-records.js';
import { parseTimeML, type GoldTimex } from './timeml.js';
import { alignTimexes, countAlignment, emptyCounts, timexFigures, type DocumentAlignment, type TimexFigures } from './score.js';

export interface TempEvalDocument {
  file: string;
  id: string;
  dct: string | null;
  alignment: DocumentAlignment<GoldTimex, TimexRecord>;
}

export interface TempEvalReport {
  dir: string;
  documents: TempEvalDocument[];
  /** Files that could not be read or run, with the reason; they are left out of the figures. */
  skipped: { file: string; reason: string }[];
  figures: TimexFigures;
}

function timeMLFiles(dir: string): string[] {
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    throw new AnnalistError('input', 'no such folder; expected a TempEval-3 folder of .tml files such as TBAQ-cleaned', { input: dir });
  }
  if (!stats.isDirectory()) throw new AnnalistError('input', 'not a folder; expected a TempEval-3 folder of .tml files', { input: dir });
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.toLowerCase().endsWith('.tml')).sort();
  if (files.length === 0) throw new AnnalistError('input', 'no .tml files in this folder', { input: dir });
  return files.map((name) => join(dir, name));
}

export function evaluateTempEval(dir: string): TempEvalReport {
  const pipeline = createTimexPipeline(loadTextLexicons());
  const counts = emptyCounts();
  const documents: TempEvalDocument[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const file of timeMLFiles(dir)) {
    try {
      const document = parseTimeML(readFileSync(file, 'utf8'), file);
      const doc = pipeline.run({ id: document.id, title: null, published: document.dct, outlet: null, url: null, text: document.text, source: file });
      const alignment = alignTimexes(document.timexes, toTimexRecords(doc));
      countAlignment(counts, alignment);
      documents.push({ file, id: document.id, dct: document.dct, alignment });
    } catch (error) {
      skipped.push({ file, reason: describeError(error).replace(`${file}: `, '') });
    }
  }
  return { dir, documents, skipped, figures: timexFigures(counts) };
}
