// One event: its code and names, actors with their roles, the date and where it came from,
// status and attribution, the trail of its reports, and each article with the evidence
// sentence highlighted (and, more lightly, the article's other sentences about the event).
import type { ActorRef } from '../../contract.js';
import { getJson } from './api.js';
import { QUAD_CLASSES } from './colors.js';
import { fill, h, statusLine } from './dom.js';
import type { ArticleDetail, EventDetail, Mention } from './types.js';

export interface EventPageLinks {
  back: string;
  filterByActor(key: string): string;
}

export async function renderEventPage(container: HTMLElement, id: string, links: EventPageLinks): Promise<void> {
  fill(container, h('a', { href: links.back, class: 'back' }, '← All events'), statusLine('loading', 'Loading the event…'));
  let event: EventDetail;
  let articles: ArticleDetail[];
  try {
    event = await getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
    articles = await Promise.all([...new Set(event.mentions.map((m) => m.article_id))]
      .map((articleId) => getJson<ArticleDetail>(`/api/articles/${encodeURIComponent(articleId)}`)));
  } catch (error) {
    fill(container, h('a', { href: links.back, class: 'back' }, '← All events'),
      statusLine('error', `Could not load the event: ${(error as Error).message}`, () => void renderEventPage(container, id, links)));
    return;
  }
  const byId = new Map(articles.map((detail) => [detail.article.id, detail]));
  const quad = QUAD_CLASSES.find((q) => q.value === String(event.quad_class));
  const head = event.mentions.find((mention) => mention.id === event.head_mention) ?? event.mentions[0];
  const first = event.first_reported;
  fill(container,
    h('a', { href: links.back, class: 'back' }, '← All events'),
    h('article', { class: 'event-page' },
      h('h1', {}, h('span', { class: 'code' }, event.cameo), ' ', event.cameo_name),
      h('p', { class: 'subtitle' },
        `CAMEO root ${event.cameo_root} ${event.cameo_root_name} · PLOVER ${event.plover.type}${event.plover.mode ? ` (${event.plover.mode})` : ''}`
        + ` · ${quad?.name ?? `QuadClass ${event.quad_class}`} · Goldstein ${event.goldstein}`),
      h('dl', { class: 'facts' },
        ...fact('Actor', actorBlock(event.actor, links)),
        ...fact('Recipient', actorBlock(event.recipient, links)),
        ...fact('Date', dateBlock(event)),
        ...fact('Status', h('span', { class: `status-badge status-${event.status}` }, event.status)),
        ...fact('Attribution', attributionBlock(head, byId.get(head.article_id))),
        ...fact('Coded by', `${event.rule} · confidence ${event.confidence.toFixed(2)}`),
        ...fact('Reported', `${event.num_mentions} mention${event.num_mentions === 1 ? '' : 's'} in ${event.num_articles} article${event.num_articles === 1 ? '' : 's'}`
          + ` from ${event.num_sources} source${event.num_sources === 1 ? '' : 's'}`
          + `, first by ${first.outlet ?? 'an article without outlet'}${first.published ? ` on ${first.published}` : ''}`),
        ...fact('Trail', h('span', { class: 'trail' }, event.trail)),
        ...(Object.keys(event.statuses).length > 1
          ? fact('Reports disagree', Object.entries(event.statuses).map(([status, n]) => `${n} ${status}`).join(', '))
          : [])),
      h('h2', {}, event.mentions.length === 1 ? 'Source article' : 'Source articles, in the order they were published'),
      ...event.mentions.map((mention) => mentionBlock(mention, byId.get(mention.article_id)))));
  // Scroll each article, not the page, to its highlighted sentence.
  for (const mark of container.querySelectorAll<HTMLElement>('.article-text mark.evidence')) {
    const box = mark.closest<HTMLElement>('.article-text');
    if (box) box.scrollTop = Math.max(0, mark.offsetTop - 40);
  }
}

function fact(label: string, value: Node | string): Node[] {
  return [h('dt', {}, label), h('dd', {}, value)];
}

function actorBlock(actor: ActorRef | null, links: EventPageLinks): Node {
  if (!actor) return h('span', { class: 'muted' }, 'none coded');
  const key = actor.name ?? actor.code;
  return h('span', { class: 'actor' },
    h('q', {}, actor.text),
    actor.name && actor.name !== actor.text ? ` → ${actor.name}` : '',
    h('span', { class: 'muted' }, ` · ${[actor.code && `code ${actor.code}`, actor.country && `country ${actor.country}`, actor.sector && `sector ${actor.sector}`].filter(Boolean).join(', ')}`),
    key ? h('a', { href: links.filterByActor(key), class: 'small filter-link' }, 'events of this actor') : null);
}

function dateBlock(event: EventDetail): Node {
  const date = event.date ?? 'unknown';
  const source = event.date_source === 'text' && event.date_text ? h('span', {}, ' — from the text ', h('q', {}, event.date_text))
    : event.date_source === 'narrative' ? h('span', {}, ' — from the story: the latest date given for the same people')
      : event.date_source === 'publication' ? h('span', {}, ' — the article\'s publication date (no date in the text)')
        : h('span', {}, ' — no date found');
  return h('span', {}, h('strong', {}, date), source);
}

function attributionBlock(mention: Mention, detail: ArticleDetail | undefined): Node {
  const { speaker, outlets, cue } = mention.attribution;
  const chain: (Node | string)[] = [];
  if (speaker) chain.push(h('span', { class: 'chain-item' }, 'speaker ', h('strong', {}, speaker)));
  if (cue) chain.push(h('span', { class: 'chain-item' }, 'cue ', h('q', {}, cue)));
  if (outlets.length > 0) chain.push(h('span', { class: 'chain-item' }, `reported by ${outlets.join(', ')}`));
  const article = detail?.article;
  chain.push(h('span', { class: 'chain-item' }, 'in ', article?.outlet ? h('em', {}, article.outlet) : 'the article',
    article?.published ? ` (${article.published})` : ''));
  const parts: (Node | string)[] = [];
  chain.forEach((item, i) => parts.push(...(i > 0 ? [' → ', item] : [item])));
  if (!speaker && !cue && outlets.length === 0) parts.unshift('stated by the article itself, ');
  return h('span', { class: 'chain' }, ...parts);
}

function mentionBlock(mention: Mention, detail: ArticleDetail | undefined): Node {
  if (!detail) return statusLine('error', `The article ${mention.article_id} is missing from the database.`);
  const { article, segments } = detail;
  const url = article.url && /^https?:\/\//i.test(article.url) ? article.url : null;
  const text = h('div', { class: 'article-text' }, ...segments.map((segment) => {
    if (segment.evidence.includes(mention.id)) {
      const inner = segment.trigger.includes(mention.id) ? h('strong', { class: 'trigger' }, segment.text) : segment.text;
      return h('mark', { class: 'evidence' }, inner);
    }
    if (segment.other_evidence.includes(mention.id)) {
      return h('mark', { class: 'evidence-again', title: 'another mention of this event' }, segment.text);
    }
    if (segment.evidence.length > 0) {
      return h('span', { class: 'other-evidence', title: `evidence of ${segment.evidence.length} other event(s)` }, segment.text);
    }
    return segment.text;
  }));
  return h('section', { class: 'mention' },
    h('h3', {}, article.title ?? '(untitled article)'),
    h('p', { class: 'muted' },
      [article.outlet, article.published, `source ${article.source}`].filter(Boolean).join(' · '), ' ',
      h('span', { class: `status-badge status-${mention.status}` }, mention.status), ' ',
      url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null),
    h('p', { class: 'evidence-quote' }, 'Evidence: ', h('q', {}, mention.evidence.text)),
    ...mention.other_evidence.map((span) => h('p', { class: 'evidence-quote' }, 'Also: ', h('q', {}, span.text))),
    text);
}
