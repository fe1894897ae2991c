// The events table: the matching events a page at a time, sortable by any column, with links
// to each event and an export of everything the filters select. Each row is one consolidated
// event, however many articles report it.
import type { ActorRef, ConsolidatedEvent } from '../../contract.js';
import { query } from './api.js';
import { fill, h, statusLine } from './dom.js';
import type { Filters } from './state.js';

export interface EventsPage {
  events: ConsolidatedEvent[];
  next_cursor: string | null;
  total: number;
}

interface Column {
  label: string;
  value(event: ConsolidatedEvent): string;
  className?: string;
}

const actorLabel = (actor: ActorRef | null) => (actor ? actor.name ?? actor.text : '');
const actorDetail = (actor: ActorRef | null) => actor?.code ?? '';
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const reports = (e: ConsolidatedEvent) => `${plural(e.num_articles, 'article')} · ${plural(e.num_sources, 'source')}`;

const COLUMNS: Column[] = [
  { label: 'Date', value: (e) => e.date ?? '' , className: 'nowrap' },
  { label: 'Actor', value: (e) => actorLabel(e.actor) },
  { label: 'Event', value: (e) => `${e.cameo} ${e.cameo_name}` },
  { label: 'Recipient', value: (e) => actorLabel(e.recipient) },
  { label: 'PLOVER', value: (e) => e.plover.type },
  { label: 'Status', value: (e) => e.status },
  { label: 'Reports', value: reports, className: 'nowrap' },
  { label: 'Evidence', value: (e) => e.evidence.text, className: 'evidence-cell' },
];

export interface TableState {
  events: ConsolidatedEvent[];
  total: number;
  nextCursor: string | null;
  sort: { column: number; descending: boolean } | null;
}

export interface TableHandlers {
  eventHref(id: string): string;
  loadMore(): void;
  resort(column: number): void;
}

export function renderEventsTable(container: HTMLElement, state: TableState, filters: Filters, handlers: TableHandlers): void {
  const exportLink = (format: string, label: string) =>
    h('a', { class: 'button', href: `/api/export${query({ ...filters, format })}`, download: `annalist-events.${format === 'csv' ? 'csv' : 'jsonl'}`, 'data-export': format }, label);
  const header = h('div', { class: 'table-header' },
    h('span', { class: 'count', 'data-total': state.total }, `${state.events.length} of ${state.total} events`),
    h('span', { class: 'exports' }, 'Export all matching: ', exportLink('csv', 'CSV'), ' ', exportLink('jsonl', 'JSONL')));
  if (state.total === 0) {
    fill(container, header, statusLine('empty', 'No events match these filters.'));
    return;
  }
  const rows = sorted(state.events, state.sort);
  const table = h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, ...COLUMNS.map((column, i) => {
      const active = state.sort?.column === i;
      const direction = active ? (state.sort!.descending ? 'descending' : 'ascending') : 'none';
      return h('th', { 'aria-sort': direction, scope: 'col' },
        h('button', { type: 'button', class: 'sort', onclick: () => handlers.resort(i) },
          column.label, active ? (state.sort!.descending ? ' ▼' : ' ▲') : ''));
    }))),
    h('tbody', {}, ...rows.map((event) => h('tr', { 'data-event-id': event.id },
      h('td', { class: 'nowrap' }, event.date ?? '—', event.date_source !== 'text' && event.date ? h('span', { class: 'muted', title: `date from the ${event.date_source}` }, ' *') : null),
      h('td', { title: event.actor ? `written “${event.actor.text}”` : '' }, actorLabel(event.actor), h('div', { class: 'muted small' }, actorDetail(event.actor))),
      h('td', {}, h('a', { href: handlers.eventHref(event.id), class: 'event-link' }, `${event.cameo} ${event.cameo_name}`)),
      h('td', { title: event.recipient ? `written “${event.recipient.text}”` : '' }, actorLabel(event.recipient), h('div', { class: 'muted small' }, actorDetail(event.recipient))),
      h('td', {}, event.plover.type),
      h('td', {}, h('span', { class: `status-badge status-${event.status}` }, event.status)),
      h('td', { class: 'nowrap reports', title: event.trail },
        plural(event.num_articles, 'article'), h('div', { class: 'muted small' }, plural(event.num_sources, 'source'))),
      h('td', { class: 'evidence-cell', title: event.evidence.text }, event.evidence.text),
    ))));
  fill(container, header, h('div', { class: 'table-scroll' }, table),
    state.sort ? h('p', { class: 'note' }, 'Sorted among the loaded events; exports keep date order.') : null,
    state.nextCursor ? h('button', { type: 'button', class: 'load-more', onclick: () => handlers.loadMore() }, `Load ${Math.min(100, state.total - state.events.length)} more`) : null);
}

function sorted(events: ConsolidatedEvent[], sort: TableState['sort']): ConsolidatedEvent[] {
  if (sort === null) return events;
  const column = COLUMNS[sort.column];
  const direction = sort.descending ? -1 : 1;
  return [...events].sort((a, b) => direction * column.value(a).localeCompare(column.value(b), undefined, { numeric: true }));
}
