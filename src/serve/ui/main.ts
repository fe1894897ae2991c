// The web UI: an overview (timeline, actor network, events table) and an event page, both
// driven by the URL hash. Every panel loads on its own and shows loading, empty or error.
import type { ActorSummary, Dyad, Timeline } from '../../store/store.js';
import { getJson } from './api.js';
import { fill, h, statusLine } from './dom.js';
import { renderEventPage } from './event-page.js';
import { renderCodesPage } from './codes-page.js';
import { renderEventsTable, type EventsPage, type TableState } from './events-table.js';
import { filterChips, filterForm } from './filters.js';
import { renderNetwork } from './network.js';
import { parseRoute, routeHash, type Filters, type Route, type ViewOptions } from './state.js';
import { renderTimeline } from './timeline.js';
import type { Meta } from './types.js';

const app = document.getElementById('app')!;
const summary = document.getElementById('db-summary')!;
let meta: Meta | null = null;
// Each render bumps the generation; answers for an older one are dropped.
let generation = 0;

function go(route: Route): void {
  const hash = routeHash(route);
  if (location.hash === hash) void render();
  else location.hash = hash;
}

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const current = ++generation;
  if (meta === null) {
    fill(app, statusLine('loading', 'Opening the database…'));
    try {
      meta = await getJson<Meta>('/api/meta');
    } catch (error) {
      fill(app, statusLine('error', `Could not open the database: ${(error as Error).message}`, () => void render()));
      return;
    }
    summary.textContent = `${meta.articles} articles · ${meta.events} events (${meta.mentions} mentions) · ${meta.actors} actors`;
  }
  if (current !== generation) return;
  if (route.page === 'event') {
    document.title = 'Event · annalist';
    await renderEventPage(app, route.id, {
      back: routeHash({ page: 'overview', filters: route.filters, view: route.view }),
      filterByActor: (key) => routeHash({ page: 'overview', filters: { actor_key: key }, view: route.view }),
    });
    return;
  }
  if (route.page === 'codes') {
    document.title = 'Coding scheme · annalist';
    await renderCodesPage(app, (code) => routeHash({ page: 'overview', filters: { code }, view: route.view }));
    return;
  }
  document.title = 'annalist';
  renderOverview(meta, route.filters, route.view, current);
}

function renderOverview(meta: Meta, filters: Filters, view: ViewOptions, current: number): void {
  const apply = (next: Filters, nextView: ViewOptions = view) => go({ page: 'overview', filters: next, view: nextView });
  if (meta.mentions === 0) {
    fill(app, h('section', { class: 'panel welcome' },
      h('h2', {}, 'No events yet'),
      h('p', {}, 'This database holds no events. Add articles, then reload:'),
      h('pre', {}, 'annalist ingest examples/ --published 2025-03-19')));
    return;
  }
  // Workers store mentions and leave grouping them into events to `annalist consolidate`.
  if (meta.events === 0) {
    fill(app, h('section', { class: 'panel welcome' },
      h('h2', {}, 'Events not consolidated yet'),
      h('p', {}, `This database holds ${meta.mentions} event mentions not yet grouped into events. Consolidate them, then reload:`),
      h('pre', {}, 'annalist consolidate --db <database>')));
    return;
  }
  const timelinePanel = h('div', { class: 'panel-body', id: 'timeline' });
  const networkPanel = h('div', { class: 'panel-body', id: 'network' });
  const tablePanel = h('div', { class: 'panel-body', id: 'events' });
  const viewSelect = (name: keyof ViewOptions, options: [string, string][]) =>
    h('select', { 'aria-label': name === 'interval' ? 'Timeline interval' : 'Group the timeline by', name,
      onchange: (event: Event) => apply(filters, { ...view, [name]: (event.target as HTMLSelectElement).value }) },
    ...options.map(([value, caption]) => h('option', { value, selected: view[name] === value }, caption)));
  fill(app,
    filterForm(meta, filters, (next) => apply(next)),
    filterChips(filters, (next) => apply(next)),
    h('section', { class: 'panel timeline-panel', 'aria-label': 'Timeline' },
      h('div', { class: 'panel-title' }, h('h2', {}, 'Timeline'),
        h('span', { class: 'controls' },
          viewSelect('by', [['quad_class', 'by QuadClass'], ['plover', 'by PLOVER type']]),
          viewSelect('interval', [['day', 'per day'], ['week', 'per week'], ['month', 'per month']]),
          h('span', { class: 'muted small' }, 'drag across the bars to filter by date'))),
      timelinePanel),
    h('div', { class: 'columns' },
      h('section', { class: 'panel network-panel', 'aria-label': 'Actor network' },
        h('div', { class: 'panel-title' }, h('h2', {}, 'Actors')), networkPanel),
      h('section', { class: 'panel table-panel', 'aria-label': 'Events' },
        h('div', { class: 'panel-title' }, h('h2', {}, 'Events')), tablePanel)));

  const live = () => current === generation;
  const load = <T>(panel: HTMLElement, what: string, fetcher: () => Promise<T>, show: (data: T) => void) => {
    fill(panel, statusLine('loading', `Loading ${what}…`));
    fetcher().then((data) => { if (live()) show(data); }, (error: Error) => {
      if (live()) fill(panel, statusLine('error', `Could not load ${what}: ${error.message}`, () => load(panel, what, fetcher, show)));
    });
  };

  // The timeline ignores the date filter so the brushed range stays in context.
  const { since, until, ...undated } = filters;
  load(timelinePanel, 'the timeline', () => getJson<Timeline>('/api/timeline', { ...undated, interval: view.interval, by: view.by }),
    (timeline) => renderTimeline(timelinePanel, timeline, { since, until }, {
      onRange: (range) => apply({ ...filters, since: range?.since, until: range?.until }),
      onGroup: (group) => apply({ ...filters, [view.by]: group }),
    }));
  load(networkPanel, 'the actors', () => Promise.all([
    getJson<{ actors: ActorSummary[] }>('/api/actors', { ...filters, limit: 40 }),
    getJson<{ dyads: Dyad[] }>('/api/dyads', { ...filters, limit: 400 }),
  ]), ([{ actors }, { dyads }]) => renderNetwork(networkPanel, actors, dyads, filters.actor_key,
    (key) => apply({ ...filters, actor_key: key ?? undefined })));

  const table: TableState = { events: [], total: 0, nextCursor: null, sort: null };
  const handlers = {
    eventHref: (id: string) => routeHash({ page: 'event', id, filters, view }),
    loadMore: () => {
      getJson<EventsPage>('/api/events', { ...filters, cursor: table.nextCursor ?? undefined, limit: 100 }).then((page) => {
        if (!live()) return;
        Object.assign(table, { events: [...table.events, ...page.events], nextCursor: page.next_cursor, total: page.total });
        renderEventsTable(tablePanel, table, filters, handlers);
      }, (error: Error) => tablePanel.append(statusLine('error', `Could not load more events: ${error.message}`)));
    },
    resort: (column: number) => {
      table.sort = table.sort?.column === column ? { column, descending: !table.sort.descending } : { column, descending: false };
      renderEventsTable(tablePanel, table, filters, handlers);
    },
  };
  load(tablePanel, 'the events', () => getJson<EventsPage>('/api/events', { ...filters, limit: 100 }), (page) => {
    Object.assign(table, { events: page.events, nextCursor: page.next_cursor, total: page.total });
    renderEventsTable(tablePanel, table, filters, handlers);
  });
}

window.addEventListener('hashchange', () => void render());
void render();
