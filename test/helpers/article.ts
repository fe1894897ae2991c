// Articles from short texts, and the pipeline run on them (in full or up to a named stage),
// for tests that need the layers earlier stages add. Tests pass the publication date
// explicitly, as chrono's tests pass a reference date.
import type { Article } from '../../src/contract.js';
import { Doc } from '../../src/doc/doc.js';
import { createAnnalist, type Annalist } from '../../src/pipeline.js';
import type { Pipeline } from '../../src/stage.js';
import { loadTextLexicons } from '../../src/lexicons.js';
import { createTimexPipeline } from '../../src/time/timex-pipeline.js';

/** An Article as ingestion would build it from `text`; `published` is YYYY-MM-DD or null. */
export function makeArticle(text: string, published: string | null, overrides: Partial<Article> = {}): Article {
  return { id: 'test-article', title: null, published, outlet: null, url: null, text, source: 'test', ...overrides };
}

let shared: Annalist | null = null;

/**
 * The default pipeline, assembled once per test file (lexicons compile at assembly), parsing every
 * sentence: tests of attribution read sentences with no event trigger in them.
 */
export function defaultAnnalist(): Annalist {
  shared ??= createAnnalist({ parse: 'all' });
  return shared;
}

let textOnly: Pipeline | null = null;

/**
 * The stages before actors, as src/pipeline.ts orders them, without loading the lexicons of later
 * stages: tests of sentences and dates should not fail on a typo in an actor table.
 */
function textPipeline(): Pipeline {
  textOnly ??= createTimexPipeline(loadTextLexicons());
  return textOnly;
}

/** Runs the default pipeline's stages up to and including `lastStage` ('nlp', 'time', 'actors', …). */
export function runUpTo(lastStage: string, text: string, published: string | null): Doc {
  const early = textPipeline();
  const pipeline = early.names.includes(lastStage) ? early : defaultAnnalist().pipeline;
  const last = pipeline.names.indexOf(lastStage);
  if (last < 0) throw new Error(`no stage '${lastStage}'; stages: ${pipeline.names.join(', ')}`);
  const doc = new Doc(makeArticle(text, published));
  for (const stage of pipeline.stages.slice(0, last + 1)) stage.run(doc);
  return doc;
}

/** The full pipeline on `text`: the Doc and its event records. */
export function extract(text: string, published: string | null) {
  return defaultAnnalist().extract(makeArticle(text, published));
}

/** What the stages made of a Doc, for failure messages: sentences, timexes, actors, events. */
export function traceDoc(doc: Doc): string {
  const lines = [`text: ${JSON.stringify(doc.cleanText)}`, `published: ${doc.article.published}`];
  for (const s of doc.sentences) lines.push(`sentence ${JSON.stringify(doc.cleanText.slice(s.cleanStart, s.cleanEnd))}`);
  // The parse, where the syntax stage ran: word/relation>head index.
  if (doc.tokens && doc.tokens.deprel.some((d) => d !== '')) {
    const t = doc.tokens;
    for (const s of doc.sentences) lines.push(`parse ${Array.from({ length: s.tokenEnd - s.tokenStart }, (_, i) => `${s.tokenStart + i}:${t.text[s.tokenStart + i]}/${t.deprel[s.tokenStart + i]}>${t.head[s.tokenStart + i]}`).join(' ')}`);
  }
  for (const t of doc.timexes) lines.push(`timex ${JSON.stringify(t.text)} = ${t.value} [${t.rule}] in sentence ${t.sentence}`);
  if (doc.tokens) {
    for (const m of doc.actorMentions) {
      lines.push(`actor ${JSON.stringify(doc.tokenText(m.tokenStart, m.tokenEnd))} e${m.entity} ${m.identity.kind} ${m.identity.country ?? '-'} [${m.rule}]`);
    }
    for (const e of doc.eventMentions) {
      const who = (m: typeof e.actor) => (m ? doc.tokenText(m.tokenStart, m.tokenEnd) : '—');
      lines.push(`event ${e.cameo} ${who(e.actor)} → ${who(e.recipient)} ${e.status} trigger ${JSON.stringify(doc.tokenText(e.triggerStart, e.triggerEnd))} [${e.rule}]`);
    }
  }
  return lines.join('\n  ');
}

/** Runs `check`; when an assertion fails, the error carries the Doc's trace (debug output only on failure). */
export function withTrace<T>(doc: Doc, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof Error) error.message += `\n  --- trace ---\n  ${traceDoc(doc)}`;
    throw error;
  }
}
