// The filter bar and the chips that show (and remove) each active filter.
import { QUAD_CLASSES } from './colors.js';
import { h } from './dom.js';
import { FILTER_LABELS, FILTER_NAMES, type FilterName, type Filters } from './state.js';
import type { Meta } from './types.js';

export function filterForm(meta: Meta, filters: Filters, apply: (filters: Filters) => void): HTMLFormElement {
  const text = (name: FilterName, label: string, placeholder: string, size = 12) =>
    h('label', {}, label, h('input', { name, type: 'search', placeholder, size, value: filters[name] ?? '', autocomplete: 'off' }));
  const choice = (name: FilterName, label: string, options: [string, string][]) =>
    h('label', {}, label, h('select', { name, onchange: () => form.requestSubmit() },
      h('option', { value: '' }, 'any'),
      ...options.map(([value, caption]) => h('option', { value, selected: filters[name] === value }, caption))));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    text('actor', 'Actor', 'name, words, code'),
    text('country', 'Country', 'ISO-3', 5),
    choice('sector', 'Sector', meta.sectors.map((s) => [s, s])),
    text('code', 'CAMEO', '04 or 041', 6),
    choice('plover', 'PLOVER', meta.plover_types.map((t) => [t, t])),
    choice('quad_class', 'QuadClass', QUAD_CLASSES.map((q) => [q.value, q.name])),
    choice('status', 'Status', meta.statuses.map((s) => [s, s])),
    text('q', 'Text', 'words in evidence', 14),
    text('since', 'Since', 'YYYY-MM-DD', 10),
    text('until', 'Until', 'YYYY-MM-DD', 10),
    h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    // actor_key is set by clicking an actor, not typed; it stays until its chip is removed.
    const next: Filters = filters.actor_key ? { actor_key: filters.actor_key } : {};
    for (const name of FILTER_NAMES) {
      const value = data.get(name);
      if (typeof value === 'string' && value.trim()) next[name] = value.trim();
    }
    apply(next);
  });
  return form;
}

export function filterChips(filters: Filters, apply: (filters: Filters) => void): HTMLElement {
  const active = FILTER_NAMES.filter((name) => filters[name]);
  return h('div', { class: 'chips', 'aria-label': 'Active filters' },
    ...active.map((name) => h('button', {
      type: 'button', class: 'chip', 'data-filter': name, title: 'Remove this filter',
      onclick: () => apply(Object.fromEntries(Object.entries(filters).filter(([key]) => key !== name))),
    }, `${FILTER_LABELS[name]}: ${chipValue(name, filters[name]!)}`, h('span', { 'aria-hidden': 'true' }, ' ×'))),
    active.length > 1 ? h('button', { type: 'button', class: 'link', onclick: () => apply({}) }, 'Clear all') : null);
}

function chipValue(name: FilterName, value: string): string {
  if (name === 'quad_class') return QUAD_CLASSES.find((q) => q.value === value)?.name ?? value;
  return value;
}
