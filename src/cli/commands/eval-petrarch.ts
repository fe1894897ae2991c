// annalist eval-petrarch: root-code agreement with PETRARCH's validation records.
import { createAnnalist } from '../../pipeline.js';
import { evaluatePetrarch, formatPetrarchReport } from '../../eval/petrarch/evaluate.js';

export async function evalPetrarchCommand(location: string, options: { json?: boolean; details?: boolean; lexicon?: string[] }): Promise<void> {
  const evaluation = evaluatePetrarch(location, createAnnalist({ lexicons: options.lexicon }));
  process.stdout.write(options.json ? `${JSON.stringify(evaluation)}\n` : formatPetrarchReport(evaluation, options.details));
}
