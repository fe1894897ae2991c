// A PolNeAR split on disk: data/<split>/text/<article>.txt beside
// data/<split>/attributions/<article>_<annotator>.ann. An article annotated by several
// annotators is scored once, against the first annotation in name order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AnnalistError } from '../../errors.js';
import { parseBrat, type GoldAttribution } from './brat.js';

export interface PolnearArticle {
  /** File name without annotator and extension. */
  name: string;
  text: string;
  gold: GoldAttribution[];
}

/** The split's folder, given the corpus root (holding data/) or its data/ folder. */
export function splitFolder(dir: string, split: string): string {
  for (const candidate of [path.join(dir, 'data', split), path.join(dir, split)]) {
    if (existsSync(path.join(candidate, 'attributions')) && existsSync(path.join(candidate, 'text'))) return candidate;
  }
  const reason = existsSync(dir) ? `no split '${split}' (expected data/${split}/text and data/${split}/attributions)` : 'no such folder';
  throw new AnnalistError('input', `not a PolNeAR corpus: ${reason}`, { input: dir });
}

export function readPolnearSplit(dir: string, split = 'dev'): PolnearArticle[] {
  const folder = splitFolder(dir, split);
  const annotations = readdirSync(path.join(folder, 'attributions')).filter((file) => file.endsWith('.ann')).sort();
  const articles: PolnearArticle[] = [];
  const seen = new Set<string>();
  for (const file of annotations) {
    const name = file.replace(/(_[0-9a-f]+)?\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const textFile = path.join(folder, 'text', `${name}.txt`);
    const annFile = path.join(folder, 'attributions', file);
    if (!existsSync(textFile)) throw new AnnalistError('input', `no text for this annotation (expected ${textFile})`, { input: annFile });
    const text = readFileSync(textFile, 'utf8');
    articles.push({ name, text, gold: parseBrat(readFileSync(annFile, 'utf8'), text, annFile) });
  }
  if (articles.length === 0) throw new AnnalistError('input', `no .ann files in split '${split}'`, { input: folder });
  return articles;
}
