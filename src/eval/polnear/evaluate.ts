// Cue, source and content precision, recall and F1 over a PolNeAR split, with overlap
// matching (overlap-match.ts). The predictor is the default pipeline unless a test gives one.
import { levelScore } from '../score.js';
import type { Fragments, Role } from './brat.js';
import { ROLES } from './brat.js';
import { readPolnearSplit } from './corpus.js';
import { countOverlapMatches } from './overlap-match.js';

export interface PredictedAttribution {
  cue: Fragments | null;
  source: Fragments | null;
  content: Fragments | null;
}

/** Attributions found in an article's text, in JavaScript string offsets into that text. */
export type AttributionPredictor = (text: string, name: string) => PredictedAttribution[];

export interface RoleScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface PolnearReport {
  split: string;
  articles: number;
  goldAttributions: number;
  predictedAttributions: number;
  roles: Record<Role, RoleScore>;
}

/** `nested`: count attributions inside another's content too (PolNeAR annotates none). */
export async function evaluatePolnear(dir: string, split = 'dev', predict?: AttributionPredictor, options: { nested?: boolean } = {}): Promise<PolnearReport> {
  const articles = readPolnearSplit(dir, split);
  const predictor = predict ?? (await import('./pipeline-predictor.js')).createPipelinePredictor(options);
  const counts = Object.fromEntries(ROLES.map((role) => [role, { tp: 0, fp: 0, fn: 0 }])) as Record<Role, { tp: number; fp: number; fn: number }>;
  let goldAttributions = 0;
  let predictedAttributions = 0;
  for (const article of articles) {
    const predicted = predictor(article.text, article.name);
    goldAttributions += article.gold.length;
    predictedAttributions += predicted.length;
    for (const role of ROLES) {
      const gold = article.gold.flatMap((a) => (a[role] ? [a[role]] : []));
      const mine = predicted.flatMap((a) => (a[role] ? [a[role]] : []));
      const tp = countOverlapMatches(gold, mine);
      counts[role].tp += tp;
      counts[role].fp += mine.length - tp;
      counts[role].fn += gold.length - tp;
    }
  }
  const roles = Object.fromEntries(ROLES.map((role) => [role, score(counts[role])])) as Record<Role, RoleScore>;
  return { split, articles: articles.length, goldAttributions, predictedAttributions, roles };
}

function score({ tp, fp, fn }: { tp: number; fp: number; fn: number }): RoleScore {
  return levelScore(tp, fp, fn);
}
