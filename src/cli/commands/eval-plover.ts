// annalist eval-plover: event-type figures on the PLOVER gold standard (PLOVER_GSR_CAMEO JSON).
import { createAnnalist } from '../../pipeline.js';
import { evaluatePlover } from '../../eval/plover/evaluate.js';
import { formatPloverReport, ploverReportJson } from '../../eval/plover/format.js';

export async function evalPloverCommand(file: string, options: { json?: boolean; details?: boolean; lexicon?: string[] }): Promise<void> {
  const evaluation = evaluatePlover(file, createAnnalist({ lexicons: options.lexicon }));
  process.stdout.write(options.json ? `${JSON.stringify(ploverReportJson(evaluation))}\n` : formatPloverReport(evaluation, options.details));
}
