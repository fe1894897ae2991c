// The PolNeAR report for people (a small table) and for programs (JSON).
import { ROLES } from './brat.js';
import type { PolnearReport } from './evaluate.js';

export function formatPolnearReport(report: PolnearReport): string {
  const rows = [
    ['role', 'P', 'R', 'F1', 'tp', 'fp', 'fn'],
    ...ROLES.map((role) => {
      const s = report.roles[role];
      return [role, s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3), String(s.tp), String(s.fp), String(s.fn)];
    }),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const table = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
  return [
    `PolNeAR ${report.split}: ${report.articles} articles, ${report.goldAttributions} gold attributions, ${report.predictedAttributions} predicted (overlap matching)`,
    '',
    ...table,
  ].join('\n') + '\n';
}

export function polnearReportToJson(report: PolnearReport): string {
  return JSON.stringify(report);
}
