// annalist eval-attributions: cue, source and content P/R/F1 on a PolNeAR split (overlap matching).
import { evaluatePolnear } from '../../eval/polnear/evaluate.js';
import { formatPolnearReport, polnearReportToJson } from '../../eval/polnear/format.js';

export async function evalAttributionsCommand(dir: string, options: { split?: string; json?: boolean; nested?: boolean }): Promise<void> {
  const report = await evaluatePolnear(dir, options.split ?? 'dev', undefined, { nested: options.nested });
  process.stdout.write(options.json ? `${polnearReportToJson(report)}\n` : formatPolnearReport(report));
}
