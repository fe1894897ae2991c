// Renders an EvalReport for people (a small table, then with `details` one line per miss
// and per extra) and for programs (JSON).
import type { ScoredActor } from './actor-match.js';
import type { GoldActor } from './gold.js';
import { LEVELS, type EvalReport, type GoldEventRef, type Level, type PredictedEventRef } from './score.js';

export interface FormatOptions {
  /** Add every miss and every extra, per article and level. */
  details?: boolean;
}

export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const { totals } = report;
  const lines: string[] = [
    `${totals.articles} articles, ${totals.goldEvents} gold events (${totals.optionalGoldEvents} optional), ` +
      `${totals.predictedEvents} predicted events`,
    '',
    ...formatTable(report),
  ];
  if (report.unknownArticles.length > 0) {
    lines.push('', `not scored (no such gold article): ${report.unknownArticles.join(', ')}`);
  }
  if (options.details) {
    const details = formatDetails(report);
    if (details.length > 0) lines.push('', ...details);
  }
  return lines.join('\n') + '\n';
}

function formatTable(report: EvalReport): string[] {
  const rows = [
    ['level', 'P', 'R', 'F1', 'tp', 'fp', 'fn'],
    ...LEVELS.map((level) => {
      const s = report.levels[level];
      return [level, fixed(s.precision), fixed(s.recall), fixed(s.f1), String(s.tp), String(s.fp), String(s.fn)];
    }),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  // The level name reads left-aligned, numbers right-aligned.
  return rows.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd(),
  );
}

/** One line per miss and per extra: `article level miss|extra code actor → recipient date …`. */
export function formatDetails(report: EvalReport): string[] {
  const lines: string[] = [];
  for (const article of report.articles) {
    for (const level of LEVELS) {
      const result = article.levels[level];
      for (const miss of result.misses) lines.push(formatMiss(article.id, level, miss));
      for (const extra of result.extras) lines.push(formatExtra(article.id, level, extra));
    }
  }
  return lines;
}

function formatMiss(article: string, level: Level, { index, event }: GoldEventRef): string {
  return [
    article,
    level.padEnd(5),
    'miss ',
    `#${index}`,
    event.cameo,
    `${actorLabel(event.actor)} → ${actorLabel(event.recipient)}`,
    event.date ?? 'undated',
    event.status,
    quote(event.evidence),
  ].join('  ');
}

function formatExtra(article: string, level: Level, extra: PredictedEventRef): string {
  return [
    article,
    level.padEnd(5),
    'extra',
    extra.id,
    extra.cameo,
    `${actorLabel(extra.actor)} → ${actorLabel(extra.recipient)}`,
    extra.date ?? 'undated',
    extra.status,
    `[${extra.rule}]`,
    quote(extra.evidence),
  ].join('  ');
}

/** "Nicolás Maduro", "USA/GOV", "(anyone)" for a fully unspecified gold actor, "—" for none. */
function actorLabel(actor: GoldActor | ScoredActor | null): string {
  if (actor === null) return '—';
  if (actor.name !== null) return actor.name;
  if (actor.country === null && actor.sector === null) return '(anyone)';
  return [actor.country ?? '?', actor.sector ?? '?'].join('/');
}

function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}

function fixed(value: number): string {
  return value.toFixed(3);
}

/**
 * The report as JSON. Without `details`, articles keep their per-level counts only;
 * with it, also matches, misses, extras and ignored predictions.
 */
export function reportToJson(report: EvalReport, options: FormatOptions = {}): string {
  if (options.details) return JSON.stringify(report, null, 2) + '\n';
  const articles = report.articles.map((article) => ({
    ...article,
    levels: Object.fromEntries(
      LEVELS.map((level) => {
        const { tp, fp, fn } = article.levels[level];
        return [level, { tp, fp, fn }];
      }),
    ),
  }));
  return JSON.stringify({ ...report, articles }, null, 2) + '\n';
}
