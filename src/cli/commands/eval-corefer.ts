// annalist eval-corefer: corefer scored on ECB+.
import { AnnalistError } from '../../errors.js';
import { createAnnalist } from '../../pipeline.js';
import { ECBPLUS_DEV_TOPICS, ECBPLUS_TRAIN_TOPICS, evaluateEcbPlus, type EcbEvaluation } from '../../eval/ecbplus/evaluate.js';

function topicsOf(set: string): readonly string[] | 'all' {
  if (set === 'dev') return ECBPLUS_DEV_TOPICS;
  if (set === 'train') return ECBPLUS_TRAIN_TOPICS;
  if (set === 'all') return 'all';
  const topics = set.split(',').map((t) => t.trim()).filter(Boolean);
  if (topics.length === 0 || topics.some((t) => !/^\d+$/.test(t))) {
    throw new AnnalistError('usage', `topics '${set}' is not dev, train, all or a list of topic numbers`);
  }
  return topics;
}

function formatReport(e: EcbEvaluation, set: string, goldStories: boolean): string {
  const row = (name: string, s: { precision: number; recall: number; f1: number }) =>
    `  ${name.padEnd(7)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
  return [
    `ECB+ ${set} topics (${e.topics.join(', ')}): ${e.documents} documents, ${e.mentions} mentions, ${e.goldClusters} gold clusters`,
    `stories: ${goldStories ? 'gold sub-topics given (diagnosis)' : `${e.stories} found from the texts`} (gold sub-topics: ${e.goldSubtopics}); clusters found: ${e.responseClusters}`,
    row('MUC', e.scores.muc),
    row('B³', e.scores.b3),
    row('CEAF-e', e.scores.ceafe),
    `  CoNLL F1 ${e.scores.conll.toFixed(3)}`,
    '',
  ].join('\n');
}

export async function evalCorefCommand(file: string, options: { topics: string; goldStories?: boolean; json?: boolean }): Promise<void> {
  const annalist = createAnnalist();
  const evaluation = evaluateEcbPlus(file, topicsOf(options.topics), annalist.pipeline, annalist.lexicons.eventFamilies, {}, options.goldStories ?? false);
  process.stdout.write(options.json ? `${JSON.stringify(evaluation)}\n` : formatReport(evaluation, options.topics, options.goldStories ?? false));
}
