// The PLOVER report: headline figures, then recall per gold type (where the patterns are thin).
import type { LevelScore } from '../score.js';
import type { PloverEvaluation } from './evaluate.js';

const fixed = (n: number) => n.toFixed(3);

const prf = (s: LevelScore) => `${fixed(s.precision)} / ${fixed(s.recall)} / ${fixed(s.f1)}   tp ${s.tp}  fp ${s.fp}  fn ${s.fn}`;

export function formatPloverReport({ score, arguments: args, skipped }: PloverEvaluation, details = false): string {
  const lines = [
    `${score.records} gold records (${skipped.length} skipped), ${score.covered} with an event found`,
    '',
    `type accuracy (first event)              ${fixed(score.accuracy)}`,
    `type P / R / F1                          ${prf(score)}`,
    `type + countries accuracy (first event)  ${fixed(args.accuracy)}`,
    `type + countries P / R / F1              ${prf(args)}`,
    '',
    'gold type      records  found',
    ...[...score.byType].sort((a, b) => b[1].gold - a[1].gold)
      .map(([type, row]) => `${type.padEnd(14)} ${String(row.gold).padStart(7)}  ${String(row.found).padStart(5)}`),
  ];
  if (details) for (const { id, reason } of skipped) lines.push(`skipped ${id}: ${reason}`);
  return `${lines.join('\n')}\n`;
}

export function ploverReportJson({ score, arguments: args, skipped, predictions }: PloverEvaluation): unknown {
  return { ...score, byType: Object.fromEntries(score.byType), arguments: args, skipped, predictions };
}
