// A TempEval report for people (a table; with `details`, every miss, extra and wrong value)
// and for programs (JSON).
import type { TempEvalReport } from './evaluate.js';

const fixed = (n: number) => n.toFixed(3);

export function formatTempEvalReport(report: TempEvalReport, options: { details?: boolean } = {}): string {
  const { figures } = report;
  const { counts } = figures;
  const rows = [
    ['', 'P', 'R', 'F1'],
    ['strict span', fixed(figures.strict.precision), fixed(figures.strict.recall), fixed(figures.strict.f1)],
    ['relaxed span', fixed(figures.relaxed.precision), fixed(figures.relaxed.recall), fixed(figures.relaxed.f1)],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = [
    `TempEval-3 timexes: ${report.documents.length} documents, ${counts.gold} gold, ${counts.predicted} predicted, ${counts.relaxed} matched (${counts.strict} exactly)`,
    '',
    ...rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')),
    '',
    `value F1  ${fixed(figures.valueF1)}  (accuracy ${fixed(figures.valueAccuracy)} of matched)`,
    `type F1   ${fixed(figures.typeF1)}  (accuracy ${fixed(figures.typeAccuracy)} of matched)`,
  ];
  if (report.skipped.length > 0) {
    lines.push('', `not scored (${report.skipped.length}):`, ...report.skipped.map((skip) => `  ${skip.file}: ${skip.reason}`));
  }
  if (options.details) lines.push('', ...formatDetails(report));
  return lines.join('\n') + '\n';
}

/** `id  kind  "text"  gold → predicted`, one line per miss, extra and wrong type or value. */
function formatDetails(report: TempEvalReport): string[] {
  const lines: string[] = [];
  for (const document of report.documents) {
    const { matches, missed, extra } = document.alignment;
    for (const match of matches) {
      if (match.gold.value === match.predicted.value && match.gold.type === match.predicted.type && match.strict) continue;
      const kind = match.gold.value !== match.predicted.value ? 'value' : match.gold.type !== match.predicted.type ? 'type' : 'span';
      lines.push(`${document.id}  ${document.dct}  ${kind}  ${JSON.stringify(match.gold.text)} ${match.gold.type} ${match.gold.value}  →  ${JSON.stringify(match.predicted.text)} ${match.predicted.type} ${match.predicted.value}`);
    }
    for (const gold of missed) lines.push(`${document.id}  ${document.dct}  miss  ${JSON.stringify(gold.text)} ${gold.type} ${gold.value}`);
    for (const predicted of extra) lines.push(`${document.id}  ${document.dct}  extra  ${JSON.stringify(predicted.text)} ${predicted.type} ${predicted.value}`);
  }
  return lines;
}

export function tempEvalReportToJson(report: TempEvalReport, options: { details?: boolean } = {}): string {
  return JSON.stringify({
    dir: report.dir,
    documents: report.documents.length,
    ...report.figures,
    skipped: report.skipped,
    ...(options.details ? { details: report.documents.map((document) => ({ id: document.id, dct: document.dct, ...document.alignment })) } : {}),
  });
}
