// ECB+ event coreference (`annalist eval-corefer`): the documents of the chosen topics go to
// `corefer` with their topic and sub-topic fields removed and their gold clusters hidden;
// the response is scored against the gold clusters with MUC, B³, CEAF-e and CoNLL F1.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AnnalistError } from '../../errors.js';
import type { Pipeline } from '../../stage.js';
import { corefer, type CorefDocument, type CorefOptions } from '../../consolidate/corefer.js';
import type { EventFamilies } from '../../consolidate/event-families.js';
import { scoreCoreference, type CorefScores } from '../coref/metrics.js';

/** The standard ECB+ split of topics 1–35 (Cybulska & Vossen 2015); 36–45 are the test topics. */
export const ECBPLUS_DEV_TOPICS = ['2', '5', '12', '18', '21', '23', '34', '35'];
export const ECBPLUS_TRAIN_TOPICS = Array.from({ length: 35 }, (_, i) => String(i + 1)).filter((t) => !ECBPLUS_DEV_TOPICS.includes(t));

const line = z.object({
  id: z.string(),
  topic: z.string(),
  subtopic: z.string(),
  text: z.string(),
  mentions: z.array(z.object({ id: z.string(), start: z.number().int(), end: z.number().int(), cluster: z.string() })),
});
type EcbDocument = z.infer<typeof line>;

export function readEcbPlus(file: string): EcbDocument[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AnnalistError('input', 'cannot read the ECB+ file', { input: file, cause });
  }
  return text.split('\n').flatMap((raw, index) => {
    if (!raw.trim()) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (cause) {
      throw new AnnalistError('gold', 'not JSON', { input: `${file}:${index + 1}`, cause });
    }
    const result = line.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new AnnalistError('gold', `field '${issue.path.join('.')}': ${issue.message}`, { input: `${file}:${index + 1}` });
    }
    return [result.data];
  });
}

export interface EcbEvaluation {
  topics: string[];
  documents: number;
  mentions: number;
  goldClusters: number;
  responseClusters: number;
  stories: number;
  goldSubtopics: number;
  scores: CorefScores;
}

/**
 * `goldStories` hands corefer the gold sub-topics as its stories instead of letting it group
 * the texts itself: a diagnosis of how much story grouping costs, never the reported figure.
 */
export function evaluateEcbPlus(file: string, topics: readonly string[] | 'all', pipeline: Pipeline, families: EventFamilies,
  options: CorefOptions = {}, goldStories = false): EcbEvaluation {
  const documents = readEcbPlus(file).filter((d) => topics === 'all' || topics.includes(d.topic));
  if (documents.length === 0) throw new AnnalistError('usage', `no ECB+ document has one of the topics ${[...topics].join(', ')}`, { input: file });
  // What corefer sees: ids, text and spans only.
  const blind: CorefDocument[] = documents.map((d) => ({ id: d.id, text: d.text, mentions: d.mentions.map(({ id, start, end }) => ({ id, start, end })) }));
  const givenStories = goldStories ? new Map(documents.map((d) => [d.id, `${d.topic}/${d.subtopic}`])) : undefined;
  const result = corefer(blind, pipeline, families, { ...options, givenStories });
  const key = new Map(documents.flatMap((d) => d.mentions.map((m) => [m.id, m.cluster] as const)));
  return {
    topics: topics === 'all' ? [...new Set(documents.map((d) => d.topic))] : [...topics],
    documents: documents.length,
    mentions: key.size,
    goldClusters: new Set(key.values()).size,
    responseClusters: new Set(result.clusters.values()).size,
    stories: new Set(result.stories.values()).size,
    goldSubtopics: new Set(documents.map((d) => `${d.topic}/${d.subtopic}`)).size,
    scores: scoreCoreference(key, result.clusters),
  };
}
