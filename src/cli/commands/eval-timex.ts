// annalist eval-timex: TempEval-3 timex figures on a folder of TimeML files.
import { evaluateTempEval } from '../../eval/tempeval/evaluate.js';
import { formatTempEvalReport, tempEvalReportToJson } from '../../eval/tempeval/format.js';

export async function evalTimexCommand(dir: string, options: { json?: boolean; details?: boolean }): Promise<void> {
  const report = evaluateTempEval(dir);
  process.stdout.write(options.json ? `${tempEvalReportToJson(report, options)}\n` : formatTempEvalReport(report, options));
}
