// What the page shows lives in the URL hash, so the back button, reload and a shared link
// all give the same view: #/?actor_key=…&since=… for the overview, #/event/ID?… for an event.

export const FILTER_NAMES = ['actor', 'actor_key', 'country', 'sector', 'code', 'plover', 'quad_class', 'status', 'q', 'since', 'until'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Partial<Record<FilterName, string>>;

export interface ViewOptions {
  interval: 'day' | 'week' | 'month';
  by: 'quad_class' | 'plover';
}

export type Route =
  | { page: 'overview'; filters: Filters; view: ViewOptions }
  | { page: 'event'; id: string; filters: Filters; view: ViewOptions }
  | { page: 'codes'; filters: Filters; view: ViewOptions };

export const FILTER_LABELS: Record<FilterName, string> = {
  actor: 'actor', actor_key: 'actor', country: 'country', sector: 'sector', code: 'CAMEO', plover: 'PLOVER',
  quad_class: 'QuadClass', status: 'status', q: 'text', since: 'since', until: 'until',
};

export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const interval = params.get('interval');
  const by = params.get('by');
  const view: ViewOptions = {
    interval: interval === 'day' || interval === 'week' ? interval : 'month',
    by: by === 'plover' ? 'plover' : 'quad_class',
  };
  const event = /^\/event\/(.+)$/.exec(path);
  if (event) return { page: 'event', id: decodeURIComponent(event[1]), filters, view };
  if (path === '/codes') return { page: 'codes', filters, view };
  return { page: 'overview', filters, view };
}

export function routeHash(route: Route): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = route.filters[name];
    if (value) params.set(name, value);
  }
  if (route.view.interval !== 'month') params.set('interval', route.view.interval);
  if (route.view.by !== 'quad_class') params.set('by', route.view.by);
  const search = params.toString();
  const path = route.page === 'event' ? `/event/${encodeURIComponent(route.id)}` : route.page === 'codes' ? '/codes' : '/';
  return `#${path}${search ? `?${search}` : ''}`;
}
