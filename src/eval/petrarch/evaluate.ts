// Root-code agreement with PETRARCH's validation records. Their actors are mostly fictional
// (Arnor, Gondor) and right only against PETRARCH's own dictionaries, so only records whose
// every gold coding names real countries (ISO-3, or "---" for an unknown one) are scored.
import { createRequire } from 'node:module';
import type { Annalist } from '../../pipeline.js';
import { readPetrarchRecords, type PetrarchSentence } from './records.js';
import { levelScore } from '../score.js';
import type { GoldSide, PartyRef } from '../country-parties.js';
import {
  codingsAgree, compareCodings, goldCoding, predictedCoding, scoreRootArguments,
  type CodingComparison, type GoldCoding, type PredictedCoding, type RootArgumentScore,
} from './score-arguments.js';

export interface RootPrediction {
  id: string;
  category: string;
  gold: string[];
  predicted: string[];
  /** The codings with their parties' countries, for the score on arguments. */
  codings: CodingComparison;
}

export interface PetrarchEvaluation {
  /** Records read, records with evaluate="true" and gold codings, and those with real actors only. */
  read: number;
  coded: number;
  scored: RootPrediction[];
  /** Share of scored records whose set of predicted roots equals the gold set. */
  agreement: number;
  precision: number;
  recall: number;
  f1: number;
  /** Roots with the countries of actor and recipient (score-arguments.ts). */
  arguments: RootArgumentScore;
}

function realCountryCodes(): Set<string> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as { cca3: string }[];
  return new Set([...countries.map((country) => country.cca3), '---', 'IGO']);
}

const roots = (codes: string[]) => [...new Set(codes.map((code) => code.slice(0, 2)))].sort();

export function evaluatePetrarch(location: string, annalist: Annalist): PetrarchEvaluation {
  const real = realCountryCodes();
  const records = readPetrarchRecords(location);
  const coded = records.filter((record) => record.evaluate && record.codings.length > 0);
  const onlyReal = (record: PetrarchSentence) => record.codings.every((coding) =>
    [coding.source, coding.target].every((code) => code === '' || real.has(code.slice(0, 3))));
  const scored = coded.filter(onlyReal).map((record): RootPrediction => {
    const { events } = annalist.extract({ id: record.id, title: null, published: record.date, outlet: null, url: null, text: record.text, source: record.file });
    return {
      id: record.id, category: record.category, gold: roots(record.codings.map((c) => c.event)), predicted: roots(events.map((e) => e.cameo)),
      codings: compareCodings(record.codings.map(goldCoding), events.map(predictedCoding), annalist.lexicons.cameoTraits),
    };
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let agree = 0;
  for (const { gold, predicted } of scored) {
    tp += predicted.filter((root) => gold.includes(root)).length;
    fp += predicted.filter((root) => !gold.includes(root)).length;
    fn += gold.filter((root) => !predicted.includes(root)).length;
    if (gold.join() === predicted.join()) agree++;
  }
  const { precision, recall, f1 } = levelScore(tp, fp, fn);
  return {
    read: records.length, coded: coded.length, scored,
    agreement: scored.length === 0 ? 0 : agree / scored.length,
    precision, recall, f1,
    arguments: scoreRootArguments(scored.map((p) => p.codings)),
  };
}

export function formatPetrarchReport(evaluation: PetrarchEvaluation, details = false): string {
  const fixed = (n: number) => n.toFixed(3);
  const args = evaluation.arguments;
  const lines = [
    `${evaluation.read} records, ${evaluation.coded} with gold codings to evaluate, ${evaluation.scored.length} of them with real actors only (scored)`,
    '',
    `root agreement (same set of roots)                  ${fixed(evaluation.agreement)}`,
    `root P / R / F1                                     ${fixed(evaluation.precision)} / ${fixed(evaluation.recall)} / ${fixed(evaluation.f1)}`,
    `root + countries agreement (same set of codings)    ${fixed(args.agreement)}`,
    `root + countries P / R / F1                         ${fixed(args.precision)} / ${fixed(args.recall)} / ${fixed(args.f1)}   tp ${args.tp}  fp ${args.fp}  fn ${args.fn}`,
  ];
  if (details) {
    lines.push('');
    for (const { id, category, codings } of evaluation.scored) {
      if (!codingsAgree(codings)) lines.push(`${id} [${category}] gold ${formatCodings(codings.gold)}  predicted ${formatCodings(codings.predicted)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** "19 RUS>UKR, 03 PHL>-": root, actor country, recipient country ("-" none, "?" a party without one). */
function formatCodings(codings: (GoldCoding | PredictedCoding)[]): string {
  const side = (party: GoldSide | PartyRef): string => {
    if (party === null) return '-';
    return 'country' in party ? party.country ?? '?' : party.map((country) => country || '-').join('/');
  };
  return codings.map((c) => `${c.cameo.slice(0, 2)} ${side(c.actor)}>${side(c.recipient)}`).join(', ') || '-';
}
