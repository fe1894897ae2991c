// Scores predicted events against gold, per FORMAT.md, at three independent levels:
//   root  — same article, same CAMEO root (two digits), actor and recipient match;
//   code  — as root, and the code matches to 3 digits (to 2 where gold has 2);
//   dated — as root, and the date matches at gold's granularity.
// Each level is its own one-to-one matching within each article; counts are summed over
// articles (micro-averaged) before precision, recall and F1 are computed.
//
// Which events count:
// - An `optional` gold event is never a miss; a prediction matched to it is not an extra
//   (and not a hit either).
// - At `dated`, a gold event whose date is null is treated the same way: any date matches
//   it, so a prediction of it is not punished as an extra, but it is neither hit nor miss.
// - A predicted event of root 01 ("X said") that matches nothing is ignored, not an extra.
// - Direction is ignored when either side's code is symmetric (lexicons/codes/cameo-traits.tsv:
//   040, 041, 044, 046 and their sub-codes, as FORMAT.md defines it): such a code declares the
//   order of its two parties meaningless, whichever side wrote it. A two-digit "04" is not
//   symmetric (it may be a visit).
//
// The matching maximises hits first, then all matches (so predictions of optional events
// are absorbed rather than counted as extras). The gold events that a matching can cover
// form a transversal matroid, so augmenting paths (Kuhn) run over counted gold events
// first and then the optional ones reach both maxima at once; candidates are tried most
// specific first so that, among equal counts, the reported pairing is the sensible one.
import type { ActorRef, EventRecord } from '../contract.js';
import type { CameoTraits } from '../ontology/cameo-traits.js';
import { actorMatches, type ScoredActor } from './actor-match.js';
import type { GoldActor, GoldArticle, GoldEvent } from './gold.js';

export type Level = 'root' | 'code' | 'dated';
export const LEVELS: readonly Level[] = ['root', 'code', 'dated'];

export interface LevelScore {
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); 0 when nothing counted was predicted. */
  precision: number;
  /** tp / (tp + fn); 0 when there is nothing to find. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
}

/** A gold event as the report shows it: where it sits in its article and what it says. */
export interface GoldEventRef {
  /** Index into the gold article's `events`. */
  index: number;
  event: GoldEvent;
}

/** The parts of a predicted event a reader needs to judge it. */
export interface PredictedEventRef {
  /** Index into the predicted list of the article. */
  index: number;
  id: string;
  cameo: string;
  actor: ScoredActor | null;
  recipient: ScoredActor | null;
  date: string | null;
  status: string;
  rule: string;
  evidence: string;
}

export interface MatchPair {
  gold: number;
  predicted: number;
  /** True when the pair counts as a hit; false when the gold event is optional (or undated at `dated`). */
  counted: boolean;
}

export interface ArticleLevelResult {
  tp: number;
  fp: number;
  fn: number;
  matches: MatchPair[];
  /** Counted gold events no prediction matched. */
  misses: GoldEventRef[];
  /** Unmatched predictions that count against precision. */
  extras: PredictedEventRef[];
  /** Unmatched root-01 predictions: neither rewarded nor penalised. */
  ignored: PredictedEventRef[];
}

export interface ArticleReport {
  id: string;
  goldEvents: number;
  predictedEvents: number;
  /** False when the prediction map had no entry for this article (every counted event is a miss). */
  predicted: boolean;
  levels: Record<Level, ArticleLevelResult>;
}

export interface EvalReport {
  levels: Record<Level, LevelScore>;
  articles: ArticleReport[];
  totals: {
    articles: number;
    goldEvents: number;
    optionalGoldEvents: number;
    predictedEvents: number;
  };
  /** Keys of the prediction map that name no gold article; their events are not scored. */
  unknownArticles: string[];
}

/** `traits`: which codes are symmetric, so that either direction matches. */
export function scoreArticles(gold: GoldArticle[], predicted: Map<string, EventRecord[]>, traits: CameoTraits): EvalReport {
  const articles = gold.map((article) => scoreArticle(article, predicted.get(article.id), traits));
  const levels = {} as Record<Level, LevelScore>;
  for (const level of LEVELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const article of articles) {
      tp += article.levels[level].tp;
      fp += article.levels[level].fp;
      fn += article.levels[level].fn;
    }
    levels[level] = levelScore(tp, fp, fn);
  }
  const goldIds = new Set(gold.map((article) => article.id));
  return {
    levels,
    articles,
    totals: {
      articles: gold.length,
      goldEvents: gold.reduce((sum, article) => sum + article.events.length, 0),
      optionalGoldEvents: gold.reduce((sum, article) => sum + article.events.filter((e) => e.optional).length, 0),
      predictedEvents: articles.reduce((sum, article) => sum + article.predictedEvents, 0),
    },
    unknownArticles: [...predicted.keys()].filter((id) => !goldIds.has(id)).sort(),
  };
}

export function scoreArticle(article: GoldArticle, predicted: EventRecord[] | undefined, traits: CameoTraits): ArticleReport {
  const events = predicted ?? [];
  const levels = {} as Record<Level, ArticleLevelResult>;
  for (const level of LEVELS) levels[level] = scoreLevel(article.events, events, level, traits);
  return {
    id: article.id,
    goldEvents: article.events.length,
    predictedEvents: events.length,
    predicted: predicted !== undefined,
    levels,
  };
}

export function levelScore(tp: number, fp: number, fn: number): LevelScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Whether a gold event can be hit or missed at this level (else it only absorbs a prediction). */
export function isCounted(event: GoldEvent, level: Level): boolean {
  if (event.optional) return false;
  return !(level === 'dated' && event.date === null);
}

function scoreLevel(gold: GoldEvent[], predicted: EventRecord[], level: Level, traits: CameoTraits): ArticleLevelResult {
  const candidates = gold.map((g) =>
    predicted
      .map((p, index) => ({ index, score: matchScore(g, p, level, traits) }))
      .filter((c) => c.score !== null)
      .sort((a, b) => (b.score as number) - (a.score as number) || a.index - b.index)
      .map((c) => c.index),
  );

  const goldOf = new Array<number>(predicted.length).fill(-1);
  const augment = (g: number, visited: boolean[]): boolean => {
    for (const p of candidates[g]) {
      if (visited[p]) continue;
      visited[p] = true;
      if (goldOf[p] === -1 || augment(goldOf[p], visited)) {
        goldOf[p] = g;
        return true;
      }
    }
    return false;
  };
  const order = gold
    .map((event, index) => ({ index, counted: isCounted(event, level) }))
    .sort((a, b) => Number(b.counted) - Number(a.counted) || a.index - b.index);
  for (const { index } of order) augment(index, new Array<boolean>(predicted.length).fill(false));

  const matches: MatchPair[] = [];
  const matchedGold = new Set<number>();
  const extras: PredictedEventRef[] = [];
  const ignored: PredictedEventRef[] = [];
  predicted.forEach((p, index) => {
    const g = goldOf[index];
    if (g !== -1) {
      matchedGold.add(g);
      matches.push({ gold: g, predicted: index, counted: isCounted(gold[g], level) });
    } else if (cameoRoot(p.cameo) === '01') {
      ignored.push(predictedRef(p, index));
    } else {
      extras.push(predictedRef(p, index));
    }
  });
  matches.sort((a, b) => a.gold - b.gold);
  const misses = gold
    .map((event, index) => ({ index, event }))
    .filter(({ event, index }) => isCounted(event, level) && !matchedGold.has(index));
  const tp = matches.filter((m) => m.counted).length;
  return { tp, fp: extras.length, fn: misses.length, matches, misses, extras, ignored };
}

/**
 * Null when `predicted` cannot stand for `gold` at this level; otherwise how specific the
 * match is (a full code, an exact date, the same direction and exact names rank higher).
 */
export function matchScore(gold: GoldEvent, predicted: EventRecord, level: Level, traits: CameoTraits): number | null {
  if (cameoRoot(gold.cameo) !== cameoRoot(predicted.cameo)) return null;
  const direct = actorMatches(gold.actor, predicted.actor) && actorMatches(gold.recipient, predicted.recipient);
  const swapped =
    !direct &&
    (traits.has(gold.cameo, 'symmetric') || traits.has(predicted.cameo, 'symmetric')) &&
    actorMatches(gold.actor, predicted.recipient) &&
    actorMatches(gold.recipient, predicted.actor);
  if (!direct && !swapped) return null;
  const codeOk = codeMatches(gold.cameo, predicted.cameo);
  const dateOk = gold.date !== null && dateMatches(gold.date, predicted.date);
  if (level === 'code' && !codeOk) return null;
  if (level === 'dated' && gold.date !== null && !dateOk) return null;

  let score = 0;
  if (gold.cameo === predicted.cameo) score += 8;
  else if (codeOk) score += 4;
  if (dateOk) score += gold.date === predicted.date ? 4 : 2;
  if (direct) score += 1;
  if (sameName(gold.actor, predicted.actor) && sameName(gold.recipient, predicted.recipient)) score += 1;
  return score;
}

export function cameoRoot(cameo: string): string {
  return cameo.slice(0, 2);
}

/** To 3 digits, or to 2 where gold has 2: gold "1054" accepts "105" and "1053"; gold "13" any "13…". */
export function codeMatches(gold: string, predicted: string): boolean {
  const digits = Math.min(gold.length, 3);
  return predicted.length >= digits && predicted.slice(0, digits) === gold.slice(0, digits);
}

/**
 * At gold's granularity: gold "2018-09" accepts "2018-09" and "2018-09-14", not "2018"
 * (the prediction is less precise than the text supports) nor "2018-10".
 */
export function dateMatches(gold: string, predicted: string | null): boolean {
  if (predicted === null || predicted.length < gold.length) return false;
  if (!predicted.startsWith(gold)) return false;
  // "2018-1" must not pass as a prefix of "2018-10": the next character ends a field.
  const next = predicted.charAt(gold.length);
  return next === '' || next === '-' || next === 'T';
}

function sameName(gold: GoldActor | null, predicted: ActorRef | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return gold.name === predicted.name;
}

function predictedRef(event: EventRecord, index: number): PredictedEventRef {
  return {
    index,
    id: event.id,
    cameo: event.cameo,
    actor: actorFields(event.actor),
    recipient: actorFields(event.recipient),
    date: event.date,
    status: event.status,
    rule: event.rule,
    evidence: event.evidence.text,
  };
}

function actorFields(actor: ActorRef | null): ScoredActor | null {
  return actor === null ? null : { name: actor.name, country: actor.country, sector: actor.sector };
}
