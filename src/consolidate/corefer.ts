// Cross-document event coreference over given mention spans (`annalist corefer`): the same
// language layers and identity logic as consolidation, with the story grouping built from
// the texts alone (no topic given from outside).
import type { Article } from '../contract.js';
import type { Doc } from '../doc/doc.js';
import type { Pipeline } from '../stage.js';
import { clusterMentions, DEFAULT_MENTION_CLUSTER_OPTIONS, type MentionClusterOptions } from './cluster-mentions.js';
import type { EventFamilies } from './event-families.js';
import type { MentionFeatures } from './mention-features.js';
import { featuresOfSpan, type MentionSpan } from './span-features.js';
import { DEFAULT_STORY_OPTIONS, documentSimilarities, storiesOf, type StoryOptions } from './stories.js';
import { storyTerms } from './story-terms.js';

export interface CorefDocument {
  id: string;
  text: string;
  published?: string | null;
  mentions: MentionSpan[];
}

export interface CorefOptions {
  stories?: StoryOptions;
  mentions?: MentionClusterOptions;
  /** Document id → story, instead of grouping the texts: for diagnosis only. */
  givenStories?: ReadonlyMap<string, string>;
}

export interface CorefResult {
  /** Mention id → cluster id (the smallest mention id of its cluster). */
  clusters: Map<string, string>;
  /** Document id → story id (the smallest document id of its story). */
  stories: Map<string, string>;
  features: MentionFeatures[];
}

function asArticle(document: CorefDocument, source: string): Article {
  return { id: document.id, title: null, published: document.published ?? null, outlet: null, url: null, text: document.text, source };
}

export function corefer(documents: readonly CorefDocument[], pipeline: Pipeline, families: EventFamilies, options: CorefOptions = {}): CorefResult {
  const docs = new Map<string, Doc>();
  for (const document of documents) docs.set(document.id, pipeline.run(asArticle(document, document.id)));
  const terms = new Map(documents.map((d) => [d.id, storyTerms(d.text)]));
  const similarities = documentSimilarities(terms);
  const stories = options.givenStories
    ? new Map(options.givenStories)
    : storiesOf(terms, options.stories ?? DEFAULT_STORY_OPTIONS);
  const features = documents.flatMap((document) =>
    document.mentions.map((span) => featuresOfSpan(docs.get(document.id)!, span, stories.get(document.id)!, families)));
  const clusters = new Map<string, string>();
  const { ids, first, second } = similarities;
  const documentSimilarity = new Map(similarities.similarity.map((similarity, k) => [`${ids[first[k]]}\u0000${ids[second[k]]}`, similarity]));
  const closeness = (a: string, b: string) =>
    a === b ? 1 : documentSimilarity.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`) ?? 0;
  for (const cluster of clusterMentions(features, closeness, options.mentions ?? DEFAULT_MENTION_CLUSTER_OPTIONS)) {
    for (const id of cluster) clusters.set(id, cluster[0]);
  }
  return { clusters, stories, features };
}
