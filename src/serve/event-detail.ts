// GET /api/events/{id} in one shape whether the id names a consolidated event or a single
// mention: the fields of the mention that speaks for the event, its counts, first report and
// attribution trail, and every mention with its article, in the order they were reported.
import type { Article, ConsolidatedEvent, EventRecord } from '../contract.js';
import { mentionRef } from '../consolidate/event-summary.js';
import { attributionTrail } from '../consolidate/trail.js';
import type { Ontology } from '../ontology/ontology.js';

/** A mention seen on its own: an event with one report, in no story. */
function singleMentionEvent(mention: EventRecord, article: Article | null): Omit<ConsolidatedEvent, 'story'> & { story: null } {
  const ref = mentionRef({ record: mention, outlet: article?.outlet ?? null, published: article?.published ?? null });
  return {
    ...mention,
    head_mention: mention.id,
    story: null,
    mentions: [ref],
    num_mentions: 1,
    num_articles: 1,
    num_sources: 1,
    first_reported: { article_id: ref.article_id, outlet: ref.outlet, published: ref.published },
    statuses: { [mention.status]: 1 },
    trail: attributionTrail([ref]),
  };
}

function articleSummary(article: Article | null) {
  if (article === null) return null;
  const { text: _text, ...rest } = article;
  return rest;
}

/**
 * `event` is the consolidated event the id names, or null when it names a mention; `mentions`
 * are what the store gives for the id (the event's mentions, or the one mention).
 */
export function eventDetail(event: ConsolidatedEvent | null, mentions: EventRecord[], articles: ReadonlyMap<string, Article>, ontology: Ontology) {
  const articleOf = (mention: EventRecord) => articles.get(mention.article_id) ?? null;
  const summary = event ?? singleMentionEvent(mentions[0], articleOf(mentions[0]));
  const reportOrder = new Map(summary.mentions.map((ref, index) => [ref.id, index]));
  const ordered = [...mentions].sort((a, b) => (reportOrder.get(a.id) ?? reportOrder.size) - (reportOrder.get(b.id) ?? reportOrder.size));
  const root = ontology.describe(summary.cameo);
  return {
    ...summary,
    cameo_root: root.rootCode,
    cameo_root_name: root.rootName,
    mentions: ordered.map((mention) => {
      const article = articleOf(mention);
      return { ...mention, outlet: article?.outlet ?? null, published: article?.published ?? null, article: articleSummary(article) };
    }),
  };
}
