// One Doc flows through the pipeline; each stage fills its layer (spaCy's Doc, in spirit).
import type { Article } from '../contract.js';
import type { OffsetMap } from '../clean/offset-map.js';
import type { TextEdit } from '../clean/offset-map.js';
import type { TokenTable } from './token-table.js';
import type { DependencyTree } from './dependency-tree.js';
import type { ActorMention, AttributionFrame, EventDecision, EventMention, Sentence, Timex } from './layers.js';

export class Doc {
  readonly article: Article;
  /** Text after cleaning; NLP runs on it. Equal to article.text until the clean stage runs. */
  cleanText: string;
  offsetMap: OffsetMap | null = null;
  edits: TextEdit[] = [];
  tokens: TokenTable | null = null;
  /** The dependency parse (the syntax stage); null before it runs. */
  tree: DependencyTree | null = null;
  sentences: Sentence[] = [];
  timexes: Timex[] = [];
  actorMentions: ActorMention[] = [];
  attributions: AttributionFrame[] = [];
  eventMentions: EventMention[] = [];
  /** Every pattern match and what became of it (coded, merged, skipped and why). */
  eventDecisions: EventDecision[] = [];

  constructor(article: Article) {
    this.article = article;
    this.cleanText = article.text;
  }

  /** Original-text offsets of a clean-text range. */
  toOriginal(cleanStart: number, cleanEnd: number): { start: number; end: number } {
    if (!this.offsetMap) return { start: cleanStart, end: cleanEnd };
    return { start: this.offsetMap.toOriginalStart(cleanStart), end: this.offsetMap.toOriginalEnd(cleanEnd) };
  }

  /** The token table; stages that require `tokens` call this instead of checking for null. */
  get tokenTable(): TokenTable {
    if (!this.tokens) throw new Error('the nlp stage has not run on this doc');
    return this.tokens;
  }

  /** The dependency tree; stages that require `deps` call this instead of checking for null. */
  get dependencyTree(): DependencyTree {
    if (!this.tree) throw new Error('the syntax stage has not run on this doc');
    return this.tree;
  }

  tokenText(tokenStart: number, tokenEnd: number): string {
    const tokens = this.tokenTable;
    if (tokenEnd <= tokenStart) return '';
    return this.cleanText.slice(tokens.start[tokenStart], tokens.end[tokenEnd - 1]);
  }
}
